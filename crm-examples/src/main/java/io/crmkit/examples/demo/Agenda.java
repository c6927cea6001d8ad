package io.crmkit.examples.demo;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * What the sample company will do and when: work planned for a time, done in time order, and in
 * the order it was planned when two pieces fall on the same instant, so a run never depends on
 * anything but its seed.
 */
final class Agenda {
  private record Item(Instant at, long order, Runnable work) {}

  private final PriorityQueue<Item> items =
      new PriorityQueue<>(Comparator.comparing(Item::at).thenComparingLong(Item::order));
  private long planned;

  /** Plans work for a time. */
  void plan(Instant at, Runnable work) {
    items.add(new Item(at, planned++, work));
  }

  /**
   * Does, in order, every piece of work planned before {@code end}, moving the clock to each
   * one's time first (or leaving it where it stands when the work was planned for the past).
   * Work planned while doing so is done too if it falls before {@code end}.
   */
  void doUntil(Instant end, DemoClock clock) {
    while (!items.isEmpty() && items.peek().at().isBefore(end)) {
      Item next = items.poll();
      if (next.at().isAfter(clock.instant())) {
        clock.advanceTo(next.at());
      }
      next.work().run();
    }
  }
}
