package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.PurchaseGroups;
import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import org.junit.jupiter.api.Test;

/**
 * The CLV fit benchmark's own code on CDNOW and on 20,000 generated customers: its set-up (which
 * fits both sides and both forms and compares them), each side's fit as JMH calls it, and the data
 * it makes. Nothing here is timed.
 */
class ClvFitBenchmarkTest {
  private final ClvFitBenchmark benchmark = new ClvFitBenchmark();

  @Test
  void on_cdnow_crmkit_and_the_peer_reach_the_published_parameters() {
    ClvFitBenchmark.Cdnow cdnow = new ClvFitBenchmark.Cdnow();
    cdnow.summariseAndCheck();

    BgNbdModel rows = benchmark.cdnowCustomers(cdnow);
    BgNbdModel groups = benchmark.cdnowGroups(cdnow);
    BgNbdFitByHand.Fit peer = benchmark.cdnowNelderMeadByHand(cdnow);

    assertThat(cdnow.customers.size()).isEqualTo(2357);
    assertThat(cdnow.groups.size()).isEqualTo(1016);
    assertThat(rows.r()).isCloseTo(0.2426, within(1e-4));
    assertThat(groups.b()).isCloseTo(rows.b(), within(1e-6 * rows.b()));
    assertThat(peer.b()).isCloseTo(rows.b(), within(ClvFitBenchmark.TOLERANCE * rows.b()));
  }

  @Test
  void generated_customers_are_fitted_alike_on_rows_and_groups_near_the_parameters_they_were_drawn_with() {
    ClvFitBenchmark.Million generated = new ClvFitBenchmark.Million();
    generated.customers = 20_000;
    generated.drawAndCheck();

    BgNbdModel model = benchmark.millionGroups(generated);
    PurchaseGroups groups = benchmark.millionGrouping(generated);

    assertThat(groups.customerCount()).isEqualTo(20_000);
    assertThat(groups.size()).isLessThan(20_000);
    assertThat(model.r()).isCloseTo(0.243, within(0.02));
    assertThat(benchmark.millionCustomers(generated).a()).isCloseTo(model.a(), within(1e-6 * model.a()));
    assertThat(benchmark.millionGroupsNelderMeadByHand(generated).alpha())
        .isCloseTo(model.alpha(), within(ClvFitBenchmark.TOLERANCE * model.alpha()));
  }

  @Test
  void the_generated_customers_are_the_same_for_the_same_size() {
    CustomerSummaries first = ClvFitBenchmark.generated(1_000);
    CustomerSummaries again = ClvFitBenchmark.generated(1_000);

    assertThat(again.toList()).isEqualTo(first.toList());
    assertThat(first.unit()).isEqualTo(ModelTimeUnit.WEEK);
    for (int row = 0; row < first.size(); row++) {
      assertThat(first.age(row) * 7).isBetween(182.0, 272.0);
      assertThat(first.recency(row) * 7).isCloseTo(Math.rint(first.recency(row) * 7), within(1e-9));
    }
  }

  @Test
  void the_check_fails_when_the_fits_on_rows_and_groups_differ() {
    CustomerSummaries rows = ClvFitBenchmark.generated(2_000);
    PurchaseGroups other = ClvFitBenchmark.generated(3_000).groups();

    assertThatThrownBy(() -> ClvFitBenchmark.check(rows, other))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("wrong BG/NBD fit: on groups");
  }
}
