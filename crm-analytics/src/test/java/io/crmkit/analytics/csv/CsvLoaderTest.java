package io.crmkit.analytics.csv;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crmkit.core.value.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLoaderTest {
  /** A row of the test files: a name, a day and an amount. */
  record Row(String name, LocalDate day, Money amount) {}

  private static final List<String> COLUMNS = List.of("name", "day", "amount", "currency");

  private static Row read(CsvRow row) {
    return new Row(row.text("name"), row.date("day"), row.money("amount", "currency"));
  }

  @Test
  void quoted_fields_hold_commas_quotes_and_line_breaks_and_crlf_and_a_bom_are_read() {
    String csv = "\uFEFFName,Day,Amount,Currency\r\n"
        + "\"Acme, Inc.\",2026-01-05,12.50,EUR\r\n"
        + "\"The \"\"Big\"\" one\nsecond line\",2026-01-06,3,usd\r\n";

    CsvLoad<Row> load = CsvLoader.load(csv, COLUMNS, CsvLoaderTest::read);

    assertThat(load.isClean()).isTrue();
    assertThat(load.rows()).containsExactly(
        new Row("Acme, Inc.", LocalDate.of(2026, 1, 5), Money.of("12.50", "EUR")),
        new Row("The \"Big\" one\nsecond line", LocalDate.of(2026, 1, 6), Money.of("3", "USD")));
  }

  @Test
  void every_bad_row_is_reported_with_its_line_field_and_rule_and_the_good_rows_are_kept() {
    // given: line 3 has a bad date, line 4 too few cells, line 5 a bad currency, line 7 (after a
    // quoted line break) no name; line 2 and 8 are good
    String csv = """
        name,day,amount,currency
        a,2026-01-05,1,EUR
        b,05/01/2026,1,EUR
        c,2026-01-05,1
        d,2026-01-05,1,XYZ
        "e
        ",2026-01-05,x,EUR
         ,2026-01-05,1,EUR
        f,2026-01-07,2,EUR
        """;

    // when
    CsvLoad<Row> load = CsvLoader.load(csv, COLUMNS, CsvLoaderTest::read);

    // then
    assertThat(load.rows()).extracting(Row::name).containsExactly("a", "f");
    assertThat(load.rejected()).extracting(RejectedRow::line, RejectedRow::field, RejectedRow::rule).containsExactly(
        tuple(3, "day", "date"),
        tuple(4, "csv", "field-count"),
        tuple(5, "currency", "iso4217"),
        tuple(6, "amount", "number"),
        tuple(8, "name", "required"));
    assertThat(load.rejected().get(0).value()).isEqualTo("05/01/2026");
    assertThat(load.rejected().get(0))
        .hasToString("line 3: day: date (was '05/01/2026'): expected an ISO date such as 2026-03-31");
    assertRejected("csv", "rejected-rows", load::requireClean);
  }

  @Test
  void the_typed_readers_read_what_they_promise() {
    String csv = "at,n,flag,maybe,kind\n2026-01-05T09:00:00Z,42,Yes,,feature request\n";

    CsvLoad<List<Object>> load = CsvLoader.load(csv, List.of("at"), row -> List.of(
        row.instant("at"), row.integer("n"), row.flag("flag"), row.flag("maybe", false),
        row.optionalDate("maybe").isPresent(), row.oneOf("kind", Kind.class), row.has("missing"),
        row.optionalText("missing").isPresent(), row.decimal("n").intValue(), row.line()));

    assertThat(load.requireClean()).containsExactly(List.of(
        Instant.parse("2026-01-05T09:00:00Z"), 42, true, false, false, Kind.FEATURE_REQUEST, false, false, 42, 2));
  }

  /** An enum read by name. */
  enum Kind {
    QUESTION,
    FEATURE_REQUEST
  }

  @Test
  void bad_typed_cells_are_refused_naming_the_column() {
    String csv = "at,n,flag,kind\nyesterday,4.5,perhaps,complaint\n";

    CsvLoad<Object> instants = CsvLoader.load(csv, List.of(), row -> row.instant("at"));
    CsvLoad<Object> integers = CsvLoader.load(csv, List.of(), row -> row.integer("n"));
    CsvLoad<Object> flags = CsvLoader.load(csv, List.of(), row -> row.flag("flag"));
    CsvLoad<Object> kinds = CsvLoader.load(csv, List.of(), row -> row.oneOf("kind", Kind.class));

    assertThat(instants.rejected().get(0).rule()).isEqualTo("instant");
    assertThat(integers.rejected().get(0).rule()).isEqualTo("integer");
    assertThat(flags.rejected().get(0).rule()).isEqualTo("boolean");
    assertThat(kinds.rejected().get(0).rule()).isEqualTo("one-of");
    assertThat(kinds.rejected().get(0).field()).isEqualTo("kind");
  }

  @Test
  void a_file_that_is_not_csv_or_lacks_a_column_is_refused_whole() {
    assertRejected("csv.header", "missing-column", () -> CsvLoader.load("name,day\n", COLUMNS, CsvLoaderTest::read));
    assertRejected("csv.header", "duplicate", () -> CsvLoader.load("a,A\n", List.of(), row -> row));
    assertRejected("csv.header", "required", () -> CsvLoader.load("a,,b\n", List.of(), row -> row));
    assertRejected("csv", "empty", () -> CsvLoader.load("", List.of(), row -> row));
    assertRejected("csv", "unterminated-quote", () -> CsvLoader.load("a\n\"open\n", List.of(), row -> row));
    assertRejected("csv", "quote", () -> CsvLoader.load("a\nx\"y\n", List.of(), row -> row));
    assertRejected("csv", "quote", () -> CsvLoader.load("a\n\"x\"y\n", List.of(), row -> row));
    assertRejected("csv", "line-end", () -> CsvLoader.load("a\nx\ry\n", List.of(), row -> row));
  }

  @Test
  void a_header_only_file_has_no_rows_and_blank_lines_are_skipped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rows.csv");
    Files.writeString(file, "name,day,amount,currency\n\na,2026-01-05,1,EUR\n\n", StandardCharsets.UTF_8);

    assertThat(CsvLoader.load("name,day,amount,currency\n", COLUMNS, CsvLoaderTest::read).rows()).isEmpty();
    CsvLoad<Row> load = CsvLoader.load(file, COLUMNS, CsvLoaderTest::read);
    assertThat(load.rows()).hasSize(1);
    assertThat(load.isClean()).isTrue();
  }
}
