package io.crmkit.core.product;

import io.crmkit.core.id.PriceBookId;
import io.crmkit.core.id.ProductId;
import static io.crmkit.core.fixtures.SalesFixtures.CREATED_AT;
import static io.crmkit.core.fixtures.SalesFixtures.PRODUCT_ID;
import static io.crmkit.core.fixtures.SalesFixtures.aPriceBook;
import static io.crmkit.core.fixtures.SalesFixtures.eur;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.value.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceBookTest {
  private static final ProductId OTHER = ProductId.of("prod-onboarding");

  @Test
  void a_price_book_gives_the_price_of_a_product_it_lists() {
    // given
    PriceBook book = aPriceBook().build();
    // when / then
    assertThat(book.priceOf(PRODUCT_ID)).contains(eur("100"));
    assertThat(book.priceOf(OTHER)).isEmpty();
  }

  @Test
  void an_inactive_entry_gives_no_price_but_stays_listed() {
    // given
    PriceBook book = aPriceBook()
        .entries(List.of(PriceBookEntry.of(PRODUCT_ID, eur("100")).deactivated()))
        .build();
    // when / then
    assertThat(book.priceOf(PRODUCT_ID)).isEmpty();
    assertThat(book.entryOf(PRODUCT_ID)).map(PriceBookEntry::active).contains(false);
  }

  @Test
  void a_product_has_at_most_one_entry() {
    assertRejected("priceBook.entries", "duplicate",
        () -> aPriceBook().addEntry(PriceBookEntry.of(PRODUCT_ID, eur("90"))).build());
  }

  @Test
  void every_price_is_in_the_books_currency() {
    assertRejected("priceBook.entries", "mismatch",
        () -> aPriceBook().addEntry(PriceBookEntry.of(OTHER, Money.of("90", "USD"))).build());
  }

  @Test
  void a_negative_price_is_rejected() {
    assertRejected("priceBookEntry.unitPrice", "range", () -> PriceBookEntry.of(OTHER, eur("-0.01")));
  }

  @Test
  void a_free_product_may_be_listed() {
    // when
    PriceBook book = aPriceBook().addEntry(PriceBookEntry.of(OTHER, eur("0"))).build();
    // then
    assertThat(book.priceOf(OTHER)).contains(eur("0"));
  }

  @Test
  void a_name_is_folded_and_required() {
    assertThat(aPriceBook().name(" Partners   2026 ").build().name()).isEqualTo("Partners 2026");
    assertRejected("priceBook.name", "required", () -> aPriceBook().name("  ").build());
  }

  @Test
  void a_book_is_active_and_not_standard_unless_told_otherwise() {
    // when
    PriceBook book = PriceBook.builder().id(PriceBookId.of("pb")).name("Promo").currency(Money.currency("EUR"))
        .createdAt(CREATED_AT).updatedAt(CREATED_AT).build();
    // then
    assertThat(book.active()).isTrue();
    assertThat(book.standard()).isFalse();
    assertThat(book.entries()).isEmpty();
    assertThat(book.recordType()).isEqualTo("PriceBook");
  }

  @Test
  void an_update_before_the_creation_is_rejected() {
    assertRejected("priceBook.updatedAt", "order",
        () -> aPriceBook().updatedAt(CREATED_AT.minusSeconds(1)).build());
  }

  @Test
  void a_negative_version_is_rejected() {
    assertRejected("priceBook.version", "range", () -> aPriceBook().version(-1).build());
  }
}
