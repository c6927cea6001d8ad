package io.crmkit.analytics.pipeline;

import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.core.CrmValidationException;
import java.time.Duration;
import java.util.Optional;

/**
 * The time deals spent in one open stage: the stays that ended (the deal moved on, back, or closed)
 * and the stays still going at the "as of" instant.
 *
 * @param completedStays how many stays ended
 * @param completedTime their total length
 * @param longestCompleted the longest of them ({@link Duration#ZERO} when none)
 * @param currentStays how many deals are in the stage now
 * @param currentTime the total time they have been in it so far
 */
public record StageTime(long completedStays, Duration completedTime, Duration longestCompleted, long currentStays,
    Duration currentTime) implements Mergeable<StageTime> {

  /** Checks the tally: counts and durations are not negative. */
  public StageTime {
    CrmValidationException.required("stageTime.completedTime", completedTime);
    CrmValidationException.required("stageTime.longestCompleted", longestCompleted);
    CrmValidationException.required("stageTime.currentTime", currentTime);
    if (completedStays < 0 || currentStays < 0 || completedTime.isNegative() || longestCompleted.isNegative()
        || currentTime.isNegative()) {
      throw CrmValidationException.of("stageTime", "range", completedStays + "/" + currentStays,
          "counts and durations are 0 or more");
    }
  }

  /** No stay. */
  public static StageTime none() {
    return new StageTime(0, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO);
  }

  /** One stay that ended after {@code length}. */
  static StageTime completed(Duration length) {
    return new StageTime(1, length, length, 0, Duration.ZERO);
  }

  /** One stay going on for {@code length} so far. */
  static StageTime current(Duration length) {
    return new StageTime(0, Duration.ZERO, Duration.ZERO, 1, length);
  }

  /** The mean length of a completed stay, to the nanosecond rounded down; empty when none ended. */
  public Optional<Duration> averageCompleted() {
    return completedStays == 0 ? Optional.empty() : Optional.of(completedTime.dividedBy(completedStays));
  }

  /** The mean time so far of the deals in the stage now; empty when there is none. */
  public Optional<Duration> averageCurrent() {
    return currentStays == 0 ? Optional.empty() : Optional.of(currentTime.dividedBy(currentStays));
  }

  @Override
  public StageTime combine(StageTime other) {
    Duration longest = longestCompleted.compareTo(other.longestCompleted) >= 0 ? longestCompleted
        : other.longestCompleted;
    return new StageTime(completedStays + other.completedStays, completedTime.plus(other.completedTime), longest,
        currentStays + other.currentStays, currentTime.plus(other.currentTime));
  }
}
