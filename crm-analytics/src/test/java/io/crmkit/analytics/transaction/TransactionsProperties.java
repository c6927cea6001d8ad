package io.crmkit.analytics.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TransactionsProperties {
  record Row(String customer, LocalDate day, double amount) {}

  @Property
  void every_row_reads_back_as_it_was_added(@ForAll("rows") List<Row> rows) {
    Transactions.Builder builder = Transactions.builder();
    rows.forEach(row -> builder.add(row.customer(), row.day(), row.amount()));
    Transactions table = builder.build();

    assertThat(table.size()).isEqualTo(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(table.customerId(table.customerIndex(i))).isEqualTo(rows.get(i).customer());
      assertThat(table.day(i)).isEqualTo(rows.get(i).day());
      assertThat(table.amount(i)).isEqualTo(rows.get(i).amount());
    }
    assertThat(table.customerCount())
        .isEqualTo((int) rows.stream().map(Row::customer).distinct().count());
  }

  @Property
  void copying_a_table_row_by_row_gives_the_same_rows(@ForAll("rows") List<Row> rows) {
    Transactions.Builder builder = Transactions.builder();
    rows.forEach(row -> builder.add(row.customer(), row.day(), row.amount()));
    Transactions table = builder.build();

    Transactions copy = Transactions.builder().addAll(table).build();

    List<Row> original = new ArrayList<>();
    List<Row> copied = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      original.add(new Row(table.customerId(table.customerIndex(i)), table.day(i), table.amount(i)));
      copied.add(new Row(copy.customerId(copy.customerIndex(i)), copy.day(i), copy.amount(i)));
    }
    assertThat(copied).isEqualTo(original);
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<String> customers = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3);
    Arbitrary<LocalDate> days = Arbitraries.integers().between(9_000, 12_000).map(LocalDate::ofEpochDay);
    Arbitrary<Double> amounts = Arbitraries.doubles().between(-100, 10_000);
    return Combinators.combine(customers, days, amounts).as(Row::new).list().ofMaxSize(200);
  }
}
