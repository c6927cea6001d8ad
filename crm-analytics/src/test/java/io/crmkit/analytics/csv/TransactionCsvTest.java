package io.crmkit.analytics.csv;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.transaction.Transactions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionCsvTest {
  private static final TransactionCsv CSV = TransactionCsv.columns("customer", "date", "amount");

  @TempDir Path dir;

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void the_cdnow_sample_loads_every_row() throws IOException {
    TransactionCsvResult loaded;
    try (InputStream in = getClass().getResourceAsStream("/cdnow/CDNOW_sample.csv");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      loaded = TransactionCsv.columns("customer_id", "date", "dollar_value").read(reader);
    }

    Transactions purchases = loaded.transactions();
    assertThat(loaded.isClean()).isTrue();
    assertThat(loaded.rowsRead()).isEqualTo(6_919);
    assertThat(purchases.size()).isEqualTo(6_919);
    assertThat(purchases.customerCount()).isEqualTo(2_357);
    assertThat(purchases.customerId(purchases.customerIndex(0))).isEqualTo("1");
    assertThat(purchases.day(0)).isEqualTo(LocalDate.parse("1997-01-01"));
    assertThat(purchases.amount(0)).isEqualTo(29.33);
    assertThat(purchases.lastDay()).hasValue(LocalDate.parse("1998-06-30"));
  }

  @Test
  void every_bad_row_is_reported_with_its_line_and_the_good_rows_load() {
    TransactionCsvResult loaded = CSV.read(lines(
        "customer,date,amount",
        "a,2024-01-02,10.50",
        " ,2024-01-03,1",
        "b,2024-02-30,1",
        "c,2024-01-04,\"12,50\"",
        "d,2024-01-05",
        "e,2024-01-06,$5",
        "f,2024-01-07,1e3",
        "g,2024-01-08,-7"));

    assertThat(loaded.transactions().size()).isEqualTo(2);
    assertThat(loaded.rowsRead()).isEqualTo(8);
    assertThat(loaded.badRows()).isEqualTo(6);
    assertThat(loaded.problems()).extracting(RejectedRow::toString).containsExactly(
        "line 3: customer: no customer id",
        "line 4: date: '2024-02-30' is not a date in the format yyyy-MM-dd",
        "line 5: amount: '12,50' is not an amount: write digits with an optional sign and decimal point, such as"
            + " -12.50",
        "line 6: the row has 2 fields but the header names 3 columns",
        "line 7: amount: '$5' is not an amount: write digits with an optional sign and decimal point, such as -12.50",
        "line 8: amount: '1e3' is not an amount: write digits with an optional sign and decimal point, such as"
            + " -12.50");
    assertThat(loaded.transactions().amount(1)).isEqualTo(-7);
  }

  @Test
  void quotes_break_no_row_but_their_misuse_is_reported() {
    TransactionCsvResult loaded = CSV.read(lines(
        "customer,date,amount",
        "\"Smith, \"\"Jo\"\"\",2024-01-02,1",
        "\"multi",
        "line\",2024-01-03,2",
        "\"x\"y,2024-01-04,3",
        "ab\"c,2024-01-05,4",
        "z,2024-01-06,5"));

    Transactions purchases = loaded.transactions();
    assertThat(purchases.size()).isEqualTo(3);
    assertThat(purchases.customerId(0)).isEqualTo("Smith, \"Jo\"");
    assertThat(purchases.customerId(1)).isEqualTo("multi\nline");
    assertThat(loaded.problems()).extracting(RejectedRow::line).containsExactly(5, 6);
    assertThat(loaded.problems().get(0).message()).startsWith("column 1: text after the closing quote");
    assertThat(loaded.problems().get(1).message()).startsWith("column 1: a quote inside a field");
  }

  @Test
  void a_quote_left_open_is_reported_at_the_line_it_opened() {
    TransactionCsvResult loaded = CSV.read(lines("customer,date,amount", "a,2024-01-02,1", "\"b,2024-01-03,2", "c"));

    assertThat(loaded.transactions().size()).isEqualTo(1);
    assertThat(loaded.problems()).extracting(RejectedRow::toString)
        .containsExactly("line 3: column 1: the quote opened on line 3 is never closed");
  }

  @Test
  void crlf_line_ends_a_byte_order_mark_and_empty_lines_are_read() {
    TransactionCsvResult loaded = CSV.read("\uFEFFcustomer,date,amount\r\na,2024-01-02,1\r\n\r\nb,2024-01-03,2");

    assertThat(loaded.isClean()).isTrue();
    assertThat(loaded.transactions().size()).isEqualTo(2);
    assertThat(loaded.rowsRead()).isEqualTo(2);
  }

  @Test
  void a_carriage_return_alone_is_refused() {
    TransactionCsvResult loaded = CSV.read("customer,date,amount\na,2024-01-02,1\rb,2024-01-03,2\nc,2024-01-04,3\n");

    assertThat(loaded.transactions().size()).isEqualTo(1);
    assertThat(loaded.problems()).extracting(RejectedRow::line).containsExactly(2);
  }

  @Test
  void dates_follow_the_pattern_given_strictly() {
    TransactionCsv compact = CSV.withDatePattern("yyyyMMdd");
    TransactionCsv withTime = CSV.withDatePattern("dd/MM/yyyy HH:mm");

    assertThat(compact.read(lines("customer,date,amount", "a,19970101,1")).transactions().day(0))
        .isEqualTo(LocalDate.parse("1997-01-01"));
    assertThat(compact.read(lines("customer,date,amount", "a,19970230,1")).badRows()).isEqualTo(1);
    assertThat(withTime.read(lines("customer,date,amount", "a,31/12/2024 23:59,1")).transactions().day(0))
        .isEqualTo(LocalDate.parse("2024-12-31"));
    assertRejected("csv.dateFormat", "pattern", () -> CSV.withDatePattern("yyyy-MM-dd {"));
  }

  @Test
  void semicolons_and_decimal_commas_are_read_when_asked() {
    TransactionCsv european = CSV.withDelimiter(';').withDecimalComma();

    TransactionCsvResult loaded = european.read(lines("customer;date;amount", "a;2024-01-02;12,50", "b;2024-01-02;1.5"));

    assertThat(loaded.transactions().amount(0)).isEqualTo(12.5);
    assertThat(loaded.problems()).extracting(RejectedRow::line).containsExactly(3);
    assertRejected("csv.decimalSeparator", "notTheDelimiter", CSV::withDecimalComma);
    assertRejected("csv.delimiter", "invalid", () -> CSV.withDelimiter('"'));
  }

  @Test
  void order_ids_and_products_are_read_and_blank_ones_are_absent() {
    TransactionCsvResult loaded = CSV.withOrderIdColumn("order").withProductColumn("sku")
        .read(lines("sku,customer,order,date,amount,note", "cd,a,SO-1,2024-01-02,1,x", ",a,,2024-01-03,2,y"));

    Transactions purchases = loaded.transactions();
    assertThat(purchases.orderId(0)).hasValue("SO-1");
    assertThat(purchases.product(0)).hasValue("cd");
    assertThat(purchases.orderId(1)).isEmpty();
    assertThat(purchases.product(1)).isEmpty();
  }

  @Test
  void without_an_amount_column_every_amount_is_zero() {
    TransactionCsvResult loaded = TransactionCsv.columns("customer", "date")
        .read(lines("customer,date", "a,2024-01-02", "b,2024-01-03"));

    assertThat(loaded.transactions().size()).isEqualTo(2);
    assertThat(loaded.transactions().amount(1)).isZero();
    assertThat(TransactionCsv.columns("customer", "date")).hasToString(
        "TransactionCsv[customer customer, date date (yyyy-MM-dd), no amount, delimiter ',']");
  }

  @Test
  void the_problem_list_is_limited_but_every_bad_row_is_counted() {
    TransactionCsvResult loaded = CSV.withProblemLimit(2)
        .read(lines("customer,date,amount", "a,x,1", "b,y,1", "c,z,1", "d,2024-01-01,1"));

    assertThat(loaded.problems()).hasSize(2);
    assertThat(loaded.badRows()).isEqualTo(3);
    assertThat(loaded.transactions().size()).isEqualTo(1);
  }

  @Test
  void a_column_the_header_lacks_or_repeats_is_refused() {
    assertRejected("csv.amountColumn", "unknownColumn", () -> CSV.read(lines("customer,date,total", "a,2024-01-01,1")));
    assertRejected("csv.customerColumn", "ambiguousColumn",
        () -> CSV.read(lines("customer,date,amount,customer", "a,2024-01-01,1,b")));
    assertRejected("csv.orderIdColumn", "unknownColumn",
        () -> CSV.withOrderIdColumn("order").read(lines("customer,date,amount")));
  }

  @Test
  void a_file_without_a_header_is_refused() {
    assertRejected("csv", "header", () -> CSV.read(""));
    assertRejected("csv", "header", () -> CSV.read("cus\"tomer,date,amount\n"));
    assertRejected("csv.file", "missing", () -> CSV.read(dir.resolve("nothing.csv")));
  }

  @Test
  void column_names_are_required() {
    assertRejected("csv.dateColumn", "required", () -> TransactionCsv.columns("customer", " ", "amount"));
    assertRejected("csv.problemLimit", "notNegative", () -> CSV.withProblemLimit(-1));
  }
}
