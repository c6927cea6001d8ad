package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MoneyProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("money") Money money) {
    assertThat(Money.of(money.amount(), money.currency())).isEqualTo(money);
    assertThat(Money.of(money.amount().toPlainString(), money.currency().getCurrencyCode())).isEqualTo(money);
  }

  @Property
  void amounts_equal_in_value_give_equal_money(
      @ForAll("amounts") BigDecimal amount, @ForAll @IntRange(min = 0, max = 6) int extraZeros,
      @ForAll("currencies") Currency currency) {
    BigDecimal padded = amount.setScale(amount.scale() + extraZeros);

    assertThat(Money.of(padded, currency)).isEqualTo(Money.of(amount, currency));
    assertThat(Money.of(padded, currency).hashCode()).isEqualTo(Money.of(amount, currency).hashCode());
  }

  @Property
  void the_scale_is_the_currency_minor_units_or_more_when_more_precise(@ForAll("money") Money money) {
    int minor = Math.max(0, money.currency().getDefaultFractionDigits());

    assertThat(money.amount().scale()).isGreaterThanOrEqualTo(minor);
    if (money.amount().scale() > minor) {
      assertThat(money.amount().unscaledValue().mod(java.math.BigInteger.TEN).signum())
          .as("no trailing zero beyond the minor units").isNotZero();
    }
  }

  @Property
  void plus_is_commutative(@ForAll("usd") Money a, @ForAll("usd") Money b) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
  }

  @Property
  void plus_is_associative(@ForAll("usd") Money a, @ForAll("usd") Money b, @ForAll("usd") Money c) {
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
  }

  @Property
  void minus_inverts_plus(@ForAll("money") Money a, @ForAll("amounts") BigDecimal b) {
    Money other = Money.of(b, a.currency());

    assertThat(a.plus(other).minus(other)).isEqualTo(a);
    assertThat(a.minus(a).isZero()).isTrue();
  }

  @Property
  void zero_is_neutral_and_negate_is_the_opposite(@ForAll("money") Money a) {
    assertThat(a.plus(Money.zero(a.currency()))).isEqualTo(a);
    assertThat(a.plus(a.negate()).isZero()).isTrue();
    assertThat(a.negate().negate()).isEqualTo(a);
  }

  @Property
  void times_a_whole_number_is_repeated_plus(@ForAll("usd") Money a, @ForAll @IntRange(min = 0, max = 12) int n) {
    Money sum = Money.zero(a.currency());
    for (int i = 0; i < n; i++) {
      sum = sum.plus(a);
    }

    assertThat(a.times(n)).isEqualTo(sum);
  }

  @Property
  void sign_predicates_agree_with_the_amount(@ForAll("money") Money a) {
    int sign = a.amount().signum();

    assertThat(a.isZero()).isEqualTo(sign == 0);
    assertThat(a.isPositive()).isEqualTo(sign > 0);
    assertThat(a.isNegative()).isEqualTo(sign < 0);
  }

  @Property
  void compare_to_agrees_with_the_amounts_and_with_equals(@ForAll("usd") Money a, @ForAll("usd") Money b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.amount().compareTo(b.amount()));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
  }

  @Property
  void rounded_has_exactly_the_minor_units_and_moves_at_most_half_a_unit(@ForAll("money") Money a) {
    int minor = Math.max(0, a.currency().getDefaultFractionDigits());
    Money rounded = a.rounded();

    assertThat(rounded.amount().scale()).isEqualTo(minor);
    assertThat(rounded.minus(a).amount().abs()).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(minor).divide(BigDecimal.valueOf(2)));
    assertThat(rounded.rounded()).isEqualTo(rounded);
  }

  @Property
  void money_of_two_currencies_is_never_combined(@ForAll("money") Money a, @ForAll("money") Money b) {
    Assume.that(!a.currency().equals(b.currency()));

    assertRejected(() -> a.plus(b), "money.currency", "mismatch");
    assertRejected(() -> a.minus(b), "money.currency", "mismatch");
    assertRejected(() -> a.compareTo(b), "money.currency", "mismatch");
  }

  @Property
  void an_amount_with_more_than_18_decimal_places_is_rejected(
      @ForAll("amounts") BigDecimal amount, @ForAll @IntRange(min = 19, max = 40) int places) {
    BigDecimal tooPrecise = amount.add(BigDecimal.ONE.movePointLeft(places));

    assertRejected(() -> Money.of(tooPrecise, Currency.getInstance("EUR")), "money.amount", "scale");
  }

  @Property
  void an_amount_of_25_digits_or_more_is_rejected(@ForAll @IntRange(min = 24, max = 1_000_000_000) int exponent,
      @ForAll("currencies") Currency currency) {
    BigDecimal huge = BigDecimal.ONE.scaleByPowerOfTen(exponent);

    assertRejected(() -> Money.of(huge, currency), "money.amount", "range");
  }

  @Property
  void conversion_rounds_to_the_target_minor_units(@ForAll("usd") Money usd, @ForAll("rates") BigDecimal rate) {
    Currency jpy = Currency.getInstance("JPY");
    ExchangeRate usdToJpy = new ExchangeRate(usd.currency(), jpy, rate, java.time.LocalDate.of(2026, 1, 1));

    Money converted = usd.convertTo(jpy, usdToJpy);

    assertThat(converted.currency()).isEqualTo(jpy);
    assertThat(converted.amount()).isEqualTo(usd.amount().multiply(rate).setScale(0, RoundingMode.HALF_EVEN));
  }

  @Provide
  Arbitrary<Money> money() {
    return ValueArbitraries.money();
  }

  @Provide
  Arbitrary<Money> usd() {
    return ValueArbitraries.money(Currency.getInstance("USD"));
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return ValueArbitraries.amounts();
  }

  @Provide
  Arbitrary<BigDecimal> rates() {
    return ValueArbitraries.rates().filter(r -> r.compareTo(BigDecimal.valueOf(1000)) < 0);
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.oneOf(ValueArbitraries.currencies(), ValueArbitraries.commonCurrencies());
  }
}
