package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long a record spent in each stage up to an instant, worked out from its audit records.
 *
 * <p>Each audit record starts a stay in its {@code to} stage that lasts until the next record, or
 * until {@code asOf} for the last one; records after {@code asOf} are ignored, so the figures are
 * those that could have been seen at {@code asOf}. A move that keeps the stage continues its stay.
 * When the history does not start with the entry into the lifecycle, the time spent in the first
 * stage before the first move is unknown and not counted.
 *
 * @param asOf the instant the figures are taken at
 * @param durations time spent in each stage visited, in the order first entered
 */
public record TimeInStage(Instant asOf, Map<StageName, Duration> durations) {
  /** Checks and copies, keeping the order. */
  public TimeInStage {
    CrmValidationException.required("timeInStage.asOf", asOf);
    durations = Collections.unmodifiableMap(
        new LinkedHashMap<>(CrmValidationException.required("timeInStage.durations", durations)));
  }

  /**
   * Works out the time in each stage from a record's audit records, oldest first.
   *
   * @throws CrmValidationException field {@code history[i]}: rule {@code order} when a record is
   *     older than the one before it, {@code discontinuous} when a move leaves a stage other than
   *     the one the record before it entered
   */
  public static TimeInStage of(List<AuditRecord> history, Instant asOf) {
    CrmValidationException.required("history", history);
    CrmValidationException.required("asOf", asOf);
    Map<StageName, Duration> durations = new LinkedHashMap<>();
    AuditRecord previous = null;
    for (int i = 0; i < history.size(); i++) {
      AuditRecord record = CrmValidationException.required("history[" + i + "]", history.get(i));
      if (previous != null) {
        if (record.at().isBefore(previous.at())) {
          throw CrmValidationException.of(
              "history[" + i + "]", "order", record.at(), "audit records come oldest first; the one before is at " + previous.at());
        }
        Optional<StageName> left = record.from();
        if (left.isPresent() && !left.get().equals(previous.to())) {
          throw CrmValidationException.of(
              "history[" + i + "]", "discontinuous", left.get(),
              "the move leaves '" + left.get() + "' but the record before it entered '" + previous.to() + "'");
        }
      }
      if (record.at().isAfter(asOf)) {
        break;
      }
      if (previous != null) {
        durations.merge(previous.to(), Duration.between(previous.at(), record.at()), Duration::plus);
      }
      durations.putIfAbsent(record.to(), Duration.ZERO);
      previous = record;
    }
    if (previous != null) {
      durations.merge(previous.to(), Duration.between(previous.at(), asOf), Duration::plus);
    }
    return new TimeInStage(asOf, durations);
  }

  /** The time spent in a stage; zero for a stage never visited. */
  public Duration in(StageName stage) {
    return durations.getOrDefault(stage, Duration.ZERO);
  }

  /** The time spent in all stages together. */
  public Duration total() {
    return durations.values().stream().reduce(Duration.ZERO, Duration::plus);
  }
}
