package io.crmkit.examples.report;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A text table pads columns to their widest cell, aligns numbers right and rules off its totals. */
class TextTableTest {

  @Test
  void columns_are_as_wide_as_their_widest_cell_and_numbers_align_right() {
    TextTable table = TextTable.of(TextTable.left("STAGE"), TextTable.right("DEALS"));
    table.row("Discovery", "12").row("Commit", "3").total("All", "15");

    assertThat(table.render()).isEqualTo("""
          STAGE      DEALS
          ---------  -----
          Discovery     12
          Commit         3
          ---------  -----
          All           15
        """);
  }

  @Test
  void a_table_without_totals_ends_with_its_last_row_and_no_trailing_spaces() {
    String text = TextTable.of(TextTable.left("OWNER"), TextTable.left("NOTE")).row("anna", "").render();

    assertThat(text).isEqualTo("  OWNER  NOTE\n  -----  ----\n  anna\n");
  }

  @Test
  void a_row_with_a_cell_too_many_or_too_few_is_refused() {
    TextTable table = TextTable.of(TextTable.left("A"), TextTable.left("B"));

    assertRejected("table.row", "size", () -> table.row("only one"));
    assertRejected("table.row", "size", () -> table.total("one", "two", "three"));
    assertRejected("table.columns", "required", () -> TextTable.of());
  }
}
