package io.crmkit.analytics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.transaction.Transactions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The invariants of cohorts over random purchases and every period. */
class CohortProperties {
  private static final LocalDate START = LocalDate.parse("2023-11-20");

  /** A purchase; amounts are multiples of 1/8, so their sums are exact in any order. */
  record Purchase(String customer, int day, double amount) {}

  @Property
  void retention_at_period_zero_is_one(@ForAll("purchases") List<Purchase> purchases, @ForAll CohortPeriod period) {
    CohortTable table = CohortAnalysis.by(period).run(table(purchases));

    for (int c = 0; c < table.cohortCount(); c++) {
      assertThat(table.retention(c, 0)).isEqualTo(1.0);
    }
  }

  @Property
  void every_customer_is_in_one_cohort_and_every_rate_is_a_share(
      @ForAll("purchases") List<Purchase> purchases, @ForAll CohortPeriod period) {
    Transactions transactions = table(purchases);
    CohortTable table = CohortAnalysis.by(period).run(transactions);

    assertThat(table.cohorts().stream().mapToInt(Cohort::customers).sum()).isEqualTo(transactions.customerCount());
    for (Cohort cohort : table.cohorts()) {
      assertThat(cohort.retention()).allSatisfy(share -> assertThat(share).isBetween(0.0, 1.0));
    }
    for (PeriodRates rates : table.rates()) {
      assertThat(List.of(rates.retention(), rates.repeatPurchaseRate(), rates.churnRate()))
          .allSatisfy(share -> assertThat(share).isBetween(0.0, 1.0));
    }
  }

  @Property
  void over_the_same_cohorts_the_repeat_purchase_rate_never_falls(
      @ForAll("purchases") List<Purchase> purchases) {
    CohortTable table = CohortAnalysis.by(CohortPeriod.WEEK).run(table(purchases));

    for (int i = 1; i < table.rates().size(); i++) {
      PeriodRates before = table.rates().get(i - 1);
      PeriodRates now = table.rates().get(i);
      if (before.customers() == now.customers()) {
        assertThat(now.repeatPurchaseRate()).isGreaterThanOrEqualTo(before.repeatPurchaseRate());
      }
    }
  }

  @Property
  void activity_merged_in_any_split_and_order_equals_one_pass(
      @ForAll("purchases") List<Purchase> purchases,
      @ForAll CohortPeriod period,
      @ForAll @IntRange(min = 1, max = 5) int parts,
      @ForAll long seed) {
    Transactions transactions = table(purchases);
    CohortAnalysis analysis = CohortAnalysis.by(period);
    Random random = new Random(seed);
    List<CohortAccumulator> partial = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      partial.add(analysis.accumulator(transactions));
    }
    for (int row = 0; row < transactions.size(); row++) {
      partial.get(random.nextInt(parts)).add(transactions, row, row + 1);
    }
    Collections.shuffle(partial, random);

    CohortAccumulator merged = partial.get(0);
    partial.subList(1, parts).forEach(merged::combine);

    CohortAccumulator onePass = analysis.accumulator(transactions).add(transactions, 0, transactions.size());
    for (int customer = 0; customer < transactions.customerCount(); customer++) {
      assertThat(merged.firstActivePeriod(customer)).isEqualTo(onePass.firstActivePeriod(customer));
      for (int p = 0; p < onePass.periods(); p++) {
        assertThat(merged.isActive(customer, p)).isEqualTo(onePass.isActive(customer, p));
      }
    }
    assertThat(analysis.table(transactions, merged).cohorts()).isEqualTo(analysis.run(transactions).cohorts());
  }

  @Property
  void parallel_chunks_give_the_one_pass_table(
      @ForAll("purchases") List<Purchase> purchases, @ForAll @IntRange(min = 1, max = 8) int chunks) {
    Transactions transactions = table(purchases);
    CohortAnalysis analysis = CohortAnalysis.by(CohortPeriod.MONTH);

    CohortTable parallel = analysis.runInParallel(transactions, ForkJoinPool.commonPool(), chunks);

    assertThat(parallel.cohorts()).isEqualTo(analysis.run(transactions).cohorts());
    assertThat(parallel.rates()).isEqualTo(analysis.run(transactions).rates());
  }

  private static Transactions table(List<Purchase> purchases) {
    Transactions.Builder table = Transactions.builder();
    purchases.forEach(p -> table.add(p.customer(), START.plusDays(p.day()), p.amount()));
    return table.build();
  }

  @Provide
  Arbitrary<List<Purchase>> purchases() {
    Arbitrary<String> customers = Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "h");
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 500);
    Arbitrary<Double> amounts = Arbitraries.integers().between(0, 8_000).map(eighths -> eighths / 8.0);
    return Combinators.combine(customers, days, amounts).as(Purchase::new).list().ofMaxSize(50);
  }
}
