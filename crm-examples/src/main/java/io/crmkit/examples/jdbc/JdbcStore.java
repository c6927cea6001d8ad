package io.crmkit.examples.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;
import io.crmkit.core.ConcurrentUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One aggregate's table: saves with optimistic versions, finds by id and by natural key. The JDBC
 * repositories are thin wrappers around one.
 *
 * <p>A row holds the id, the version, the creation and change times, a column per single-valued
 * key and the aggregate as JSON; each multi-valued key has a side table of (id, value) rows,
 * rewritten with every save, and may keep its first value in a column instead (see
 * {@link Key#firstInColumn}). Lists are ordered by {@link Aggregate#createdAt()}, then by id: the
 * query orders by the columns and the rows read are sorted again on the exact values, since a
 * database may keep times to the microsecond only and compare text by its own collation.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
final class JdbcStore<I extends AggregateId, A extends Aggregate<I>> {
  /** SQL state of a unique key violation, in H2 and PostgreSQL alike. */
  private static final String UNIQUE_VIOLATION = "23505";
  /** SQL state of a serialization failure (and of H2's deadlock), for hosts that raise the isolation level. */
  private static final String SERIALIZATION_FAILURE = "40001";
  /** PostgreSQL's SQL state of a deadlock it broke by failing this statement. */
  private static final String DEADLOCK = "40P01";
  /** H2's error code for a row changed by a concurrent transaction. */
  private static final int H2_CONCURRENT_UPDATE = 90131;

  private static final Comparator<Aggregate<?>> ORDER =
      Comparator.<Aggregate<?>, Instant>comparing(Aggregate::createdAt).thenComparing(a -> a.id().value());

  private final Database database;
  private final ObjectMapper mapper;
  private final String table;
  private final Class<A> type;
  private final Versioner<A> versioner;
  private final List<Key.Column<A>> columns = new ArrayList<>();
  private final List<Key.SideTable<A>> sideTables = new ArrayList<>();
  private final String insert;
  private final String update;

  /**
   * Makes the store of a table.
   *
   * @param table the aggregate's table, such as {@code crm_account}
   * @param type the aggregate type, read from the JSON document
   * @param versioner sets an aggregate's version, such as {@code Account::withVersion}
   * @param keys the natural keys records are looked up by
   */
  JdbcStore(Database database, ObjectMapper mapper, String table, Class<A> type, Versioner<A> versioner,
      List<? extends Key<A>> keys) {
    this.database = Objects.requireNonNull(database, "database");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.table = Objects.requireNonNull(table, "table");
    this.type = Objects.requireNonNull(type, "type");
    this.versioner = Objects.requireNonNull(versioner, "versioner");
    for (Key<A> key : keys) {
      if (key instanceof Key.Column<A> column) {
        columns.add(column);
      } else {
        Key.SideTable<A> side = (Key.SideTable<A>) key;
        sideTables.add(side);
        side.firstValueColumn().ifPresent(first -> columns.add(Key.optionalColumn(first, side::firstValueOf)));
      }
    }
    String keyColumns = columns.stream().map(c -> ", " + c.name()).collect(Collectors.joining());
    this.insert = "INSERT INTO " + table + " (id, version, created_at, updated_at, document" + keyColumns
        + ") VALUES (?, ?, ?, ?, ?" + ", ?".repeat(columns.size()) + ")";
    this.update = "UPDATE " + table + " SET version = ?, created_at = ?, updated_at = ?, document = ?"
        + columns.stream().map(c -> ", " + c.name() + " = ?").collect(Collectors.joining())
        + " WHERE id = ? AND version = ?";
  }

  /** The record with this id, as this thread sees it (its own transaction's saves included). */
  Optional<A> findById(I id) {
    Objects.requireNonNull(id, "id");
    List<A> found = database.read("finding " + table + " " + id.value(), connection ->
        documents(connection, "SELECT document FROM " + table + " WHERE id = ?", id.value()));
    return found.stream().findFirst();
  }

  /** The records with this value of a key, by creation time, then id, as this thread sees them. */
  List<A> findBy(Key<A> key, String value) {
    Objects.requireNonNull(value, "value");
    List<String> queries = new ArrayList<>(2);
    if (key instanceof Key.Column<A> column && columns.contains(column)) {
      queries.add("SELECT document FROM " + table + " WHERE " + column.name() + " = ? ORDER BY created_at, id");
    } else if (key instanceof Key.SideTable<A> side && sideTables.contains(side)) {
      // a record is found by its first value in the column or by another one in the side table, never both;
      // two plain queries rather than a UNION, which H2 parses again at every run
      side.firstValueColumn().ifPresent(first -> queries.add("SELECT document FROM " + table + " WHERE " + first
          + " = ?"));
      queries.add("SELECT a.document FROM " + table + " a JOIN " + side.table() + " s ON s." + side.ownerColumn()
          + " = a.id WHERE s." + side.valueColumn() + " = ? ORDER BY a.created_at, a.id");
    } else {
      throw new IllegalArgumentException("not a key of " + table + ": " + key);
    }
    List<A> found = database.read("finding " + table + " by " + key, connection -> {
      List<A> documents = new ArrayList<>();
      for (String query : queries) {
        documents.addAll(documents(connection, query, value));
      }
      return documents;
    });
    List<A> sorted = new ArrayList<>(found);
    sorted.sort(ORDER);
    return List.copyOf(sorted);
  }

  /** The first created record with this value of a key, as this thread sees it. */
  Optional<A> findFirstBy(Key<A> key, String value) {
    return findBy(key, value).stream().findFirst();
  }

  /**
   * Saves the aggregate and returns the copy stored, at the next version: in the transaction
   * running on this thread, or as a transaction of its own.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the aggregate is
   *     new and its version is not 0, or it is 0 and the record exists); nothing is written
   */
  A save(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    String id = aggregate.id().value();
    long expected = aggregate.version();
    A next = versioner.withVersion(aggregate, expected + 1);
    String document = json(next);
    try {
      return database.write("saving " + table + " " + id, connection -> {
        boolean stored = expected == 0
            ? insert(connection, next, document)
            : update(connection, next, expected, document);
        if (!stored) {
          throw new StaleWrite();
        }
        writeSideTables(connection, next, expected == 0);
        return next;
      });
    } catch (StaleWrite stale) {
      long actual = database.read("reading the version of " + table + " " + id,
          connection -> versionOf(connection, id));
      throw new ConcurrentUpdateException(aggregate.recordType(), id, expected, actual);
    }
  }

  private boolean insert(Connection connection, A next, String document) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      int at = 1;
      statement.setString(at++, next.id().value());
      statement.setLong(at++, next.version());
      statement.setObject(at++, utc(next.createdAt()));
      statement.setObject(at++, utc(next.updatedAt()));
      statement.setString(at++, document);
      setKeys(statement, at, next);
      statement.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (isConflict(e) || UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  private boolean update(Connection connection, A next, long expected, String document) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(update)) {
      int at = 1;
      statement.setLong(at++, next.version());
      statement.setObject(at++, utc(next.createdAt()));
      statement.setObject(at++, utc(next.updatedAt()));
      statement.setString(at++, document);
      at = setKeys(statement, at, next);
      statement.setString(at++, next.id().value());
      statement.setLong(at, expected);
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      if (isConflict(e)) {
        return false;
      }
      throw e;
    }
  }

  private int setKeys(PreparedStatement statement, int first, A record) throws SQLException {
    int at = first;
    for (Key.Column<A> column : columns) {
      Optional<String> value = column.valueOf(record);
      if (value.isPresent()) {
        statement.setString(at++, value.get());
      } else {
        statement.setNull(at++, Types.VARCHAR);
      }
    }
    return at;
  }

  private void writeSideTables(Connection connection, A record, boolean isNew) throws SQLException {
    String id = record.id().value();
    for (Key.SideTable<A> side : sideTables) {
      if (!isNew) {
        try (PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM " + side.table() + " WHERE " + side.ownerColumn() + " = ?")) {
          delete.setString(1, id);
          delete.executeUpdate();
        }
      }
      List<String> values = side.sideTableValuesOf(record);
      if (values.isEmpty()) {
        continue;
      }
      try (PreparedStatement insertValue = connection.prepareStatement("INSERT INTO " + side.table()
          + " (" + side.ownerColumn() + ", " + side.valueColumn() + ") VALUES (?, ?)")) {
        for (String value : values) {
          insertValue.setString(1, id);
          insertValue.setString(2, value);
          insertValue.addBatch();
        }
        insertValue.executeBatch();
      }
    }
  }

  /** The stored version of a record, or -1 when there is none. */
  private long versionOf(Connection connection, String id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT version FROM " + table + " WHERE id = ?")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : -1;
      }
    }
  }

  private List<A> documents(Connection connection, String query, String parameter) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        List<A> found = new ArrayList<>();
        while (rows.next()) {
          found.add(fromJson(rows.getString(1)));
        }
        return found;
      }
    }
  }

  private String json(A aggregate) {
    try {
      return mapper.writeValueAsString(aggregate);
    } catch (JsonProcessingException e) {
      throw new CrmStorageException("writing " + aggregate.recordType() + " " + aggregate.id().value() + " as JSON", e);
    }
  }

  private A fromJson(String document) {
    try {
      return mapper.readValue(document, type);
    } catch (JsonProcessingException e) {
      throw new CrmStorageException("reading a stored document of " + table, e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /**
   * Whether the database refused a statement because of a concurrent transaction: it changed the
   * row, or the two waited for each other and this one was picked to fail. Either way the save is
   * refused as stale, to be read again and retried.
   */
  private static boolean isConflict(SQLException e) {
    return SERIALIZATION_FAILURE.equals(e.getSQLState()) || DEADLOCK.equals(e.getSQLState())
        || e.getErrorCode() == H2_CONCURRENT_UPDATE;
  }

  /**
   * Makes a copy of an aggregate at another version; for Immutables aggregates the generated
   * {@code withVersion}, as in {@code Account::withVersion}.
   *
   * @param <A> the aggregate type
   */
  @FunctionalInterface
  interface Versioner<A> {
    /** The aggregate with its version set to {@code version}. */
    A withVersion(A aggregate, long version);
  }

  /** A save found the stored version moved on; rolled back, then reported as a concurrency exception. */
  private static final class StaleWrite extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StaleWrite() {
      super("stale version", null, false, false);
    }
  }
}
