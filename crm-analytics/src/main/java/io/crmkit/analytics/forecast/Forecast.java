package io.crmkit.analytics.forecast;

import io.crmkit.analytics.period.ReportingPeriod;
import io.crmkit.analytics.pipeline.CurrencyValuation;
import io.crmkit.analytics.pipeline.OpportunitySnapshot;
import io.crmkit.analytics.pipeline.PipelineTotal;
import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.opportunity.ForecastCategory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The forecast of a period: the deals closing in it (close date in the period) per forecast
 * category, with their count, amount and weighted amount in one reporting currency.
 *
 * <p>Won deals count in {@link ForecastCategory#CLOSED}; lost deals are not in the forecast; open
 * deals count in their category, {@link ForecastCategory#OMITTED} included (the owner left them
 * out, and {@link #omitted()} shows how much). The roll-ups add categories the usual way: closed,
 * then commit forecast = closed + commit, then best-case forecast = commit forecast + best case.
 *
 * @param currency the reporting currency
 * @param period the period forecast
 * @param categories the total of each category; every category is present, empty ones as zero
 */
public record Forecast(Currency currency, ReportingPeriod period, Map<ForecastCategory, PipelineTotal> categories)
    implements Mergeable<Forecast> {

  /**
   * Checks the forecast and fills missing categories with zero.
   *
   * @throws CrmValidationException when a total is in another currency ({@code forecast.categories},
   *     rule {@code mismatch})
   */
  public Forecast {
    CrmValidationException.required("forecast.currency", currency);
    CrmValidationException.required("forecast.period", period);
    CrmValidationException.required("forecast.categories", categories);
    Map<ForecastCategory, PipelineTotal> all = new EnumMap<>(ForecastCategory.class);
    for (ForecastCategory category : ForecastCategory.values()) {
      PipelineTotal total = categories.getOrDefault(category, PipelineTotal.empty(currency));
      if (!total.currency().equals(currency)) {
        throw CrmValidationException.of("forecast.categories", "mismatch", total, "totals are in " + currency);
      }
      all.put(category, total);
    }
    categories = Collections.unmodifiableMap(all);
  }

  /** Nothing forecast yet for a period. */
  public static Forecast empty(Currency currency, ReportingPeriod period) {
    return new Forecast(currency, period, Map.of());
  }

  /** The forecast of the deals closing in the period, valued by {@code valuation}. */
  public static Forecast of(ReportingPeriod period, Iterable<OpportunitySnapshot> deals, CurrencyValuation valuation) {
    CrmValidationException.required("period", period);
    CrmValidationException.required("deals", deals);
    CrmValidationException.required("valuation", valuation);
    Map<ForecastCategory, List<OpportunitySnapshot>> byCategory = new EnumMap<>(ForecastCategory.class);
    for (OpportunitySnapshot deal : deals) {
      if (counts(period, deal)) {
        byCategory.computeIfAbsent(deal.forecastCategory(), c -> new ArrayList<>()).add(deal);
      }
    }
    Map<ForecastCategory, PipelineTotal> totals = new EnumMap<>(ForecastCategory.class);
    byCategory.forEach((category, group) -> totals.put(category, PipelineTotal.of(group, valuation)));
    return new Forecast(valuation.currency(), period, totals);
  }

  /** The forecast of a snapshot's deals. */
  public static Forecast of(ReportingPeriod period, ForecastSnapshot snapshot, CurrencyValuation valuation) {
    CrmValidationException.required("snapshot", snapshot);
    return of(period, snapshot.deals(), valuation);
  }

  /** Whether a deal counts in the forecast of a period: it closes in it and is not lost. */
  public static boolean counts(ReportingPeriod period, OpportunitySnapshot deal) {
    return !deal.isLost() && period.contains(deal.closeDate());
  }

  /** The total of one category. */
  public PipelineTotal total(ForecastCategory category) {
    return categories.get(CrmValidationException.required("category", category));
  }

  /** The deals won: category closed. */
  public PipelineTotal closed() {
    return total(ForecastCategory.CLOSED);
  }

  /** Closed plus commit. */
  public PipelineTotal commitForecast() {
    return closed().combine(total(ForecastCategory.COMMIT));
  }

  /** Closed plus commit plus best case. */
  public PipelineTotal bestCaseForecast() {
    return commitForecast().combine(total(ForecastCategory.BEST_CASE));
  }

  /** The open deals still in play: pipeline, best case and commit. */
  public PipelineTotal openPipeline() {
    return total(ForecastCategory.PIPELINE).combine(total(ForecastCategory.BEST_CASE))
        .combine(total(ForecastCategory.COMMIT));
  }

  /** The open deals the owners left out of the forecast. */
  public PipelineTotal omitted() {
    return total(ForecastCategory.OMITTED);
  }

  @Override
  public Forecast combine(Forecast other) {
    if (!period.equals(other.period)) {
      throw CrmValidationException.of("forecast.period", "mismatch", other.period,
          "cannot combine the forecasts of " + period + " and " + other.period);
    }
    if (!currency.equals(other.currency)) {
      throw CrmValidationException.of("forecast.currency", "mismatch", other.currency,
          "cannot combine a forecast in " + currency + " with one in " + other.currency);
    }
    Map<ForecastCategory, PipelineTotal> merged = new EnumMap<>(ForecastCategory.class);
    for (ForecastCategory category : ForecastCategory.values()) {
      merged.put(category, total(category).combine(other.total(category)));
    }
    return new Forecast(currency, period, merged);
  }
}
