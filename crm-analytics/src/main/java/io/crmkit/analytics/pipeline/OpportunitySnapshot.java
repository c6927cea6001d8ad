package io.crmkit.analytics.pipeline;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageOutcome;
import io.crmkit.core.value.Money;
import io.crmkit.core.value.Touch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One opportunity as it stood when the snapshot was taken: the row that pipeline, funnel and
 * forecast measures read.
 *
 * <p>Rules that hold for every snapshot (as for crm-core's {@link Opportunity}):
 *
 * <ul>
 *   <li>The amount is not negative.
 *   <li>The probability (0 to 100 percent) and forecast category default to the stage's; a won
 *       deal has 100 and {@link ForecastCategory#CLOSED}, a lost one 0 and
 *       {@link ForecastCategory#OMITTED}, whatever was given; an open deal is never {@code CLOSED}.
 *   <li>The close date (expected while open, actual once closed) is not before the day the deal
 *       was created. It is also the deal's date for currency conversion.
 *   <li>Source and segment are stripped and never blank.
 * </ul>
 */
@Value.Immutable
public abstract class OpportunitySnapshot implements WithOpportunitySnapshot {
  /** The source of a deal whose source is not known: {@value}. */
  public static final String UNKNOWN_SOURCE = "unknown";
  /** The segment of a deal not assigned to one: {@value}. */
  public static final String UNASSIGNED_SEGMENT = "unassigned";

  /** The opportunity. */
  public abstract OpportunityId id();

  /** What the deal is worth, in its own currency; not negative. */
  public abstract Money amount();

  /** Where the deal stands. */
  public abstract Stage stage();

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

  /** The day the deal was created. */
  public abstract LocalDate createdOn();

  /** The day the deal is expected to close while open, or closed on once won or lost. */
  public abstract LocalDate closeDate();

  /** Where the deal came from ({@code Web form}, {@code paid social}); {@value #UNKNOWN_SOURCE} unless set. */
  @Value.Default
  public String source() {
    return UNKNOWN_SOURCE;
  }

  /** The campaign credited with the deal, if any. */
  public abstract Optional<CampaignId> campaignId();

  /** The market segment ({@code Enterprise}, {@code SMB}); {@value #UNASSIGNED_SEGMENT} unless set. */
  @Value.Default
  public String segment() {
    return UNASSIGNED_SEGMENT;
  }

  /** The salesperson who owns the deal. */
  public abstract UserId ownerId();

  /** What the deal sells; {@link DealKind#NEW_BUSINESS} unless set. */
  @Value.Default
  public DealKind kind() {
    return DealKind.NEW_BUSINESS;
  }

  /** A builder; id, amount, stage, createdOn, closeDate and ownerId are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OpportunitySnapshot}. */
  public static class Builder extends ImmutableOpportunitySnapshot.Builder {}

  /**
   * The snapshot of a crm-core opportunity: its amount, stage, probability, category and owner; the
   * creation day in {@code zone}; the close date it closed on, or else the expected one; the first
   * campaign it lists; the first touch's channel as source ({@value #UNKNOWN_SOURCE} without one).
   * Set the segment, kind or another source with the {@code with...} methods.
   */
  public static OpportunitySnapshot from(Opportunity opportunity, ZoneId zone) {
    CrmValidationException.required("opportunity", opportunity);
    CrmValidationException.required("zone", zone);
    return builder()
        .id(opportunity.id())
        .amount(opportunity.amount())
        .stage(opportunity.stage())
        .probability(opportunity.probability())
        .forecastCategory(opportunity.forecastCategory())
        .createdOn(LocalDate.ofInstant(opportunity.createdAt(), zone))
        .closeDate(opportunity.closedOn().orElse(opportunity.expectedCloseDate()))
        .source(opportunity.attribution().firstTouch().map(Touch::channel).orElse(UNKNOWN_SOURCE))
        .campaignId(opportunity.campaignIds().stream().findFirst())
        .ownerId(opportunity.ownerId())
        .build();
  }

  /** Whether the deal is still being worked. */
  public boolean isOpen() {
    return stage().outcome() == StageOutcome.OPEN;
  }

  /** Whether the deal closed won. */
  public boolean isWon() {
    return stage().outcome() == StageOutcome.WON;
  }

  /** Whether the deal closed lost. */
  public boolean isLost() {
    return stage().outcome() == StageOutcome.LOST;
  }

  /** The amount times the probability, rounded half-even to the currency's minor units. */
  public Money weightedAmount() {
    return weighted(amount());
  }

  /** Another amount (this one converted, say) times the deal's probability, rounded half-even. */
  public Money weighted(Money amount) {
    return amount.times(BigDecimal.valueOf(probability()).movePointLeft(2)).rounded();
  }

  @Value.Check
  OpportunitySnapshot normalised() {
    if (amount().isNegative()) {
      throw CrmValidationException.of("opportunitySnapshot.amount", "range", amount(), "an amount is 0 or more");
    }
    if (probability() < 0 || probability() > 100) {
      throw CrmValidationException.of("opportunitySnapshot.probability", "range", probability(),
          "a probability is 0 to 100 percent");
    }
    if (closeDate().isBefore(createdOn())) {
      throw CrmValidationException.of("opportunitySnapshot.closeDate", "order", closeDate(),
          "the close date is before the deal was created on " + createdOn());
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
          throw CrmValidationException.of("opportunitySnapshot.forecastCategory", "outcome", forecastCategory(),
              "only a won deal is in the CLOSED category");
        }
      }
    }
    String cleanSource = CrmValidationException.requiredText("opportunitySnapshot.source", source());
    String cleanSegment = CrmValidationException.requiredText("opportunitySnapshot.segment", segment());
    if (cleanProbability == probability() && cleanCategory == forecastCategory() && cleanSource.equals(source())
        && cleanSegment.equals(segment())) {
      return this;
    }
    return builder().from(this).probability(cleanProbability).forecastCategory(cleanCategory).source(cleanSource)
        .segment(cleanSegment).build();
  }
}
