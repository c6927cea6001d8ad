package io.crmkit.analytics.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.transaction.Transactions;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any table written as RFC 4180 CSV, quoted where needed and with either line end, reads back unchanged. */
class TransactionCsvProperties {
  record Row(String customer, LocalDate day, long cents, String orderId) {}

  @Property
  void a_table_written_as_csv_reads_back_row_for_row(@ForAll("rows") List<Row> rows, @ForAll boolean crlf) {
    String end = crlf ? "\r\n" : "\n";
    StringBuilder csv = new StringBuilder("customer,date,amount,order" + end);
    for (Row row : rows) {
      csv.append(quoted(row.customer())).append(',').append(row.day()).append(',')
          .append(row.cents() / 100).append('.').append(String.format(java.util.Locale.ROOT, "%02d", Math.abs(row.cents() % 100)))
          .append(',').append(quoted(row.orderId())).append(end);
    }

    TransactionCsvResult loaded = TransactionCsv.columns("customer", "date", "amount").withOrderIdColumn("order")
        .read(csv.toString());

    Transactions table = loaded.transactions();
    assertThat(loaded.problems()).isEmpty();
    assertThat(table.size()).isEqualTo(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      assertThat(table.customerId(table.customerIndex(i))).isEqualTo(row.customer().strip());
      assertThat(table.day(i)).isEqualTo(row.day());
      assertThat(table.amount(i)).isEqualTo(Double.parseDouble((row.cents() / 100) + "."
          + String.format(java.util.Locale.ROOT, "%02d", Math.abs(row.cents() % 100))));
      assertThat(table.orderId(i)).hasValue(row.orderId().strip());
    }
  }

  private static String quoted(String field) {
    if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
      return '"' + field.replace("\"", "\"\"") + '"';
    }
    return field;
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<String> texts = Arbitraries.strings().withChars("ab ,\"\n\r;x").ofMinLength(1).ofMaxLength(6)
        .filter(text -> !text.isBlank());
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 20_000).map(LocalDate::ofEpochDay);
    Arbitrary<Long> cents = Arbitraries.longs().between(0, 10_000_000);
    return Combinators.combine(texts, days, cents, texts).as(Row::new).list().ofMaxSize(20);
  }
}
