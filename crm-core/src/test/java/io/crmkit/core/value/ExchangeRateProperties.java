package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ExchangeRateProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("exchangeRates") ExchangeRate rate) {
    ExchangeRate again = new ExchangeRate(rate.from(), rate.to(), rate.rate(), rate.effectiveOn());

    assertThat(again).isEqualTo(rate);
  }

  @Property
  void rates_equal_in_value_are_equal(@ForAll("exchangeRates") ExchangeRate rate,
      @ForAll @IntRange(min = 1, max = 6) int extraZeros) {
    BigDecimal padded = rate.rate().setScale(Math.max(0, rate.rate().scale()) + extraZeros);

    assertThat(new ExchangeRate(rate.from(), rate.to(), padded, rate.effectiveOn())).isEqualTo(rate);
  }

  @Property
  void the_inverse_goes_the_other_way_on_the_same_day(@ForAll("exchangeRates") ExchangeRate rate) {
    ExchangeRate inverse = rate.inverse();

    assertThat(inverse.from()).isEqualTo(rate.to());
    assertThat(inverse.to()).isEqualTo(rate.from());
    assertThat(inverse.effectiveOn()).isEqualTo(rate.effectiveOn());
    assertThat(inverse.rate().precision()).isLessThanOrEqualTo(16);
  }

  @Property
  void a_rate_times_its_inverse_is_one_to_16_digits(@ForAll("exchangeRates") ExchangeRate rate) {
    BigDecimal product = rate.rate().multiply(rate.inverse().rate());

    assertThat(product.subtract(BigDecimal.ONE).abs()).isLessThanOrEqualTo(new BigDecimal("1E-15"));
  }

  @Property
  void a_rate_of_zero_or_below_is_rejected(@ForAll("exchangeRates") ExchangeRate rate) {
    assertRejected(() -> new ExchangeRate(rate.from(), rate.to(), rate.rate().negate(), rate.effectiveOn()),
        "rate.rate", "positive");
  }

  @Property
  void a_rate_between_one_currency_and_itself_is_rejected(@ForAll("exchangeRates") ExchangeRate rate) {
    assertRejected(() -> new ExchangeRate(rate.from(), rate.from(), rate.rate(), rate.effectiveOn()),
        "rate.to", "distinct");
  }

  @Property
  void a_rate_beyond_ten_to_the_18_either_way_is_rejected(@ForAll @IntRange(min = 19, max = 1_000_000) int exponent,
      @ForAll("exchangeRates") ExchangeRate rate) {
    assertRejected(() -> new ExchangeRate(rate.from(), rate.to(), BigDecimal.ONE.scaleByPowerOfTen(exponent),
        rate.effectiveOn()), "rate.rate", "range");
    assertRejected(() -> new ExchangeRate(rate.from(), rate.to(), BigDecimal.ONE.scaleByPowerOfTen(-exponent),
        rate.effectiveOn()), "rate.rate", "range");
  }

  @Property
  void a_rate_of_more_than_34_significant_digits_is_rejected(@ForAll("exchangeRates") ExchangeRate rate) {
    BigDecimal r = rate.rate();
    BigDecimal tooPrecise = new BigDecimal(r.unscaledValue().multiply(BigInteger.TEN.pow(34)).add(BigInteger.ONE),
        r.scale() + 34);

    assertRejected(() -> new ExchangeRate(rate.from(), rate.to(), tooPrecise, rate.effectiveOn()),
        "rate.rate", "precision");
  }

  @Provide
  Arbitrary<ExchangeRate> exchangeRates() {
    return ValueArbitraries.exchangeRates();
  }
}
