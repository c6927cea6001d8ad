package io.crmkit.analytics.clv.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.transaction.Transactions;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Purchase days are a mergeable accumulator: any split of the rows, combined in order, equals one pass. */
class PurchaseDaysProperties {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  @Property
  void any_split_combined_in_order_equals_one_pass(
      @ForAll("purchases") List<Purchase> rows, @ForAll @IntRange(min = 0, max = 3) int cuts,
      @ForAll long seed) {
    Transactions table = table(rows);
    java.util.Random random = new java.util.Random(seed);
    int[] bounds = random.ints(cuts, 0, table.size() + 1).sorted().toArray();

    PurchaseDays combined = PurchaseDays.empty();
    int from = 0;
    for (int bound : bounds) {
      combined = combined.combine(PurchaseDays.of(table, from, bound));
      from = bound;
    }
    combined = combined.combine(PurchaseDays.of(table, from, table.size()));
    PurchaseDays onePass = PurchaseDays.of(table);

    assertThat(combined.customerCount()).isEqualTo(onePass.customerCount());
    for (int c = 0; c < onePass.customerCount(); c++) {
      assertThat(combined.customerId(c)).isEqualTo(onePass.customerId(c));
      assertThat(combined.days(c)).isEqualTo(onePass.days(c));
      assertThat(combined.amounts(c)).isEqualTo(onePass.amounts(c));
    }
  }

  @Property
  void combining_with_nothing_changes_nothing(@ForAll("purchases") List<Purchase> rows) {
    PurchaseDays days = PurchaseDays.of(table(rows));

    PurchaseDays left = PurchaseDays.empty().combine(days);
    PurchaseDays right = days.combine(PurchaseDays.empty());

    for (int c = 0; c < days.customerCount(); c++) {
      assertThat(left.days(c)).isEqualTo(days.days(c));
      assertThat(right.amounts(c)).isEqualTo(days.amounts(c));
    }
  }

  @Property
  void every_customer_has_distinct_ascending_days(@ForAll("purchases") List<Purchase> rows) {
    PurchaseDays days = PurchaseDays.of(table(rows));

    for (int c = 0; c < days.customerCount(); c++) {
      int[] customerDays = days.days(c);
      for (int d = 1; d < customerDays.length; d++) {
        assertThat(customerDays[d]).isGreaterThan(customerDays[d - 1]);
      }
    }
  }

  /** A purchase: customer, day offset, amount in quarters (exact in binary, so sums do not depend on order). */
  record Purchase(String customer, int day, double amount) {}

  @Provide
  Arbitrary<List<Purchase>> purchases() {
    Arbitrary<Purchase> purchase = Combinators.combine(
        Arbitraries.of("C1", "C2", "C3", "C4", "C5"),
        Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(-8, 400).map(quarters -> quarters / 4.0))
        .as(Purchase::new);
    return purchase.list().ofMinSize(1).ofMaxSize(60);
  }

  private static Transactions table(List<Purchase> rows) {
    Transactions.Builder builder = Transactions.builder();
    for (Purchase row : rows) {
      builder.add(row.customer(), START.plusDays(row.day()), row.amount());
    }
    return builder.build();
  }
}
