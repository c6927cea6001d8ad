package io.crmkit.core.product;

import static io.crmkit.core.fixtures.SalesFixtures.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.SalesFixtures;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ProductProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("products") Product product) {
    assertThat(Product.builder().from(product).build()).isEqualTo(product);
  }

  @Property
  void a_sku_is_stripped_and_upper_case(@ForAll("skus") String raw) {
    // when
    String sku = aProduct().sku(raw).build().sku();
    // then
    assertThat(sku).isEqualTo(raw.strip().toUpperCase(Locale.ROOT));
    assertThat(Product.normaliseSku(sku)).isEqualTo(sku);
  }

  @Property
  void skus_differing_only_in_case_and_padding_are_the_same(@ForAll("skus") String raw) {
    assertThat(aProduct().sku(raw.toLowerCase(Locale.ROOT)).build())
        .isEqualTo(aProduct().sku(" " + raw.toUpperCase(Locale.ROOT) + " ").build());
  }

  @Property
  void names_and_families_are_folded(@ForAll("products") Product product) {
    assertThat(product.name()).doesNotContain("  ").isEqualTo(product.name().strip());
    product.family().ifPresent(f -> assertThat(f).isNotBlank().doesNotContain("  "));
    product.description().ifPresent(d -> assertThat(d).isNotBlank().isEqualTo(d.strip()));
  }

  @Provide
  Arbitrary<Product> products() {
    return SalesFixtures.products();
  }

  @Provide
  Arbitrary<String> skus() {
    return SalesFixtures.skus();
  }
}
