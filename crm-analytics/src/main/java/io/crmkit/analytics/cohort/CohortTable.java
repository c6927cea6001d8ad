package io.crmkit.analytics.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Cohorts by first purchase period with their retention matrices: for each cohort (oldest first,
 * only periods in which someone first bought) and each period {@code k} since, the customers active
 * and, when counted, the revenue; where each curve flattens; and repeat-purchase and churn rates per
 * {@code k}. Immutable.
 *
 * <p>Definitions. A cohort is the customers whose first purchase in the window fell in one period.
 * {@code retention(c, k)} = customers of {@code c} who bought in period {@code c + k} / customers of
 * {@code c}, so 1 at {@code k = 0}. {@code revenueRetention(c, k)} = revenue of {@code c} in period
 * {@code c + k} / its revenue in period {@code c} (the first period: the first purchases and anything
 * else bought in it). A cohort is observed through the last period of the window, which may be cut
 * short by the window's last day.
 */
public final class CohortTable {
  private final CohortPeriod period;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final int[] cohortPeriod;
  private final int[] size;
  private final int[][] active;
  private final double @Nullable [][] revenue;
  private final Flattening.Found[] flattening;
  private final List<PeriodRates> rates;

  CohortTable(CohortPeriod period, LocalDate firstDay, LocalDate lastDay, int[] cohortPeriod, int[] size,
      int[][] active, double @Nullable [][] revenue, FlatteningRule rule,
      List<PeriodRates> rates) {
    this.period = period;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.cohortPeriod = cohortPeriod;
    this.size = size;
    this.active = active;
    this.revenue = revenue;
    this.rates = List.copyOf(rates);
    this.flattening = new Flattening.Found[size.length];
    for (int c = 0; c < size.length; c++) {
      double[] curve = new double[active[c].length];
      for (int k = 0; k < curve.length; k++) {
        curve[k] = retention(c, k);
      }
      flattening[c] = rule.find(curve);
    }
  }

  /** The period cohorts and activity are counted in. */
  public CohortPeriod period() {
    return period;
  }

  /** The first day of the window the table was counted over. */
  public LocalDate firstDay() {
    return firstDay;
  }

  /** The last day of the window: the last period observed is the one it falls in. */
  public LocalDate lastDay() {
    return lastDay;
  }

  /** The number of cohorts. */
  public int cohortCount() {
    return size.length;
  }

  /** A cohort's period number ({@link CohortPeriod#index}). */
  public int cohortPeriod(int cohort) {
    return cohortPeriod[cohort];
  }

  /** A cohort's period name: {@code 1997-01}. */
  public String label(int cohort) {
    return period.label(cohortPeriod[cohort]);
  }

  /** The first day of a cohort's period. */
  public LocalDate start(int cohort) {
    return period.start(cohortPeriod[cohort]);
  }

  /** A cohort's customers. */
  public int size(int cohort) {
    return size[cohort];
  }

  /** How many periods since the first purchase were observed for a cohort: {@code k} runs from 0 to this − 1. */
  public int observedPeriods(int cohort) {
    return active[cohort].length;
  }

  /** The customers of a cohort who bought in period {@code k} since their first. */
  public int activeCustomers(int cohort, int k) {
    return active[cohort][k];
  }

  /** The share of a cohort's customers who bought in period {@code k} since their first; 1 at {@code k = 0}. */
  public double retention(int cohort, int k) {
    return (double) active[cohort][k] / size[cohort];
  }

  /** Whether revenue was counted. */
  public boolean hasRevenue() {
    return revenue != null;
  }

  /**
   * A cohort's revenue in period {@code k} since its first.
   *
   * @throws IllegalStateException when revenue was not counted
   */
  public double revenue(int cohort, int k) {
    return revenueMatrix()[cohort][k];
  }

  /**
   * A cohort's revenue in period {@code k} over its revenue in period 0; NaN when that is 0.
   *
   * @throws IllegalStateException when revenue was not counted
   */
  public double revenueRetention(int cohort, int k) {
    double[][] matrix = revenueMatrix();
    double first = matrix[cohort][0];
    return first == 0 ? Double.NaN : matrix[cohort][k] / first;
  }

  /** Where a cohort's retention curve flattens, if it does, by the analysis' rule. */
  public Optional<Flattening> flattening(int cohort) {
    Flattening.Found found = flattening[cohort];
    return found.period() < 0 ? Optional.empty() : Optional.of(new Flattening(found.period(), found.level()));
  }

  /** Retention, repeat-purchase and churn rates per period since the first purchase, {@code k} from 1. */
  public List<PeriodRates> rates() {
    return rates;
  }

  /** Every cohort as a record, oldest first. */
  public List<Cohort> cohorts() {
    List<Cohort> cohorts = new ArrayList<>(size.length);
    for (int c = 0; c < size.length; c++) {
      List<Integer> activeCustomers = new ArrayList<>();
      List<Double> retention = new ArrayList<>();
      List<Double> cohortRevenue = new ArrayList<>();
      List<Double> revenueRetention = new ArrayList<>();
      for (int k = 0; k < observedPeriods(c); k++) {
        activeCustomers.add(active[c][k]);
        retention.add(retention(c, k));
        if (hasRevenue()) {
          cohortRevenue.add(revenue(c, k));
          revenueRetention.add(revenueRetention(c, k));
        }
      }
      cohorts.add(new Cohort(label(c), start(c), size[c], activeCustomers, retention, cohortRevenue,
          revenueRetention, flattening(c)));
    }
    return List.copyOf(cohorts);
  }

  @Override
  public String toString() {
    return "CohortTable[" + cohortCount() + " " + period.name().toLowerCase(Locale.ROOT) + " cohorts, "
        + firstDay + ".." + lastDay + "]";
  }

  private double[][] revenueMatrix() {
    double[][] matrix = revenue;
    if (matrix == null) {
      throw new IllegalStateException("revenue was not counted: run the analysis with revenue");
    }
    return matrix;
  }
}
