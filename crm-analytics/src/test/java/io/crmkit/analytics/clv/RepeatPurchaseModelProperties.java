package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.analytics.clv.bgnbd.MbgNbdModel;
import io.crmkit.analytics.clv.pnbd.ParetoNbdModel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * What holds for every non-contractual model at any parameters: probabilities in [0, 1], a customer
 * silent for longer less likely alive, more purchases expected over a longer horizon, and purchase
 * counts whose probabilities sum to 1 with the expected mean.
 */
class RepeatPurchaseModelProperties {
  private static final ModelTimeUnit WEEK = ModelTimeUnit.WEEK;

  @Property(tries = 200)
  void the_probability_alive_is_within_0_and_1_and_falls_as_the_silence_grows(
      @ForAll("models") RepeatPurchaseModel model, @ForAll @IntRange(min = 0, max = 300) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double recencyShare, @ForAll @DoubleRange(min = 0.1, max = 100) double age,
      @ForAll @DoubleRange(min = 0.01, max = 100) double moreSilence) {
    double recency = x == 0 ? 0.0 : recencyShare * age;
    PurchaseHistory now = PurchaseHistory.of(x, recency, age, WEEK);
    PurchaseHistory later = PurchaseHistory.of(x, recency, age + moreSilence, WEEK);

    double aliveNow = model.probabilityAlive(now);
    double aliveLater = model.probabilityAlive(later);

    assertThat(aliveNow).isBetween(0.0, 1.0);
    assertThat(aliveLater).isBetween(0.0, 1.0).isLessThanOrEqualTo(aliveNow + 1e-12);
  }

  @Property(tries = 200)
  void more_purchases_are_expected_over_a_longer_horizon(
      @ForAll("models") RepeatPurchaseModel model, @ForAll @IntRange(min = 0, max = 300) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double recencyShare, @ForAll @DoubleRange(min = 0.1, max = 100) double age,
      @ForAll @DoubleRange(min = 0.1, max = 100) double horizon,
      @ForAll @DoubleRange(min = 0.1, max = 100) double more) {
    PurchaseHistory history = PurchaseHistory.of(x, x == 0 ? 0.0 : recencyShare * age, age, WEEK);

    double shorter = model.expectedPurchases(history, TimeSpan.weeks(horizon));
    double longer = model.expectedPurchases(history, TimeSpan.weeks(horizon + more));

    assertThat(shorter).isFinite().isGreaterThanOrEqualTo(0.0);
    assertThat(longer).isGreaterThanOrEqualTo(shorter * (1 - 1e-12));
    assertThat(model.expectedPurchases(TimeSpan.weeks(horizon + more)))
        .isGreaterThanOrEqualTo(model.expectedPurchases(TimeSpan.weeks(horizon)) * (1 - 1e-12));
  }

  @Property(tries = 40)
  void the_probabilities_of_each_purchase_count_sum_to_one_around_the_expected_mean(
      @ForAll("models") RepeatPurchaseModel model, @ForAll @DoubleRange(min = 0.5, max = 30) double weeks) {
    TimeSpan horizon = TimeSpan.weeks(weeks);
    double total = 0.0;
    double mean = 0.0;
    // Purchase rates reach about 30 a week at r = 3, alpha = 1: 1,000 counts cover 30 weeks.
    for (int n = 0; n <= 1000; n++) {
      double p = model.probabilityOfPurchases(n, horizon);
      assertThat(p).isBetween(0.0, 1.0);
      total += p;
      mean += n * p;
    }

    assertThat(total).isCloseTo(1.0, within(1e-6));
    assertThat(mean).isCloseTo(model.expectedPurchases(horizon), within(1e-4 * (1 + mean)));
  }

  @Provide
  Arbitrary<RepeatPurchaseModel> models() {
    Arbitrary<Double> r = Arbitraries.doubles().between(0.1, 3);
    Arbitrary<Double> alpha = Arbitraries.doubles().between(1, 30);
    Arbitrary<Double> shape = Arbitraries.doubles().between(0.3, 5);
    Arbitrary<RepeatPurchaseModel> bgNbd = Combinators.combine(r, alpha, shape, shape)
        .as((a, b, c, d) -> new BgNbdModel(a, b, c, d, WEEK));
    Arbitrary<RepeatPurchaseModel> mbgNbd = Combinators.combine(r, alpha, shape, shape)
        .as((a, b, c, d) -> new MbgNbdModel(a, b, c, d, WEEK));
    Arbitrary<RepeatPurchaseModel> paretoNbd = Combinators.combine(r, alpha, shape, alpha)
        .as((a, b, c, d) -> new ParetoNbdModel(a, b, c, d, WEEK));
    return Arbitraries.oneOf(bgNbd, mbgNbd, paretoNbd);
  }
}
