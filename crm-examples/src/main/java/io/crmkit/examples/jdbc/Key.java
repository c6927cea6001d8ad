package io.crmkit.examples.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A natural key a {@link JdbcStore} looks records up by, such as an account's folded name or a
 * contact's e-mail addresses: a column of the aggregate's table when a record has at most one
 * value, a side table when it has several. Values are the key's normalised text.
 *
 * @param <A> the aggregate type
 */
sealed interface Key<A> {
  /** A key every record has exactly one value of, in a column of the aggregate's table. */
  static <A> Column<A> column(String name, Function<? super A, String> value) {
    Objects.requireNonNull(value, "value");
    return new Column<>(name, a -> Optional.of(value.apply(a)));
  }

  /** A key a record has at most one value of, in a column of the aggregate's table (null when none). */
  static <A> Column<A> optionalColumn(String name, Function<? super A, Optional<String>> value) {
    return new Column<>(name, value);
  }

  /**
   * A key a record has any number of values of, in a side table of (owner id, value) rows.
   *
   * @param table the side table, such as {@code crm_contact_email}
   * @param ownerColumn its column holding the aggregate's id, such as {@code contact_id}
   * @param valueColumn its column holding a value, such as {@code email}
   */
  static <A> SideTable<A> sideTable(
      String table, String ownerColumn, String valueColumn, Function<? super A, ? extends Collection<String>> values) {
    return new SideTable<>(table, ownerColumn, valueColumn, values, Optional.empty(), false);
  }

  /**
   * A key a record has any number of values of, in a look-up table of (value, owner id) rows whose
   * primary key is (value, owner id) and which has no other index: for values that arrive in no
   * order, such as e-mail addresses. The rows are inserted by the transaction in key order, before
   * its next read and at its commit ({@link Database#insertInKeyOrder}), so the database adds them
   * to its index in order instead of one random page each; on H2 that made an import of contacts
   * nearly twice as fast. A record's rows are deleted by (value, owner id), from the values it had.
   *
   * @param table the look-up table, such as {@code crm_contact_email}
   * @param ownerColumn its column holding the aggregate's id, such as {@code contact_id}
   * @param valueColumn its column holding a value, such as {@code email}
   */
  static <A> SideTable<A> inKeyOrder(
      String table, String ownerColumn, String valueColumn, Function<? super A, ? extends Collection<String>> values) {
    return new SideTable<>(table, ownerColumn, valueColumn, values, Optional.empty(), true);
  }

  /**
   * A key a record usually has one value of and may have several of: the first value in a column of
   * the aggregate's table, any others in a side table of (owner id, value) rows. A record with one
   * value writes no side-table row, which is what makes saving many such records cheap: each
   * side-table row costs a table entry, a primary-key entry and a value-index entry.
   *
   * @param firstValueColumn the aggregate table's column holding the first value, such as
   *     {@code first_email}; null when the record has no value
   * @param table the side table of the other values, such as {@code crm_contact_email}
   * @param ownerColumn its column holding the aggregate's id, such as {@code contact_id}
   * @param valueColumn its column holding a value, such as {@code email}
   */
  static <A> SideTable<A> firstInColumn(String firstValueColumn, String table, String ownerColumn, String valueColumn,
      Function<? super A, ? extends Collection<String>> values) {
    return new SideTable<>(table, ownerColumn, valueColumn, values,
        Optional.of(Objects.requireNonNull(firstValueColumn, "firstValueColumn")), false);
  }

  /**
   * The texts of a record's values in order, for the value function of a side-table key: without a
   * stream, since most records have one value or none and a key's values are read for every save.
   */
  static <T> List<String> texts(List<T> values, Function<? super T, String> text) {
    if (values.isEmpty()) {
      return List.of();
    }
    if (values.size() == 1) {
      return List.of(text.apply(values.get(0)));
    }
    List<String> texts = new ArrayList<>(values.size());
    for (T value : values) {
      texts.add(text.apply(value));
    }
    return Collections.unmodifiableList(texts);
  }

  /**
   * A column of the aggregate's table holding a key.
   *
   * @param name the column's name
   * @param value the record's value, empty to store null
   */
  record Column<A>(String name, Function<? super A, Optional<String>> value) implements Key<A> {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }

    /** The record's value of this key, if it has one. */
    Optional<String> valueOf(A record) {
      return value.apply(record);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A side table holding a key's values, one row per value.
   *
   * @param table the side table's name
   * @param ownerColumn the column with the aggregate's id
   * @param valueColumn the column with a value
   * @param values the record's values
   * @param firstValueColumn the aggregate table's column holding the first value, when the side
   *     table holds only the others
   * @param inKeyOrder whether the rows are written in key order and deleted by value ({@link #inKeyOrder})
   */
  record SideTable<A>(
      String table, String ownerColumn, String valueColumn, Function<? super A, ? extends Collection<String>> values,
      Optional<String> firstValueColumn, boolean inKeyOrder)
      implements Key<A> {
    public SideTable {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(ownerColumn, "ownerColumn");
      Objects.requireNonNull(valueColumn, "valueColumn");
      Objects.requireNonNull(values, "values");
      Objects.requireNonNull(firstValueColumn, "firstValueColumn");
      if (inKeyOrder && firstValueColumn.isPresent()) {
        throw new IllegalArgumentException("a key written in key order keeps every value in its table");
      }
    }

    /** The record's distinct values of this key, in the record's order. */
    Set<String> valuesOf(A record) {
      return new LinkedHashSet<>(values.apply(record));
    }

    /** The record's first value, for {@link #firstValueColumn}. */
    Optional<String> firstValueOf(A record) {
      Collection<String> all = values.apply(record);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.iterator().next());
    }

    /** The record's values written to the side table: all, or all but the first when it has a column. */
    List<String> sideTableValuesOf(A record) {
      Collection<String> all = values.apply(record);
      if (all.size() <= 1) {
        // most records have at most one value: nothing for a side table that keeps the first in a column
        return firstValueColumn.isPresent() ? List.of() : List.copyOf(all);
      }
      List<String> distinct = List.copyOf(new LinkedHashSet<>(all));
      return firstValueColumn.isPresent() && !distinct.isEmpty() ? distinct.subList(1, distinct.size()) : distinct;
    }

    @Override
    public String toString() {
      return table + "." + valueColumn;
    }
  }
}
