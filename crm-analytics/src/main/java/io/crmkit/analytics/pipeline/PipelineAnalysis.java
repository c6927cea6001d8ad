package io.crmkit.analytics.pipeline;

import io.crmkit.analytics.period.PeriodUnit;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline measures over a set of deals, totalled in one reporting currency: win rate, cycle
 * length and deal size ({@link DealOutcomes}), pipeline created per period, and open (weighted)
 * pipeline ({@link PipelineTotal}), overall or split along a {@link DealDimension}.
 *
 * <p>Each result is a mergeable tally: the results over chunks of the deals combine into the result
 * over all of them.
 */
public final class PipelineAnalysis {
  private final CurrencyValuation valuation;

  private PipelineAnalysis(CurrencyValuation valuation) {
    this.valuation = CrmValidationException.required("valuation", valuation);
  }

  /** The measures, valued by {@code valuation}. */
  public static PipelineAnalysis valuedBy(CurrencyValuation valuation) {
    return new PipelineAnalysis(valuation);
  }

  /** The valuation used. */
  public CurrencyValuation valuation() {
    return valuation;
  }

  /** How the closed deals ended: win rate, average deal size, sales cycle. */
  public DealOutcomes outcomes(Iterable<OpportunitySnapshot> deals) {
    return DealOutcomes.of(deals, valuation);
  }

  /** How the closed deals ended, per group. */
  public Grouped<String, DealOutcomes> outcomesBy(DealDimension dimension, Iterable<OpportunitySnapshot> deals) {
    CrmValidationException.required("dimension", dimension);
    return Grouped.of(deals, dimension::groupOf, group -> DealOutcomes.of(group, valuation));
  }

  /**
   * The pipeline created: the deals created in each period (by the day they were created), whatever
   * became of them, per group along a dimension.
   */
  public Grouped<PeriodGroup, PipelineTotal> createdBy(
      PeriodUnit unit, DealDimension dimension, Iterable<OpportunitySnapshot> deals) {
    CrmValidationException.required("unit", unit);
    CrmValidationException.required("dimension", dimension);
    return Grouped.of(deals, deal -> PeriodGroup.of(unit.periodOf(deal.createdOn()), dimension.groupOf(deal)),
        group -> PipelineTotal.of(group, valuation));
  }

  /** The open pipeline: the open deals' count, amount and weighted amount. */
  public PipelineTotal openPipeline(Iterable<OpportunitySnapshot> deals) {
    return PipelineTotal.of(open(deals), valuation);
  }

  /** The open pipeline per group. */
  public Grouped<String, PipelineTotal> openPipelineBy(DealDimension dimension, Iterable<OpportunitySnapshot> deals) {
    CrmValidationException.required("dimension", dimension);
    return Grouped.of(open(deals), dimension::groupOf, group -> PipelineTotal.of(group, valuation));
  }

  private static List<OpportunitySnapshot> open(Iterable<OpportunitySnapshot> deals) {
    CrmValidationException.required("deals", deals);
    List<OpportunitySnapshot> open = new ArrayList<>();
    for (OpportunitySnapshot deal : deals) {
      if (deal.isOpen()) {
        open.add(deal);
      }
    }
    return open;
  }
}
