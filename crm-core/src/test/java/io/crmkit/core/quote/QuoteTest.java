package io.crmkit.core.quote;

import static io.crmkit.core.fixtures.SalesFixtures.CREATED_AT;
import static io.crmkit.core.fixtures.SalesFixtures.aLineItem;
import static io.crmkit.core.fixtures.SalesFixtures.aQuote;
import static io.crmkit.core.fixtures.SalesFixtures.eur;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.product.Discount;
import io.crmkit.core.product.TaxRate;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {

  @Test
  void a_quote_totals_its_lines_then_adds_tax_on_the_net() {
    // given
    Quote quote = aQuote()
        .lineItems(List.of(
            aLineItem().quantity(new BigDecimal("10")).unitPrice(eur("30")).discount(Discount.percent("10")).build(),
            aLineItem().quantity(BigDecimal.ONE).unitPrice(eur("500")).discount(Discount.amount(eur("20"))).build()))
        .taxRate(TaxRate.of("19"))
        .build();
    // when / then
    assertThat(quote.subtotal()).isEqualTo(eur("800"));
    assertThat(quote.discountTotal()).isEqualTo(eur("50"));
    assertThat(quote.netTotal()).isEqualTo(eur("750"));
    assertThat(quote.taxAmount()).isEqualTo(eur("142.50"));
    assertThat(quote.grandTotal()).isEqualTo(eur("892.50"));
  }

  @Test
  void without_a_tax_rate_the_grand_total_is_the_net_total() {
    // when
    Quote quote = aQuote().build();
    // then
    assertThat(quote.taxAmount()).isEqualTo(eur("0"));
    assertThat(quote.grandTotal()).isEqualTo(eur("200"));
  }

  @Test
  void the_totals_follow_the_lines() {
    // given
    Quote quote = aQuote().build();
    // when
    Quote more = quote.withLineItems(aLineItem().build(), aLineItem().build());
    // then
    assertThat(more.netTotal()).isEqualTo(eur("400"));
  }

  @Test
  void lines_in_another_currency_are_rejected() {
    assertRejected("quote.lineItems", "mismatch",
        () -> aQuote().addLineItem(aLineItem().unitPrice(Money.of("1", "USD")).build()).build());
  }

  @Test
  void a_quote_number_is_folded_and_upper_case() {
    assertThat(aQuote().quoteNumber("  q-2026\t 0042 ").build().quoteNumber()).isEqualTo("Q-2026 0042");
  }

  @Test
  void a_blank_quote_number_is_rejected() {
    assertRejected("quote.quoteNumber", "required", () -> aQuote().quoteNumber("  ").build());
  }

  @Test
  void a_quote_starts_as_an_unsaved_draft() {
    // when
    Quote quote = aQuote().build();
    // then
    assertThat(quote.status()).isEqualTo(QuoteStatus.DRAFT);
    assertThat(quote.version()).isZero();
    assertThat(quote.recordType()).isEqualTo("Quote");
  }

  @Test
  void a_draft_may_have_no_lines_yet() {
    assertThat(aQuote().lineItems(List.of()).build().grandTotal()).isEqualTo(eur("0"));
  }

  @Test
  void a_presented_or_accepted_quote_has_at_least_one_line() {
    assertRejected("quote.lineItems", "required",
        () -> aQuote().status(QuoteStatus.PRESENTED).lineItems(List.of()).build());
    assertRejected("quote.lineItems", "required",
        () -> aQuote().status(QuoteStatus.ACCEPTED).lineItems(List.of()).build());
  }

  @Test
  void an_expired_or_rejected_quote_may_have_no_lines() {
    assertThat(aQuote().status(QuoteStatus.EXPIRED).lineItems(List.of()).build().lineItems()).isEmpty();
    assertThat(aQuote().status(QuoteStatus.REJECTED).lineItems(List.of()).build().lineItems()).isEmpty();
  }

  @Test
  void accepted_rejected_and_expired_are_final() {
    assertThat(QuoteStatus.values()).filteredOn(QuoteStatus::isFinal)
        .containsExactly(QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.EXPIRED);
  }

  @Test
  void an_update_before_the_creation_is_rejected() {
    assertRejected("quote.updatedAt", "order", () -> aQuote().updatedAt(CREATED_AT.minusSeconds(1)).build());
  }

  @Test
  void a_negative_version_is_rejected() {
    assertRejected("quote.version", "range", () -> aQuote().version(-1).build());
  }
}
