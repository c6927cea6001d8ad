package io.crmkit.analytics.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.transaction.Transactions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The invariants of RFM over random purchases and every binning convention: scores stay in their
 * bins, the accumulator merges in any split to the one-pass result, recency and frequency scores
 * never go against their values, and the segment is the first row that matches.
 */
class RfmProperties {
  private static final LocalDate AS_OF = LocalDate.parse("2024-07-01");

  /** A purchase: amounts are multiples of 1/8, so that their sums are exact in any order. */
  record Purchase(String customer, int daysBeforeAsOf, double amount, Optional<String> orderId) {}

  @Property
  void every_score_stays_within_the_bins_of_its_dimension(
      @ForAll("purchases") List<Purchase> purchases, @ForAll("binnings") RfmBinning binning) {
    RfmResult result = RfmAnalysis.asOf(AS_OF).withBinning(binning).run(table(purchases));

    for (int i = 0; i < result.size(); i++) {
      assertThat(result.recencyScore(i)).isBetween(1, bins(binning, Binner.Dimension.RECENCY));
      assertThat(result.frequencyScore(i)).isBetween(1, bins(binning, Binner.Dimension.FREQUENCY));
      assertThat(result.monetaryScore(i)).isBetween(1, bins(binning, Binner.Dimension.MONETARY));
    }
  }

  @Property
  void accumulators_merged_in_any_split_and_order_equal_one_pass(
      @ForAll("purchases") List<Purchase> purchases,
      @ForAll @IntRange(min = 1, max = 5) int parts,
      @ForAll long seed,
      @ForAll FrequencyMeasure frequency,
      @ForAll MonetaryMeasure monetary) {
    Transactions table = table(purchases);
    RfmMeasures measures = new RfmMeasures(AS_OF, frequency, monetary);
    Random random = new Random(seed);
    List<RfmAccumulator> partial = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      partial.add(RfmAccumulator.of(measures));
    }
    for (int row = 0; row < table.size(); row++) {
      partial.get(random.nextInt(parts)).add(table, row, row + 1);
    }
    Collections.shuffle(partial, random);

    RfmAccumulator merged = partial.get(0);
    partial.subList(1, parts).forEach(merged::combine);

    RfmAccumulator onePass = RfmAccumulator.of(measures).add(table, 0, table.size());
    assertThat(describe(merged.values())).isEqualTo(describe(onePass.values()));
  }

  @Property
  void a_more_recent_customer_never_gets_a_lower_recency_score(
      @ForAll("purchases") List<Purchase> purchases, @ForAll("binnings") RfmBinning binning) {
    RfmResult result = RfmAnalysis.asOf(AS_OF).withBinning(binning).run(table(purchases));

    for (int a = 0; a < result.size(); a++) {
      for (int b = 0; b < result.size(); b++) {
        if (result.recencyDays(a) < result.recencyDays(b)) {
          assertThat(result.recencyScore(a)).isGreaterThanOrEqualTo(result.recencyScore(b));
        }
      }
    }
  }

  @Property
  void outside_nested_binning_more_orders_never_get_a_lower_frequency_score(
      @ForAll("purchases") List<Purchase> purchases, @ForAll("plainBinnings") RfmBinning binning) {
    RfmResult result = RfmAnalysis.asOf(AS_OF).withBinning(binning).run(table(purchases));

    for (int a = 0; a < result.size(); a++) {
      for (int b = 0; b < result.size(); b++) {
        if (result.frequency(a) > result.frequency(b)) {
          assertThat(result.frequencyScore(a)).isGreaterThanOrEqualTo(result.frequencyScore(b));
        }
      }
    }
  }

  @Property
  void equal_values_share_a_score_except_under_rank_first(
      @ForAll("purchases") List<Purchase> purchases, @ForAll("plainBinnings") RfmBinning binning) {
    if (binning instanceof RfmBinning.RankFirst) {
      return;
    }
    RfmResult result = RfmAnalysis.asOf(AS_OF).withBinning(binning).run(table(purchases));

    for (int a = 0; a < result.size(); a++) {
      for (int b = 0; b < result.size(); b++) {
        if (result.monetary(a) == result.monetary(b)) {
          assertThat(result.monetaryScore(a)).isEqualTo(result.monetaryScore(b));
        }
      }
    }
  }

  @Property
  void the_segment_is_that_of_the_first_matching_row(@ForAll("purchases") List<Purchase> purchases) {
    SegmentTable table = SegmentTable.rfmPackage();
    RfmResult result = RfmAnalysis.asOf(AS_OF).withSegments(table).run(table(purchases));

    for (int i = 0; i < result.size(); i++) {
      RfmScore score = result.score(i);
      Optional<SegmentRule> first = table.rules().stream().filter(rule -> rule.matches(score)).findFirst();
      assertThat(result.rule(i)).isEqualTo(first);
      assertThat(result.segment(i)).isEqualTo(first.map(SegmentRule::segment).orElse("Others"));
    }
  }

  @Property
  void parallel_chunks_give_the_one_pass_result(
      @ForAll("purchases") List<Purchase> purchases, @ForAll @IntRange(min = 1, max = 8) int chunks) {
    RfmAnalysis analysis = RfmAnalysis.asOf(AS_OF).withFrequency(FrequencyMeasure.PURCHASE_DAYS);
    Transactions table = table(purchases);

    RfmResult parallel = analysis.runInParallel(table, java.util.concurrent.ForkJoinPool.commonPool(), chunks);

    assertThat(parallel.customers()).isEqualTo(analysis.run(table).customers());
  }

  private static int bins(RfmBinning binning, Binner.Dimension dimension) {
    if (binning instanceof RfmBinning.Nested nested) {
      return bins(nested.within(), dimension);
    }
    if (binning instanceof RfmBinning.CutPoints cuts) {
      return switch (dimension) {
        case RECENCY -> cuts.recencyDays().size() + 1;
        case FREQUENCY -> cuts.frequency().size() + 1;
        case MONETARY -> cuts.monetary().size() + 1;
      };
    }
    if (binning instanceof RfmBinning.RPackage r) {
      return r.bins();
    }
    if (binning instanceof RfmBinning.QuantileCut q) {
      return q.bins();
    }
    return ((RfmBinning.RankFirst) binning).bins();
  }

  private static String describe(RfmValues values) {
    List<String> customers = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      customers.add(values.customerIndex(i) + ": " + values.recencyDays(i) + "d " + values.frequency(i) + "x "
          + values.orders(i) + " orders " + values.revenue(i) + " " + values.monetary(i));
    }
    return customers.stream().collect(Collectors.joining("\n"));
  }

  private static Transactions table(List<Purchase> purchases) {
    Transactions.Builder table = Transactions.builder();
    for (Purchase p : purchases) {
      table.add(p.customer(), AS_OF.minusDays(p.daysBeforeAsOf()), p.amount(), p.orderId(), Optional.empty());
    }
    return table.build();
  }

  @Provide
  Arbitrary<List<Purchase>> purchases() {
    Arbitrary<String> customers = Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    Arbitrary<Integer> days = Arbitraries.integers().between(-20, 400);
    Arbitrary<Double> amounts = Arbitraries.integers().between(-800, 80_000).map(eighths -> eighths / 8.0);
    Arbitrary<Optional<String>> orders = Arbitraries.of("o1", "o2", "o3", "o4").optional(0.5);
    return Combinators.combine(customers, days, amounts, orders).as(Purchase::new).list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<RfmBinning> plainBinnings() {
    Arbitrary<Integer> bins = Arbitraries.integers().between(1, 7);
    Arbitrary<List<Double>> cuts = Arbitraries.integers().between(-5, 500).set().ofMaxSize(4)
        .map(set -> set.stream().sorted().map(Integer::doubleValue).toList());
    return Arbitraries.oneOf(
        bins.map(RfmBinning::rPackage),
        bins.map(RfmBinning::quantileCut),
        bins.map(RfmBinning::rankFirst),
        Combinators.combine(cuts, cuts, cuts).as(RfmBinning::cutPoints));
  }

  @Provide
  Arbitrary<RfmBinning> binnings() {
    return Arbitraries.oneOf(plainBinnings(), plainBinnings().map(RfmBinning::nested));
  }
}
