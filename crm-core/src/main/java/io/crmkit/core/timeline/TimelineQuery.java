package io.crmkit.core.timeline;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.timeline.TimelineEntry.Kind;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which entries of a timeline to return: a time window, the kinds, and at most how many of the
 * most recent.
 *
 * <pre>{@code
 * TimelineQuery.all().since(monday).onlyKinds(Kind.ACTIVITY, Kind.SUPPORT_CASE).mostRecent(20)
 * }</pre>
 *
 * @param since the earliest time included (inclusive), if bounded
 * @param until the first time excluded (exclusive), if bounded; after {@code since}
 * @param kinds the kinds included; never empty
 * @param limit at most this many entries, the most recent ones; 1 or more, if bounded
 */
public record TimelineQuery(Optional<Instant> since, Optional<Instant> until, Set<Kind> kinds, OptionalInt limit) {

  /**
   * Checks every part and keeps an immutable copy of the kinds.
   *
   * @throws CrmValidationException when a part is missing, {@code until} is not after
   *     {@code since}, no kind is given or the limit is below 1
   */
  public TimelineQuery {
    CrmValidationException.required("timelineQuery.since", since);
    CrmValidationException.required("timelineQuery.until", until);
    if (since.isPresent() && until.isPresent() && !until.get().isAfter(since.get())) {
      throw CrmValidationException.of("timelineQuery.until", "order", until.get(),
          "until must be after since " + since.get());
    }
    CrmValidationException.required("timelineQuery.kinds", kinds);
    if (kinds.isEmpty()) {
      throw CrmValidationException.of("timelineQuery.kinds", "empty", kinds, "ask for at least one kind");
    }
    kinds = Set.copyOf(EnumSet.copyOf(kinds));
    CrmValidationException.required("timelineQuery.limit", limit);
    if (limit.isPresent() && limit.getAsInt() < 1) {
      throw CrmValidationException.of("timelineQuery.limit", "range", limit.getAsInt(), "a limit is 1 or more");
    }
  }

  /** Every entry of every kind, at any time. */
  public static TimelineQuery all() {
    return new TimelineQuery(Optional.empty(), Optional.empty(), EnumSet.allOf(Kind.class), OptionalInt.empty());
  }

  /** This query, from {@code from} on (inclusive). */
  public TimelineQuery since(Instant from) {
    return new TimelineQuery(Optional.of(CrmValidationException.required("timelineQuery.since", from)), until,
        kinds, limit);
  }

  /** This query, before {@code to} (exclusive). */
  public TimelineQuery until(Instant to) {
    return new TimelineQuery(since, Optional.of(CrmValidationException.required("timelineQuery.until", to)),
        kinds, limit);
  }

  /** This query, for these kinds only. */
  public TimelineQuery onlyKinds(Kind first, Kind... more) {
    CrmValidationException.required("timelineQuery.kinds", first);
    CrmValidationException.required("timelineQuery.kinds", more);
    return new TimelineQuery(since, until, EnumSet.of(first, more), limit);
  }

  /** This query, keeping only the {@code count} most recent entries. */
  public TimelineQuery mostRecent(int count) {
    return new TimelineQuery(since, until, kinds, OptionalInt.of(count));
  }

  /** Whether an entry falls in the window and is of a kind asked for. */
  public boolean includes(TimelineEntry entry) {
    CrmValidationException.required("entry", entry);
    return kinds.contains(entry.kind())
        && since.map(s -> !entry.at().isBefore(s)).orElse(true)
        && until.map(u -> entry.at().isBefore(u)).orElse(true);
  }
}
