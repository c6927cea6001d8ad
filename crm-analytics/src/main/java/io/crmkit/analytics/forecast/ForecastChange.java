package io.crmkit.analytics.forecast;

import io.crmkit.analytics.pipeline.OpportunitySnapshot;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.value.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One thing that changed in a period's forecast between two snapshots, about one deal. A deal may
 * have two changes at once (moved to commit and its amount raised); amounts are in the deal's own
 * currency.
 */
public sealed interface ForecastChange {

  /** The deal the change is about. */
  OpportunityId opportunityId();

  /**
   * A deal now in the period's forecast that was not: new since the last snapshot, pulled in from
   * another period, or reopened.
   *
   * @param deal the deal as it is now
   * @param previousCloseDate its close date in the previous snapshot; empty when it is new
   */
  record Added(OpportunitySnapshot deal, Optional<LocalDate> previousCloseDate) implements ForecastChange {
    /** Checks the parts. */
    public Added {
      CrmValidationException.required("added.deal", deal);
      CrmValidationException.required("added.previousCloseDate", previousCloseDate);
    }

    @Override
    public OpportunityId opportunityId() {
      return deal.id();
    }
  }

  /**
   * An open deal of the period moved from one forecast category to another.
   *
   * @param opportunityId the deal
   * @param from its category before
   * @param to its category now
   */
  record Moved(OpportunityId opportunityId, ForecastCategory from, ForecastCategory to) implements ForecastChange {
    /** Checks the parts. */
    public Moved {
      CrmValidationException.required("moved.opportunityId", opportunityId);
      CrmValidationException.required("moved.from", from);
      CrmValidationException.required("moved.to", to);
    }
  }

  /**
   * A deal of the period whose close date moved out of it (usually pushed to a later period).
   *
   * @param opportunityId the deal
   * @param from its close date before, in the period
   * @param to its close date now, outside the period
   * @param amount its amount now
   */
  record Slipped(OpportunityId opportunityId, LocalDate from, LocalDate to, Money amount) implements ForecastChange {
    /** Checks the parts. */
    public Slipped {
      CrmValidationException.required("slipped.opportunityId", opportunityId);
      CrmValidationException.required("slipped.from", from);
      CrmValidationException.required("slipped.to", to);
      CrmValidationException.required("slipped.amount", amount);
    }
  }

  /**
   * A deal of the period that was open and is now won.
   *
   * @param opportunityId the deal
   * @param closedOn the day it was won
   * @param amount the amount won
   */
  record Won(OpportunityId opportunityId, LocalDate closedOn, Money amount) implements ForecastChange {
    /** Checks the parts. */
    public Won {
      CrmValidationException.required("won.opportunityId", opportunityId);
      CrmValidationException.required("won.closedOn", closedOn);
      CrmValidationException.required("won.amount", amount);
    }
  }

  /**
   * A deal of the period that is now lost, and so out of the forecast.
   *
   * @param opportunityId the deal
   * @param closedOn the day it was lost
   * @param amount the amount it was worth
   */
  record Lost(OpportunityId opportunityId, LocalDate closedOn, Money amount) implements ForecastChange {
    /** Checks the parts. */
    public Lost {
      CrmValidationException.required("lost.opportunityId", opportunityId);
      CrmValidationException.required("lost.closedOn", closedOn);
      CrmValidationException.required("lost.amount", amount);
    }
  }

  /**
   * A deal of the period missing from the new snapshot (deleted, or no longer visible).
   *
   * @param deal the deal as it was
   */
  record Removed(OpportunitySnapshot deal) implements ForecastChange {
    /** Checks the part. */
    public Removed {
      CrmValidationException.required("removed.deal", deal);
    }

    @Override
    public OpportunityId opportunityId() {
      return deal.id();
    }
  }

  /**
   * A deal in the period's forecast before and now whose amount changed.
   *
   * @param opportunityId the deal
   * @param from the amount before
   * @param to the amount now
   */
  record AmountChanged(OpportunityId opportunityId, Money from, Money to) implements ForecastChange {
    /** Checks the parts. */
    public AmountChanged {
      CrmValidationException.required("amountChanged.opportunityId", opportunityId);
      CrmValidationException.required("amountChanged.from", from);
      CrmValidationException.required("amountChanged.to", to);
    }
  }
}
