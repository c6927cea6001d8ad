package io.crmkit.analytics.transaction;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class AccumulationTest {
  /** Records the ranges it was given, to show how rows are split and combined. */
  static final class Ranges implements TransactionAccumulator<Ranges> {
    final List<String> ranges = new ArrayList<>();

    @Override
    public Ranges add(Transactions transactions, int fromRow, int toRow) {
      Accumulation.requireRows(transactions, fromRow, toRow);
      ranges.add(fromRow + ".." + toRow);
      return this;
    }

    @Override
    public Ranges combine(Ranges other) {
      ranges.addAll(other.ranges);
      return this;
    }
  }

  private static Transactions rows(int count) {
    Transactions.Builder table = Transactions.builder();
    for (int i = 0; i < count; i++) {
      table.add("c" + (i % 3), LocalDate.parse("2024-01-01").plusDays(i), i);
    }
    return table.build();
  }

  @Test
  void one_pass_folds_every_row_at_once() {
    assertThat(Accumulation.inOnePass(rows(10), Ranges::new).ranges).containsExactly("0..10");
  }

  @Test
  void parallel_chunks_cover_every_row_once_and_combine_in_row_order() {
    Ranges all = Accumulation.inParallel(rows(10), Ranges::new, ForkJoinPool.commonPool(), 3);

    assertThat(all.ranges).containsExactly("0..3", "3..6", "6..10");
  }

  @Test
  void there_are_never_more_chunks_than_rows() {
    assertThat(Accumulation.inParallel(rows(2), Ranges::new, ForkJoinPool.commonPool(), 8).ranges)
        .containsExactly("0..1", "1..2");
    assertThat(Accumulation.inParallel(rows(0), Ranges::new, ForkJoinPool.commonPool(), 8).ranges)
        .containsExactly("0..0");
  }

  @Test
  void chunks_and_ranges_are_checked() {
    assertRejected("chunks", "positive", () -> Accumulation.inParallel(rows(3), Ranges::new, ForkJoinPool.commonPool(), 0));
    assertRejected("rows", "withinTable", () -> new Ranges().add(rows(3), -1, 2));
    assertRejected("rows", "withinTable", () -> new Ranges().add(rows(3), 0, 4));
  }
}
