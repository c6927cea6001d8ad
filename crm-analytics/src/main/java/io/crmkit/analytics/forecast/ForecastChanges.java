package io.crmkit.analytics.forecast;

import io.crmkit.analytics.forecast.ForecastChange.Added;
import io.crmkit.analytics.forecast.ForecastChange.AmountChanged;
import io.crmkit.analytics.forecast.ForecastChange.Lost;
import io.crmkit.analytics.forecast.ForecastChange.Moved;
import io.crmkit.analytics.forecast.ForecastChange.Removed;
import io.crmkit.analytics.forecast.ForecastChange.Slipped;
import io.crmkit.analytics.forecast.ForecastChange.Won;
import io.crmkit.analytics.period.ReportingPeriod;
import io.crmkit.analytics.pipeline.OpportunitySnapshot;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.OpportunityId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What changed in a period's forecast from one snapshot to the next, deal by deal.
 *
 * <p>A deal is in the period's forecast when it closes in the period and is not lost (see {@link
 * Forecast#counts}). Comparing the two snapshots, for each deal in the forecast in either:
 *
 * <ul>
 *   <li>in the forecast now but not before: {@link Added} (new, pulled in, or reopened);
 *   <li>in before, missing from the new snapshot: {@link Removed};
 *   <li>in before, lost now: {@link Lost};
 *   <li>in before, now closing outside the period (open or won): {@link Slipped};
 *   <li>in both: {@link Won} when it was open and is won now, {@link Moved} when its category
 *       changed otherwise, and {@link AmountChanged} when its amount changed (as well).
 * </ul>
 *
 * <p>Changes are listed by deal id, then in the order above.
 *
 * @param period the period forecast
 * @param previousTakenOn the day of the earlier snapshot
 * @param currentTakenOn the day of the later snapshot
 * @param changes the changes, in order
 */
public record ForecastChanges(ReportingPeriod period, LocalDate previousTakenOn, LocalDate currentTakenOn,
    List<ForecastChange> changes) {
  /**
   * Checks the parts.
   *
   * @throws CrmValidationException when the current snapshot is older than the previous
   *     ({@code forecastChanges.currentTakenOn}, rule {@code order})
   */
  public ForecastChanges {
    CrmValidationException.required("forecastChanges.period", period);
    CrmValidationException.required("forecastChanges.previousTakenOn", previousTakenOn);
    CrmValidationException.required("forecastChanges.currentTakenOn", currentTakenOn);
    changes = List.copyOf(CrmValidationException.required("forecastChanges.changes", changes));
    if (currentTakenOn.isBefore(previousTakenOn)) {
      throw CrmValidationException.of("forecastChanges.currentTakenOn", "order", currentTakenOn,
          "the current snapshot is older than the previous one of " + previousTakenOn);
    }
  }

  /**
   * What changed in the period's forecast between two snapshots.
   *
   * @throws CrmValidationException when {@code current} was taken before {@code previous}
   *     ({@code forecastChanges.currentTakenOn}, rule {@code order})
   */
  public static ForecastChanges between(ForecastSnapshot previous, ForecastSnapshot current, ReportingPeriod period) {
    CrmValidationException.required("previous", previous);
    CrmValidationException.required("current", current);
    CrmValidationException.required("period", period);
    Map<OpportunityId, OpportunitySnapshot> before = previous.byId();
    Map<OpportunityId, OpportunitySnapshot> now = current.byId();
    TreeSet<OpportunityId> ids = new TreeSet<>(Comparator.comparing(OpportunityId::value));
    ids.addAll(before.keySet());
    ids.addAll(now.keySet());
    List<ForecastChange> changes = new ArrayList<>();
    for (OpportunityId id : ids) {
      changes.addAll(changesOf(period, Optional.ofNullable(before.get(id)), Optional.ofNullable(now.get(id))));
    }
    return new ForecastChanges(period, previous.takenOn(), current.takenOn(), changes);
  }

  private static List<ForecastChange> changesOf(
      ReportingPeriod period, Optional<OpportunitySnapshot> before, Optional<OpportunitySnapshot> now) {
    boolean wasIn = before.filter(d -> Forecast.counts(period, d)).isPresent();
    boolean isIn = now.filter(d -> Forecast.counts(period, d)).isPresent();
    if (!wasIn && !isIn) {
      return List.of();
    }
    if (!wasIn) {
      return List.of(new Added(now.orElseThrow(), before.map(OpportunitySnapshot::closeDate)));
    }
    OpportunitySnapshot was = before.orElseThrow();
    if (now.isEmpty()) {
      return List.of(new Removed(was));
    }
    OpportunitySnapshot is = now.get();
    if (is.isLost()) {
      return List.of(new Lost(is.id(), is.closeDate(), is.amount()));
    }
    if (!isIn) {
      return List.of(new Slipped(is.id(), was.closeDate(), is.closeDate(), is.amount()));
    }
    List<ForecastChange> changes = new ArrayList<>(2);
    if (was.isOpen() && is.isWon()) {
      changes.add(new Won(is.id(), is.closeDate(), is.amount()));
    } else if (was.forecastCategory() != is.forecastCategory()) {
      changes.add(new Moved(is.id(), was.forecastCategory(), is.forecastCategory()));
    }
    if (!was.amount().equals(is.amount())) {
      changes.add(new AmountChanged(is.id(), was.amount(), is.amount()));
    }
    return changes;
  }

  /** The changes of one kind, in order: {@code changes.ofKind(Slipped.class)}. */
  public <T extends ForecastChange> List<T> ofKind(Class<T> kind) {
    CrmValidationException.required("kind", kind);
    return changes.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
