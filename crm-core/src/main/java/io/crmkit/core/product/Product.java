package io.crmkit.core.product;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.ProductId;
import io.crmkit.core.internal.Texts;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/** Something the business sells, identified by its stock-keeping unit (SKU). */
@Value.Immutable
public abstract class Product implements Aggregate<ProductId>, WithProduct {

  @Override
  public abstract ProductId id();

  /** The stock-keeping unit, upper-case without surrounding spaces: {@code CRM-PRO-12M}. */
  public abstract String sku();

  /** The name buyers see. */
  public abstract String name();

  /** A longer description, stripped. */
  public abstract Optional<String> description();

  /** The product family, for grouping in reports: {@code Subscriptions}, {@code Services}. */
  public abstract Optional<String> family();

  /** Whether the product is still sold; true unless set. */
  @Value.Default
  public boolean active() {
    return true;
  }

  @Override
  public abstract Instant createdAt();

  @Override
  public abstract Instant updatedAt();

  @Override
  @Value.Default
  public long version() {
    return 0;
  }

  @Override
  @Value.Default
  public CustomFields customFields() {
    return CustomFields.empty();
  }

  @Override
  public String recordType() {
    return "Product";
  }

  /** A builder; id, sku, name, createdAt and updatedAt are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Product}. */
  public static class Builder extends ImmutableProduct.Builder {}

  /**
   * Normalises a SKU: stripped and upper-cased, so {@code " crm-pro "} gives {@code CRM-PRO}.
   *
   * @throws CrmValidationException when the SKU is blank (rule {@code required})
   */
  public static String normaliseSku(String raw) {
    return CrmValidationException.requiredText("product.sku", raw).toUpperCase(Locale.ROOT);
  }

  @Value.Check
  Product normalised() {
    String cleanSku = normaliseSku(sku());
    String cleanName = Texts.fold(name());
    if (cleanName.isEmpty()) {
      throw CrmValidationException.of("product.name", "required", name(), "a name is required");
    }
    Aggregate.checkBasics("product", this);
    Optional<String> cleanDescription = description().map(String::strip).filter(s -> !s.isEmpty());
    Optional<String> cleanFamily = family().map(Texts::fold).filter(s -> !s.isEmpty());
    if (cleanSku.equals(sku()) && cleanName.equals(name()) && cleanDescription.equals(description())
        && cleanFamily.equals(family())) {
      return this;
    }
    return builder().from(this).sku(cleanSku).name(cleanName).description(cleanDescription)
        .family(cleanFamily).build();
  }
}
