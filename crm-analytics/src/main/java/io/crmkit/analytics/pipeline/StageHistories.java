package io.crmkit.analytics.pipeline;

import io.crmkit.analytics.tally.Grouped;
import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.OpportunityId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The stage-change log, kept per deal in time order: how long deals stay in each stage and which
 * open deals are stuck.
 *
 * <p>A stay in a stage starts when a deal enters it and ends at the deal's next log line, whatever
 * that line says it left (a gap in the log does not stretch a stay). The stay before a deal's first
 * log line is measured only when that line is its creation ({@link StageChange#created}); otherwise
 * its start is unknown. Closed stages are not stays. Log lines after the "as of" instant are
 * ignored, so the same log answers for any past instant.
 *
 * <p>Histories merge deal by deal; a log line present in both sides counts once. Log lines of one
 * instant are ordered by the stage entered, then the stage left; two lines of one deal alike in
 * instant and stage names are the same line.
 */
public final class StageHistories implements Mergeable<StageHistories> {
  private static final Comparator<StageChange> ORDER = Comparator.comparing(StageChange::at)
      .thenComparing(c -> c.to().name())
      .thenComparing(c -> c.from().map(s -> s.name()).orElse(""));

  private final Map<OpportunityId, Set<StageChange>> logs;

  private StageHistories(Map<OpportunityId, Set<StageChange>> logs) {
    this.logs = logs;
  }

  /** No log line. */
  public static StageHistories empty() {
    return new StageHistories(Map.of());
  }

  /** The histories of the deals in a log, given in any order. */
  public static StageHistories of(Iterable<StageChange> changes) {
    CrmValidationException.required("changes", changes);
    Map<OpportunityId, Set<StageChange>> logs = new HashMap<>();
    for (StageChange change : changes) {
      logs.computeIfAbsent(CrmValidationException.required("change", change).opportunityId(),
          id -> new TreeSet<>(ORDER)).add(change);
    }
    return frozen(logs);
  }

  /** These histories with one more log line (a copy per call: for many lines use {@link #of}). */
  public StageHistories add(StageChange change) {
    return combine(of(List.of(change)));
  }

  /** How many deals have a history. */
  public int deals() {
    return logs.size();
  }

  /** A deal's log lines in time order; empty for a deal with none. */
  public List<StageChange> historyOf(OpportunityId id) {
    return List.copyOf(logs.getOrDefault(id, Set.of()));
  }

  /** The time deals spent in each open stage, by stage name, as of an instant. */
  public Grouped<String, StageTime> timeInStage(Instant asOf) {
    CrmValidationException.required("asOf", asOf);
    Map<String, StageTime> times = new LinkedHashMap<>();
    for (Set<StageChange> log : logs.values()) {
      forEachStay(log, asOf, (change, end, ongoing) -> {
        Duration length = Duration.between(change.at(), end);
        times.merge(change.to().name(), ongoing ? StageTime.current(length) : StageTime.completed(length),
            StageTime::combine);
      });
    }
    return new Grouped<>(times);
  }

  /**
   * The open deals that, as of an instant, have been in their stage longer than {@code limit},
   * longest first (ties by deal id).
   *
   * @throws CrmValidationException when the limit is negative ({@code limit}, rule {@code range})
   */
  public List<StuckDeal> stuck(Instant asOf, Duration limit) {
    CrmValidationException.required("asOf", asOf);
    CrmValidationException.required("limit", limit);
    if (limit.isNegative()) {
      throw CrmValidationException.of("limit", "range", limit, "a limit is zero or more");
    }
    List<StuckDeal> stuck = new ArrayList<>();
    for (Set<StageChange> log : logs.values()) {
      forEachStay(log, asOf, (change, end, ongoing) -> {
        Duration length = Duration.between(change.at(), end);
        if (ongoing && length.compareTo(limit) > 0) {
          stuck.add(new StuckDeal(change.opportunityId(), change.to(), change.at(), length));
        }
      });
    }
    stuck.sort(Comparator.comparing(StuckDeal::inStage).reversed()
        .thenComparing(d -> d.opportunityId().value()));
    return List.copyOf(stuck);
  }

  @Override
  public StageHistories combine(StageHistories other) {
    Map<OpportunityId, Set<StageChange>> merged = new HashMap<>();
    for (Map<OpportunityId, Set<StageChange>> side : List.of(logs, other.logs)) {
      side.forEach((id, log) -> merged.computeIfAbsent(id, k -> new TreeSet<>(ORDER)).addAll(log));
    }
    return frozen(merged);
  }


  /** Receives one stay: the log line that started it, when it ended (or "as of"), and whether it goes on. */
  @FunctionalInterface
  private interface Stay {
    void accept(StageChange entered, Instant end, boolean ongoing);
  }

  private static void forEachStay(Set<StageChange> log, Instant asOf, Stay stay) {
    @Nullable StageChange previous = null;
    for (StageChange change : log) {
      if (change.at().isAfter(asOf)) {
        break;
      }
      if (previous != null && !previous.to().isClosed()) {
        stay.accept(previous, change.at(), false);
      }
      previous = change;
    }
    if (previous != null && !previous.to().isClosed()) {
      stay.accept(previous, asOf, true);
    }
  }

  private static StageHistories frozen(Map<OpportunityId, Set<StageChange>> logs) {
    Map<OpportunityId, Set<StageChange>> copy = new HashMap<>();
    logs.forEach((id, log) -> copy.put(id, Collections.unmodifiableSet(log)));
    return new StageHistories(Map.copyOf(copy));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StageHistories other && logs.equals(other.logs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(logs);
  }

  @Override
  public String toString() {
    return "StageHistories of " + logs.size() + " deals";
  }
}
