package io.crmkit.examples.jdbc;

import java.util.Collection;
import java.util.LinkedHashSet;
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
    return new SideTable<>(table, ownerColumn, valueColumn, values);
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
   */
  record SideTable<A>(
      String table, String ownerColumn, String valueColumn, Function<? super A, ? extends Collection<String>> values)
      implements Key<A> {
    public SideTable {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(ownerColumn, "ownerColumn");
      Objects.requireNonNull(valueColumn, "valueColumn");
      Objects.requireNonNull(values, "values");
    }

    /** The record's distinct values of this key, in the record's order. */
    Set<String> valuesOf(A record) {
      return new LinkedHashSet<>(values.apply(record));
    }

    @Override
    public String toString() {
      return table + "." + valueColumn;
    }
  }
}
