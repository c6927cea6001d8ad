package io.crmkit.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.product.Totals;
import io.crmkit.core.value.Money;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class QuoteProperties {

  @Property
  void totals_equal_the_sum_of_the_lines(@ForAll("quotes") Quote quote) {
    Money zero = Money.zero(quote.currency());
    assertThat(quote.subtotal()).isEqualTo(quote.lineItems().stream().map(LineItem::gross).reduce(zero, Money::plus));
    assertThat(quote.discountTotal())
        .isEqualTo(quote.lineItems().stream().map(LineItem::discountAmount).reduce(zero, Money::plus));
    assertThat(quote.netTotal()).isEqualTo(quote.lineItems().stream().map(LineItem::net).reduce(zero, Money::plus));
    assertThat(quote.grandTotal()).isEqualTo(quote.netTotal().plus(quote.taxAmount()));
  }

  @Property
  void totals_are_those_of_its_lines_and_tax_rate(@ForAll("quotes") Quote quote) {
    assertThat(quote.totals()).isEqualTo(Totals.of(quote.currency(), quote.lineItems(), quote.taxRate()));
  }

  @Property
  void a_quote_the_buyer_saw_has_lines(@ForAll("quotes") Quote quote) {
    if (quote.status().isWithBuyer()) {
      assertThat(quote.lineItems()).isNotEmpty();
    }
  }

  @Property
  void normalisation_is_idempotent(@ForAll("quotes") Quote quote) {
    assertThat(Quote.builder().from(quote).build()).isEqualTo(quote);
    assertThat(Quote.normaliseQuoteNumber(quote.quoteNumber())).isEqualTo(quote.quoteNumber());
    assertThat(quote.quoteNumber()).isEqualTo(quote.quoteNumber().toUpperCase(Locale.ROOT));
  }

  @Provide
  Arbitrary<Quote> quotes() {
    return SalesFixtures.quotes();
  }
}
