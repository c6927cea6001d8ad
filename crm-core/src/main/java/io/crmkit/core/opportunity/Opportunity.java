package io.crmkit.core.opportunity;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.internal.Texts;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.product.LineItems;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A deal being worked with an account: what it is worth, where it stands and who decides.
 *
 * <p>Rules that hold for every opportunity:
 *
 * <ul>
 *   <li>The amount is never negative and is rounded half-even to the currency's minor units
 *       (so the weighted amount never exceeds it). With line items, the amount is their net total
 *       (see {@link LineItem} for the rounding) and follows them: an amount given together with
 *       line items is replaced by their total. Amount and items share one currency.
 *   <li>A closed deal (won or lost) has a {@link #closedOn()} date, an open one has none.
 *   <li>The probability (0 to 100 percent) and forecast category default to the stage's. A won
 *       deal has probability 100 and category {@link ForecastCategory#CLOSED}; a lost one 0 and
 *       {@link ForecastCategory#OMITTED}, whatever was given. An open deal is never
 *       {@code CLOSED}.
 *   <li>A lost deal has a lost reason; no other deal has one.
 *   <li>At most one contact role is primary, and a contact plays one role per deal.
 * </ul>
 */
@Value.Immutable
public abstract class Opportunity implements Aggregate<OpportunityId>, WithOpportunity {

  @Override
  public abstract OpportunityId id();

  /** The deal's name: {@code Acme - 200 seats}. */
  public abstract String name();

  /** The account buying. */
  public abstract AccountId accountId();

  /** The contacts involved and their roles; at most one primary, each contact once. */
  public abstract List<OpportunityContactRole> contactRoles();

  /** Where the deal stands. */
  public abstract Stage stage();

  /**
   * What the deal is worth, not negative, rounded half-even to the currency's minor units. With
   * line items it is their net total and may be left unset; without, it is required.
   */
  @Value.Default
  public Money amount() {
    if (lineItems().isEmpty()) {
      throw CrmValidationException.of("opportunity.amount", "required", null,
          "an amount is required when there are no line items");
    }
    Currency currency = lineItems().get(0).currency();
    LineItems.requireCurrency("opportunity.lineItems", currency, lineItems());
    return LineItems.netTotal(currency, lineItems());
  }

  /** The products in the deal, all in the amount's currency; may be empty. */
  public abstract List<LineItem> lineItems();

  /** When the owner expects the deal to close. */
  public abstract LocalDate expectedCloseDate();

  /** When the deal closed; present if and only if the stage is closed. */
  public abstract Optional<LocalDate> closedOn();

  /** The chance of winning, 0 to 100 percent; the stage's unless set; 100 when won, 0 when lost. */
  @Value.Default
  public int probability() {
    return stage().probability();
  }

  /** Where the deal counts in the forecast; the stage's unless set; fixed for closed deals. */
  @Value.Default
  public ForecastCategory forecastCategory() {
    return stage().forecastCategory();
  }

  /** Why the deal was lost, white space folded; present if and only if it was lost. */
  public abstract Optional<String> lostReason();

  /** The campaigns that influenced the deal, each once, in the order given. */
  public abstract List<CampaignId> campaignIds();

  /** The first and last marketing touch before the deal; none unless set. */
  @Value.Default
  public Attribution attribution() {
    return Attribution.none();
  }

  /** The lead the deal was converted from, if any. */
  public abstract Optional<LeadId> sourceLeadId();

  /** The salesperson who owns the deal. */
  public abstract UserId ownerId();

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
    return "Opportunity";
  }

  /**
   * A builder; id, name, accountId, stage, expectedCloseDate, ownerId, createdAt, updatedAt and
   * either an amount or line items are required (closedOn and lostReason as the stage demands).
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Opportunity}. */
  public static class Builder extends ImmutableOpportunity.Builder {}

  /** The deal's currency: that of its amount and line items. */
  public Currency currency() {
    return amount().currency();
  }

  /** Whether the deal is closed, won or lost. */
  public boolean isClosed() {
    return stage().isClosed();
  }

  /** Whether the deal is won. */
  public boolean isWon() {
    return stage().isWon();
  }

  /** Whether the deal is lost. */
  public boolean isLost() {
    return stage().outcome() == StageOutcome.LOST;
  }

  /** The amount times the probability, rounded half-even to the currency's minor units. */
  public Money weightedAmount() {
    return amount().times(BigDecimal.valueOf(probability()).movePointLeft(2)).rounded();
  }

  /** The primary contact, if one is marked. */
  public Optional<ContactId> primaryContactId() {
    return contactRoles().stream().filter(OpportunityContactRole::primary)
        .map(OpportunityContactRole::contactId).findFirst();
  }

  @Value.Check
  Opportunity normalised() {
    String cleanName = Texts.fold(name());
    if (cleanName.isEmpty()) {
      throw CrmValidationException.of("opportunity.name", "required", name(), "a name is required");
    }
    Aggregate.checkBasics("opportunity", this);
    if (amount().isNegative()) {
      throw CrmValidationException.of("opportunity.amount", "range", amount(), "an amount is 0 or more");
    }
    Money cleanAmount = amount().rounded();
    if (!lineItems().isEmpty()) {
      LineItems.requireCurrency("opportunity.lineItems", amount().currency(), lineItems());
      cleanAmount = LineItems.netTotal(amount().currency(), lineItems());
    }
    if (probability() < 0 || probability() > 100) {
      throw CrmValidationException.of("opportunity.probability", "range", probability(),
          "a probability is 0 to 100 percent");
    }
    int cleanProbability = probability();
    ForecastCategory cleanCategory = forecastCategory();
    switch (stage().outcome()) {
      case WON -> {
        cleanProbability = 100;
        cleanCategory = ForecastCategory.CLOSED;
      }
      case LOST -> {
        cleanProbability = 0;
        cleanCategory = ForecastCategory.OMITTED;
      }
      case OPEN -> {
        if (forecastCategory() == ForecastCategory.CLOSED) {
          throw CrmValidationException.of("opportunity.forecastCategory", "outcome", forecastCategory(),
              "only a won deal is in the CLOSED category");
        }
      }
    }
    if (isClosed() && closedOn().isEmpty()) {
      throw CrmValidationException.of("opportunity.closedOn", "required", null, "a closed deal has a close date");
    }
    if (!isClosed() && closedOn().isPresent()) {
      throw CrmValidationException.of("opportunity.closedOn", "forbidden", closedOn().get(),
          "an open deal has no close date");
    }
    Optional<String> cleanLostReason = lostReason().map(Texts::fold).filter(s -> !s.isEmpty());
    if (isLost() && cleanLostReason.isEmpty()) {
      throw CrmValidationException.of("opportunity.lostReason", "required", lostReason().orElse(null),
          "a lost deal says why it was lost");
    }
    if (!isLost() && cleanLostReason.isPresent()) {
      throw CrmValidationException.of("opportunity.lostReason", "forbidden", cleanLostReason.get(),
          "only a lost deal has a lost reason");
    }
    checkContactRoles();
    List<CampaignId> cleanCampaigns = List.copyOf(new LinkedHashSet<>(campaignIds()));

    if (cleanName.equals(name()) && cleanAmount.equals(amount()) && cleanProbability == probability()
        && cleanCategory == forecastCategory() && cleanLostReason.equals(lostReason())
        && cleanCampaigns.equals(campaignIds())) {
      return this;
    }
    return builder().from(this).name(cleanName).amount(cleanAmount).probability(cleanProbability)
        .forecastCategory(cleanCategory).lostReason(cleanLostReason).campaignIds(cleanCampaigns).build();
  }

  private void checkContactRoles() {
    Set<ContactId> seen = new HashSet<>();
    long primaries = 0;
    for (OpportunityContactRole role : contactRoles()) {
      if (!seen.add(role.contactId())) {
        throw CrmValidationException.of("opportunity.contactRoles", "duplicate", role.contactId(),
            "a contact plays one role in a deal");
      }
      if (role.primary() && ++primaries > 1) {
        throw CrmValidationException.of("opportunity.contactRoles", "primary", role.contactId(),
            "a deal has at most one primary contact");
      }
    }
  }
}
