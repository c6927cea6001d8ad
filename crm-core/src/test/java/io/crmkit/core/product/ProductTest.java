package io.crmkit.core.product;

import io.crmkit.core.id.ProductId;
import static io.crmkit.core.fixtures.SalesFixtures.CREATED_AT;
import static io.crmkit.core.fixtures.SalesFixtures.aProduct;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductTest {

  @Test
  void a_sku_is_upper_case_without_surrounding_spaces() {
    // when
    Product product = aProduct().sku("  crm-pro-12m\t").build();
    // then
    assertThat(product.sku()).isEqualTo("CRM-PRO-12M");
  }

  @Test
  void a_blank_sku_is_rejected() {
    assertRejected("product.sku", "required", () -> aProduct().sku("   ").build());
  }

  @Test
  void a_name_is_folded_and_required() {
    assertThat(aProduct().name("  CRM   Pro ").build().name()).isEqualTo("CRM Pro");
    assertRejected("product.name", "required", () -> aProduct().name(" \t ").build());
  }

  @Test
  void a_blank_description_or_family_is_absent() {
    // when
    Product product = aProduct().description("  ").family(" ").build();
    // then
    assertThat(product.description()).isEmpty();
    assertThat(product.family()).isEmpty();
  }

  @Test
  void a_description_is_stripped_and_a_family_folded() {
    // when
    Product product = aProduct().description(" Twelve months.\n ").family(" Sub   scriptions ").build();
    // then
    assertThat(product.description()).contains("Twelve months.");
    assertThat(product.family()).contains("Sub scriptions");
  }

  @Test
  void a_product_is_active_and_unsaved_unless_told_otherwise() {
    // when
    Product product = aProduct().build();
    // then
    assertThat(product.active()).isTrue();
    assertThat(product.version()).isZero();
    assertThat(product.customFields().isEmpty()).isTrue();
    assertThat(product.recordType()).isEqualTo("Product");
  }

  @Test
  void an_update_before_the_creation_is_rejected() {
    assertRejected("product.updatedAt", "order",
        () -> aProduct().updatedAt(CREATED_AT.minusSeconds(1)).build());
  }

  @Test
  void a_negative_version_is_rejected() {
    assertRejected("product.version", "range", () -> aProduct().version(-1).build());
  }

  @Test
  void a_missing_sku_is_refused_by_the_builder() {
    // given
    Product.Builder builder = Product.builder().id(ProductId.of("p")).name("n")
        .createdAt(CREATED_AT).updatedAt(CREATED_AT);
    // when / then
    assertRejected("product.sku", "required", builder::build);
  }
}
