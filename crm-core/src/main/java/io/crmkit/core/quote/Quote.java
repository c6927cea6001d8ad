package io.crmkit.core.quote;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.PriceBookId;
import io.crmkit.core.id.QuoteId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.internal.Texts;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.product.LineItems;
import io.crmkit.core.product.Priced;
import io.crmkit.core.product.TaxRate;
import io.crmkit.core.product.Totals;
import io.crmkit.core.value.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A priced offer to an account, valid until a date: line items in one currency, with an optional
 * tax rate.
 *
 * <p>The totals ({@link #subtotal()}, {@link #discountTotal()}, {@link #netTotal()},
 * {@link #taxAmount()}, {@link #grandTotal()}) are worked out from the lines and the tax rate by
 * {@link Totals}, never stored, so they cannot disagree with the lines. A presented or accepted
 * quote has at least one line.
 */
@Value.Immutable
public abstract class Quote implements Aggregate<QuoteId>, WithQuote, Priced {

  @Override
  public abstract QuoteId id();

  /** The quote's number as people quote it, white space folded and upper-case: {@code Q-2026-0042}. */
  public abstract String quoteNumber();

  /** The account offered to. */
  public abstract AccountId accountId();

  /** The deal the quote prices, if any. */
  public abstract Optional<OpportunityId> opportunityId();

  /** The contact the quote is addressed to, if any. */
  public abstract Optional<ContactId> contactId();

  /** The price book the prices came from, if any. */
  public abstract Optional<PriceBookId> priceBookId();

  /** Where the quote stands; draft unless set. */
  @Value.Default
  public QuoteStatus status() {
    return QuoteStatus.DRAFT;
  }

  /** The last day the offer holds. */
  public abstract LocalDate validUntil();

  /** The currency of every line and total. */
  public abstract Currency currency();

  /** The lines offered, all in {@link #currency()}. */
  public abstract List<LineItem> lineItems();

  /** The tax rate applied to the net total, if tax is charged. */
  public abstract Optional<TaxRate> taxRate();

  /** The user who prepared the quote, if recorded. */
  public abstract Optional<UserId> ownerId();

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
    return "Quote";
  }

  /** A builder; id, quoteNumber, accountId, validUntil, currency, createdAt and updatedAt are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quote}. */
  public static class Builder extends ImmutableQuote.Builder {}

  /**
   * Normalises a quote number: white space folded, upper-case ({@code " q-2026  42"} gives
   * {@code Q-2026 42}).
   *
   * @throws CrmValidationException when it is blank (rule {@code required})
   */
  public static String normaliseQuoteNumber(String raw) {
    return Texts.fold(CrmValidationException.requiredText("quote.quoteNumber", raw)).toUpperCase(Locale.ROOT);
  }

  /** All totals of the quote, worked out from its lines and tax rate. */
  @Override
  @Value.Lazy
  public Totals totals() {
    return Totals.of(currency(), lineItems(), taxRate());
  }

  @Value.Check
  Quote normalised() {
    String cleanNumber = normaliseQuoteNumber(quoteNumber());
    Aggregate.checkBasics("quote", this);
    LineItems.requireCurrency("quote.lineItems", currency(), lineItems());
    if (status().isWithBuyer() && lineItems().isEmpty()) {
      throw CrmValidationException.of("quote.lineItems", "required", status(),
          "a " + status().name().toLowerCase(Locale.ROOT) + " quote has at least one line");
    }
    return cleanNumber.equals(quoteNumber()) ? this : withQuoteNumber(cleanNumber);
  }
}
