package io.crmkit.core.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TotalsProperties {

  /** Lines in one currency with an optional tax rate. */
  record Document(Currency currency, List<LineItem> items, Optional<TaxRate> taxRate) {}

  @Property
  void totals_equal_the_sum_of_the_lines(@ForAll("documents") Document d) {
    // when
    Totals totals = Totals.of(d.currency(), d.items(), d.taxRate());
    // then
    assertThat(totals.subtotal()).isEqualTo(sum(d, LineItem::gross));
    assertThat(totals.discountTotal()).isEqualTo(sum(d, LineItem::discountAmount));
    assertThat(totals.netTotal()).isEqualTo(sum(d, LineItem::net));
    assertThat(LineItems.netTotal(d.currency(), d.items())).isEqualTo(totals.netTotal());
  }

  @Property
  void the_grand_total_is_the_net_total_plus_its_tax(@ForAll("documents") Document d) {
    // when
    Totals totals = Totals.of(d.currency(), d.items(), d.taxRate());
    // then
    Money expectedTax = d.taxRate().map(r -> r.taxOn(totals.netTotal())).orElse(Money.zero(d.currency()));
    assertThat(totals.taxAmount()).isEqualTo(expectedTax);
    assertThat(totals.grandTotal()).isEqualTo(totals.netTotal().plus(expectedTax));
  }

  @Property
  void tax_never_exceeds_the_net_total_and_is_never_negative(@ForAll("documents") Document d) {
    Totals totals = Totals.of(d.currency(), d.items(), d.taxRate());
    assertThat(totals.taxAmount().isNegative()).isFalse();
    assertThat(totals.taxAmount().compareTo(totals.netTotal())).isLessThanOrEqualTo(0);
  }

  @Property
  void the_order_of_the_lines_does_not_change_the_totals(@ForAll("documents") Document d) {
    List<LineItem> reversed = com.google.common.collect.Lists.reverse(d.items());
    assertThat(Totals.of(d.currency(), reversed, d.taxRate())).isEqualTo(Totals.of(d.currency(), d.items(), d.taxRate()));
  }

  private static Money sum(Document d, java.util.function.Function<LineItem, Money> part) {
    return d.items().stream().map(part).reduce(Money.zero(d.currency()), Money::plus);
  }

  @Provide
  Arbitrary<Document> documents() {
    return SalesFixtures.currencies().flatMap(currency -> Combinators.combine(
            SalesFixtures.lineItemsIn(currency).list().ofMaxSize(8),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2)
                .map(TaxRate::of).optional())
        .as((items, tax) -> new Document(currency, items, tax)));
  }
}
