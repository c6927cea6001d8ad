package io.crmkit.core.product;

import static io.crmkit.core.fixtures.SalesFixtures.aLineItem;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LineItemProperties {

  @Property
  void net_never_exceeds_gross_and_is_never_negative(@ForAll("lineItems") LineItem item) {
    assertThat(item.net().isNegative()).isFalse();
    assertThat(item.net().compareTo(item.gross())).isLessThanOrEqualTo(0);
  }

  @Property
  void net_is_gross_less_the_discount(@ForAll("lineItems") LineItem item) {
    assertThat(item.net().plus(item.discountAmount())).isEqualTo(item.gross());
  }

  @Property
  void gross_is_quantity_times_unit_price_within_half_a_minor_unit(@ForAll("lineItems") LineItem item) {
    BigDecimal exact = item.quantity().multiply(item.unitPrice().amount());
    BigDecimal halfMinorUnit = BigDecimal.ONE.movePointLeft(Math.max(0, item.currency().getDefaultFractionDigits()))
        .divide(BigDecimal.valueOf(2), 10, RoundingMode.UNNECESSARY);
    assertThat(item.gross().amount().subtract(exact).abs()).isLessThanOrEqualTo(halfMinorUnit);
  }

  @Property
  void a_zero_percent_discount_leaves_the_gross(@ForAll("lineItems") LineItem item) {
    // when
    LineItem zero = item.withDiscount(Discount.percent(BigDecimal.ZERO));
    // then
    assertThat(zero.net()).isEqualTo(zero.gross());
    assertThat(zero.gross()).isEqualTo(item.gross());
  }

  @Property
  void a_hundred_percent_discount_makes_any_line_free(@ForAll("lineItems") LineItem item) {
    assertThat(item.withDiscount(Discount.percent("100")).net().isZero()).isTrue();
  }

  @Property
  void normalisation_is_idempotent(@ForAll("lineItems") LineItem item) {
    assertThat(LineItem.builder().from(item).build()).isEqualTo(item);
  }

  @Property
  void trailing_zeros_in_the_quantity_make_no_difference(
      @ForAll("lineItems") LineItem item, @ForAll @IntRange(min = 1, max = 5) int extraZeros) {
    // when
    LineItem padded = item.withQuantity(item.quantity().setScale(item.quantity().scale() + extraZeros));
    // then
    assertThat(padded).isEqualTo(item);
  }

  @Property
  void a_quantity_of_zero_or_less_is_always_rejected(@ForAll @BigRange(max = "0") BigDecimal quantity) {
    assertRejected("lineItem.quantity", "positive", () -> aLineItem().quantity(quantity).build());
  }

  @Property
  void a_percentage_outside_0_to_100_is_always_rejected(@ForAll("outsidePercent") BigDecimal percent) {
    assertRejected("discount.percent", "range", () -> Discount.percent(percent));
  }

  @Property
  void a_fixed_discount_above_the_gross_is_always_rejected(@ForAll("lineItems") LineItem item,
      @ForAll @LongRange(min = 1, max = 100_000) long minorUnitsTooMany) {
    // given
    Money tooMuch = item.gross().plus(Money.ofMinor(minorUnitsTooMany, item.currency().getCurrencyCode()));
    // when / then
    assertRejected("lineItem.discount", "range", () -> item.withDiscount(Discount.amount(tooMuch)));
  }

  @Provide
  Arbitrary<LineItem> lineItems() {
    return SalesFixtures.lineItems();
  }

  @Provide
  Arbitrary<BigDecimal> outsidePercent() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().lessThan(BigDecimal.ZERO).ofScale(3),
        Arbitraries.bigDecimals().greaterThan(BigDecimal.valueOf(100)).ofScale(3));
  }
}
