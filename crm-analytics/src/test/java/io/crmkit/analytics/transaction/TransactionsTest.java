package io.crmkit.analytics.transaction;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransactionsTest {
  private static final LocalDate JAN_1 = LocalDate.parse("1997-01-01");
  private static final LocalDate JAN_18 = LocalDate.parse("1997-01-18");

  @Test
  void customers_are_numbered_in_the_order_they_first_appear() {
    Transactions table = Transactions.builder()
        .add("C-2", JAN_1, 10)
        .add("C-1", JAN_1, 20)
        .add("C-2", JAN_18, 30)
        .build();

    assertThat(table.size()).isEqualTo(3);
    assertThat(table.customerCount()).isEqualTo(2);
    assertThat(table.customerId(table.customerIndex(0))).isEqualTo("C-2");
    assertThat(table.customerIndex(2)).isEqualTo(table.customerIndex(0));
    assertThat(table.customerIndexOf("C-1")).hasValue(1);
    assertThat(table.customerIndexOf("C-9")).isEmpty();
  }

  @Test
  void a_row_reads_back_its_day_amount_order_and_product() {
    Transactions table = Transactions.builder()
        .add(" C-1 ", JAN_18, -4.5, Optional.of(" SO-1 "), Optional.of("cd"))
        .add("C-1", JAN_1, 12.0)
        .build();

    assertThat(table.customerId(0)).isEqualTo("C-1");
    assertThat(table.day(0)).isEqualTo(JAN_18);
    assertThat(table.epochDay(0)).isEqualTo((int) JAN_18.toEpochDay());
    assertThat(table.amount(0)).isEqualTo(-4.5);
    assertThat(table.orderId(0)).hasValue("SO-1");
    assertThat(table.product(0)).hasValue("cd");
    assertThat(table.orderId(1)).isEmpty();
    assertThat(table.product(1)).isEmpty();
  }

  @Test
  void the_first_and_last_day_span_every_row() {
    Transactions table = Transactions.builder().add("a", JAN_18, 1).add("b", JAN_1, 1).build();

    assertThat(table.firstDay()).hasValue(JAN_1);
    assertThat(table.lastDay()).hasValue(JAN_18);
    assertThat(table).hasToString("Transactions[2 rows, 2 customers, 1997-01-01..1997-01-18]");
  }

  @Test
  void an_empty_table_has_no_days() {
    Transactions table = Transactions.builder().build();

    assertThat(table.isEmpty()).isTrue();
    assertThat(table.customerCount()).isZero();
    assertThat(table.firstDay()).isEmpty();
    assertThat(table.lastDay()).isEmpty();
  }

  @Test
  void columns_make_the_same_table_as_rows() {
    Transactions fromColumns = Transactions.ofColumns(List.of("a", "b"), new int[] {1, 0, 1},
        new int[] {(int) JAN_1.toEpochDay(), (int) JAN_18.toEpochDay(), (int) JAN_18.toEpochDay()},
        new double[] {1, 2, 3});

    assertThat(fromColumns.customerId(fromColumns.customerIndex(0))).isEqualTo("b");
    assertThat(fromColumns.day(1)).isEqualTo(JAN_18);
    assertThat(fromColumns.amount(2)).isEqualTo(3);
    assertThat(fromColumns.customerIndexOf("a")).hasValue(0);
  }

  @Test
  void the_columns_are_copied_so_later_changes_do_not_leak_in() {
    double[] amounts = {1, 2};
    Transactions table = Transactions.ofColumns(List.of("a"), new int[] {0, 0},
        new int[] {0, 1}, amounts);

    amounts[0] = 99;

    assertThat(table.amount(0)).isEqualTo(1);
  }

  @Test
  void a_blank_customer_id_is_refused() {
    assertRejected("transaction.customerId", "required",
        () -> Transactions.builder().add(" ", JAN_1, 1));
  }

  @Test
  void an_amount_that_is_not_a_number_is_refused() {
    assertRejected("transaction.amount", "finite",
        () -> Transactions.builder().add("a", JAN_1, Double.NaN));
    assertRejected("transaction.amount", "finite",
        () -> Transactions.builder().add("a", JAN_1, Double.POSITIVE_INFINITY));
  }

  @Test
  void a_missing_day_is_refused() {
    assertRejected("transaction.day", "required",
        () -> Transactions.builder().add("a", null, 1));
  }

  @Test
  void a_blank_order_id_is_refused_but_an_absent_one_is_fine() {
    assertRejected("transaction.orderId", "notBlank",
        () -> Transactions.builder().add("a", JAN_1, 1, Optional.of(" "), Optional.empty()));
  }

  @Test
  void columns_of_unequal_length_are_refused() {
    assertRejected("transactions", "columnsOfEqualLength",
        () -> Transactions.ofColumns(List.of("a"), new int[] {0}, new int[] {0, 1}, new double[] {1}));
  }

  @Test
  void a_customer_number_outside_the_ids_is_refused() {
    assertRejected("transaction.customer", "knownCustomerNumber",
        () -> Transactions.ofColumns(List.of("a"), new int[] {1}, new int[] {0}, new double[] {1}));
  }

  @Test
  void repeated_customer_ids_in_columns_are_refused() {
    assertRejected("transaction.customerId", "unique",
        () -> Transactions.ofColumns(List.of("a", " a"), new int[] {0}, new int[] {0}, new double[] {1}));
  }

  @Test
  void a_day_too_far_from_today_for_a_day_number_is_refused() {
    assertRejected("transaction.day", "supportedRange",
        () -> Transactions.builder().add("a", LocalDate.MAX, 1));
  }
}
