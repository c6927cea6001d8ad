package io.crmkit.analytics.adoption;

import io.crmkit.analytics.pipeline.CurrencyValuation;
import io.crmkit.analytics.pipeline.DealDimension;
import io.crmkit.analytics.pipeline.DealKind;
import io.crmkit.analytics.pipeline.OpportunitySnapshot;
import io.crmkit.analytics.pipeline.PipelineAnalysis;
import io.crmkit.analytics.pipeline.PipelineTotal;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The expansion pipeline: the open deals that sell more to existing customers ({@link
 * DealKind#EXPANSION}), their count, amount and weighted amount.
 */
public final class ExpansionPipeline {
  private ExpansionPipeline() {}

  /** The open expansion deals' total, valued by {@code valuation}. */
  public static PipelineTotal of(Iterable<OpportunitySnapshot> deals, CurrencyValuation valuation) {
    return PipelineAnalysis.valuedBy(valuation).openPipeline(expansion(deals));
  }

  /** The open expansion deals' total per group. */
  public static Grouped<String, PipelineTotal> by(
      DealDimension dimension, Iterable<OpportunitySnapshot> deals, CurrencyValuation valuation) {
    return PipelineAnalysis.valuedBy(valuation).openPipelineBy(dimension, expansion(deals));
  }

  private static List<OpportunitySnapshot> expansion(Iterable<OpportunitySnapshot> deals) {
    CrmValidationException.required("deals", deals);
    List<OpportunitySnapshot> expansion = new ArrayList<>();
    for (OpportunitySnapshot deal : deals) {
      if (deal.kind() == DealKind.EXPANSION) {
        expansion.add(deal);
      }
    }
    return expansion;
  }
}
