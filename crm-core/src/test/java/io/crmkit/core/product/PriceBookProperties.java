package io.crmkit.core.product;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.SalesFixtures;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PriceBookProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("priceBooks") PriceBook book) {
    assertThat(PriceBook.builder().from(book).build()).isEqualTo(book);
  }

  @Property
  void every_active_entry_gives_its_price_and_no_inactive_one_does(@ForAll("priceBooks") PriceBook book) {
    for (PriceBookEntry entry : book.entries()) {
      if (entry.active()) {
        assertThat(book.priceOf(entry.productId())).contains(entry.unitPrice());
      } else {
        assertThat(book.priceOf(entry.productId())).isEmpty();
      }
    }
  }

  @Property
  void listing_a_product_twice_is_always_rejected(@ForAll("priceBooks") PriceBook book) {
    net.jqwik.api.Assume.that(!book.entries().isEmpty());
    // given
    PriceBookEntry again = book.entries().get(0);
    // when / then
    assertRejected("priceBook.entries", "duplicate", () -> PriceBook.builder().from(book).addEntry(again).build());
  }

  @Provide
  Arbitrary<PriceBook> priceBooks() {
    return SalesFixtures.priceBooks();
  }
}
