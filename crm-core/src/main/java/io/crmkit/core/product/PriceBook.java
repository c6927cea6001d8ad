package io.crmkit.core.product;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.PriceBookId;
import io.crmkit.core.id.ProductId;
import io.crmkit.core.internal.Texts;
import io.crmkit.core.value.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A list of prices in one currency: the standard list price book, or one for a market, a partner
 * channel or a promotion. It holds at most one entry per product.
 */
@Value.Immutable
public abstract class PriceBook implements Aggregate<PriceBookId>, WithPriceBook {

  @Override
  public abstract PriceBookId id();

  /** The name people know it by: {@code Standard EUR}, {@code Partners 2026}. */
  public abstract String name();

  /** The currency of every price in the book. */
  public abstract Currency currency();

  /** Whether this is the standard (list) price book; false unless set. */
  @Value.Default
  public boolean standard() {
    return false;
  }

  /** Whether the book may be used for new quotes and orders; true unless set. */
  @Value.Default
  public boolean active() {
    return true;
  }

  /** The prices, at most one per product, in the book's currency. */
  public abstract List<PriceBookEntry> entries();

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
    return "PriceBook";
  }

  /** A builder; id, name, currency, createdAt and updatedAt are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceBook}. */
  public static class Builder extends ImmutablePriceBook.Builder {}

  /** The entry for a product, active or not. */
  public Optional<PriceBookEntry> entryOf(ProductId productId) {
    CrmValidationException.required("productId", productId);
    return entries().stream().filter(e -> e.productId().equals(productId)).findFirst();
  }

  /** The unit price of a product, when the book has an active entry for it. */
  public Optional<Money> priceOf(ProductId productId) {
    return entryOf(productId).filter(PriceBookEntry::active).map(PriceBookEntry::unitPrice);
  }

  @Value.Check
  PriceBook normalised() {
    String cleanName = Texts.fold(name());
    if (cleanName.isEmpty()) {
      throw CrmValidationException.of("priceBook.name", "required", name(), "a name is required");
    }
    Aggregate.checkBasics("priceBook", this);
    Set<ProductId> seen = new HashSet<>();
    for (PriceBookEntry entry : entries()) {
      if (!entry.unitPrice().currency().equals(currency())) {
        throw CrmValidationException.of("priceBook.entries", "mismatch", entry.unitPrice(),
            "every price is in the book's currency " + currency());
      }
      if (!seen.add(entry.productId())) {
        throw CrmValidationException.of("priceBook.entries", "duplicate", entry.productId(),
            "a product has at most one entry");
      }
    }
    return cleanName.equals(name()) ? this : withName(cleanName);
  }
}
