package io.crmkit.examples.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;
import io.crmkit.core.ConcurrentUpdateException;
import java.sql.Array;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * <p>{@link #saveAll} writes a batch with one JDBC batch per statement (the table's inserts, its
 * updates, each side table's deletes and inserts) instead of a round of statements per record; an
 * update's row count shows whether its version was still the stored one.
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
  /** Rows per {@code executeBatch}, and values per array parameter, when many records are written or read at once. */
  static final int BATCH = 1_000;

  private static final Comparator<Aggregate<?>> ORDER =
      Comparator.<Aggregate<?>, Instant>comparing(Aggregate::createdAt).thenComparing(a -> a.id().value());

  private final Database database;
  private final ObjectMapper mapper;
  private final String table;
  private final Class<A> type;
  private final Versioner<A> versioner;
  private final List<Key.Column<A>> columns = new ArrayList<>();
  private final List<Key.SideTable<A>> sideTables = new ArrayList<>();
  private final Map<Key.SideTable<A>, String> keyOrderInserts = new java.util.concurrent.ConcurrentHashMap<>();
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
   * The first created record with each of these values of a side-table key, as this thread sees
   * them, by value; values no record has are left out. One query per {@value #BATCH} values for
   * the first-value column and one for the side table, instead of two per value.
   */
  Map<String, A> findFirstByEach(Key.SideTable<A> key, Collection<String> values) {
    if (!sideTables.contains(key)) {
      throw new IllegalArgumentException("not a key of " + table + ": " + key);
    }
    Set<String> wanted = new LinkedHashSet<>(values);
    if (wanted.isEmpty()) {
      return Map.of();
    }
    List<String> queries = new ArrayList<>(2);
    key.firstValueColumn().ifPresent(first -> queries.add("SELECT document FROM " + table + " WHERE " + first
        + " = ANY(?)"));
    queries.add("SELECT a.document FROM " + table + " a JOIN " + key.table() + " s ON s." + key.ownerColumn()
        + " = a.id WHERE s." + key.valueColumn() + " = ANY(?)");
    List<A> found = database.read("finding " + table + " by " + wanted.size() + " values of " + key, connection -> {
      List<A> documents = new ArrayList<>();
      for (List<String> chunk : chunks(List.copyOf(wanted))) {
        for (String query : queries) {
          documents.addAll(documents(connection, query, connection.createArrayOf("VARCHAR", chunk.toArray())));
        }
      }
      return documents;
    });
    List<A> sorted = new ArrayList<>(found);
    sorted.sort(ORDER);
    Map<String, A> first = new HashMap<>();
    for (A record : sorted) {
      for (String value : key.valuesOf(record)) {
        if (wanted.contains(value)) {
          first.putIfAbsent(value, record);
        }
      }
    }
    return Map.copyOf(first);
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
        Map<String, A> before = expected == 0 ? Map.of() : storedBefore(connection, List.of(id));
        boolean stored = expected == 0
            ? insert(connection, next, document)
            : update(connection, next, expected, document);
        if (!stored) {
          throw new StaleWrite(0);
        }
        writeSideTables(connection, next, expected == 0, before);
        return next;
      });
    } catch (StaleWrite stale) {
      long actual = database.read("reading the version of " + table + " " + id,
          connection -> versionOf(connection, id));
      throw new ConcurrentUpdateException(aggregate.recordType(), id, expected, actual);
    }
  }

  /**
   * Saves the aggregates in order, all or none, and returns the copies stored, each at its next
   * version: in the transaction running on this thread, or as a transaction of its own. An
   * aggregate may appear more than once, each copy at the version the one before it stores.
   *
   * @throws ConcurrentUpdateException for the first aggregate whose version is not the stored one
   *     (or stored by the batch before it); nothing of the batch is written
   */
  List<A> saveAll(List<A> aggregates) {
    List<A> batch = List.copyOf(aggregates);
    if (batch.isEmpty()) {
      return List.of();
    }
    List<A> next = new ArrayList<>(batch.size());
    List<String> documents = new ArrayList<>(batch.size());
    Set<String> ids = new HashSet<>();
    for (A aggregate : batch) {
      A copy = versioner.withVersion(aggregate, aggregate.version() + 1);
      next.add(copy);
      documents.add(json(copy));
      ids.add(aggregate.id().value());
    }
    boolean distinct = ids.size() == batch.size();
    try {
      return database.write("saving " + batch.size() + " records of " + table, connection -> {
        if (distinct) {
          writeBatch(connection, batch, next, documents);
        } else {
          // a record saved twice needs its first copy written before the second is checked: in turn
          for (int i = 0; i < batch.size(); i++) {
            long expected = batch.get(i).version();
            Map<String, A> before = expected == 0 ? Map.of() : storedBefore(connection, List.of(next.get(i).id().value()));
            boolean stored = expected == 0
                ? insert(connection, next.get(i), documents.get(i))
                : update(connection, next.get(i), expected, documents.get(i));
            if (!stored) {
              throw new StaleWrite(i);
            }
            writeSideTables(connection, next.get(i), expected == 0, before);
          }
        }
        return List.copyOf(next);
      });
    } catch (StaleWrite stale) {
      throw staleIn(batch, stale.index);
    }
  }

  /** Writes a batch of distinct records: the inserts, the updates, then the side tables, each as JDBC batches. */
  private void writeBatch(Connection connection, List<A> batch, List<A> next, List<String> documents)
      throws SQLException {
    List<Integer> inserts = new ArrayList<>();
    List<Integer> updates = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      (batch.get(i).version() == 0 ? inserts : updates).add(i);
    }
    if (!inserts.isEmpty()) {
      try (PreparedStatement statement = connection.prepareStatement(insert)) {
        for (List<Integer> chunk : chunks(inserts)) {
          for (int i : chunk) {
            bindInsert(statement, next.get(i), documents.get(i));
            statement.addBatch();
          }
          try {
            statement.executeBatch();
          } catch (SQLException e) {
            if (isConflict(e) || isUniqueViolation(e)) {
              throw new StaleWrite(chunk.get(failedEntry(e, chunk.size())));
            }
            throw e;
          }
        }
      }
    }
    Map<String, A> before = updates.isEmpty() ? Map.of()
        : storedBefore(connection, updates.stream().map(i -> next.get(i).id().value()).toList());
    if (!updates.isEmpty()) {
      List<Integer> unverified = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(update)) {
        for (List<Integer> chunk : chunks(updates)) {
          for (int i : chunk) {
            bindUpdate(statement, next.get(i), batch.get(i).version(), documents.get(i));
            statement.addBatch();
          }
          int[] counts;
          try {
            counts = statement.executeBatch();
          } catch (SQLException e) {
            if (isConflict(e)) {
              throw new StaleWrite(chunk.get(failedEntry(e, chunk.size())));
            }
            throw e;
          }
          for (int k = 0; k < chunk.size(); k++) {
            int count = k < counts.length ? counts[k] : Statement.SUCCESS_NO_INFO;
            if (count == Statement.SUCCESS_NO_INFO) {
              unverified.add(chunk.get(k));
            } else if (count != 1) {
              throw new StaleWrite(chunk.get(k));
            }
          }
        }
      }
      if (!unverified.isEmpty()) {
        // a driver that does not count the rows of a batch: the versions now stored show which updates took
        List<String> unverifiedIds = unverified.stream().map(i -> next.get(i).id().value()).toList();
        Map<String, Long> stored = versionsOf(connection, unverifiedIds);
        for (int i : unverified) {
          if (stored.getOrDefault(next.get(i).id().value(), -1L) != next.get(i).version()) {
            throw new StaleWrite(i);
          }
        }
      }
    }
    writeSideTables(connection, next, updates.stream().map(next::get).toList(), before);
  }

  /**
   * The concurrency exception for a batch the database refused: the first record, in the batch's
   * order, whose version is not the one stored now (or stored by the batch before it). When every
   * version matches again (the transaction that held a record ended without storing it), the record
   * the database refused.
   */
  private ConcurrentUpdateException staleIn(List<A> batch, int refusedAt) {
    List<String> ids = batch.stream().map(a -> a.id().value()).distinct().toList();
    Map<String, Long> stored = database.read("reading the versions of " + ids.size() + " records of " + table,
        connection -> versionsOf(connection, ids));
    Map<String, Long> afterEarlierSaves = new HashMap<>();
    for (A aggregate : batch) {
      String id = aggregate.id().value();
      Long earlier = afterEarlierSaves.get(id);
      long current = earlier != null ? earlier : stored.getOrDefault(id, -1L);
      boolean matches = current < 0 ? aggregate.version() == 0 : aggregate.version() == current;
      if (!matches) {
        return new ConcurrentUpdateException(aggregate.recordType(), id, aggregate.version(), current);
      }
      afterEarlierSaves.put(id, aggregate.version() + 1);
    }
    A refused = batch.get(refusedAt);
    return new ConcurrentUpdateException(refused.recordType(), refused.id().value(), refused.version(),
        stored.getOrDefault(refused.id().value(), -1L));
  }

  private boolean insert(Connection connection, A next, String document) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      bindInsert(statement, next, document);
      statement.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (isConflict(e) || isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  private boolean update(Connection connection, A next, long expected, String document) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(update)) {
      bindUpdate(statement, next, expected, document);
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      if (isConflict(e)) {
        return false;
      }
      throw e;
    }
  }

  private void bindInsert(PreparedStatement statement, A next, String document) throws SQLException {
    int at = 1;
    statement.setString(at++, next.id().value());
    statement.setLong(at++, next.version());
    statement.setObject(at++, utc(next.createdAt()));
    statement.setObject(at++, utc(next.updatedAt()));
    statement.setString(at++, document);
    setKeys(statement, at, next);
  }

  private void bindUpdate(PreparedStatement statement, A next, long expected, String document) throws SQLException {
    int at = 1;
    statement.setLong(at++, next.version());
    statement.setObject(at++, utc(next.createdAt()));
    statement.setObject(at++, utc(next.updatedAt()));
    statement.setString(at++, document);
    at = setKeys(statement, at, next);
    statement.setString(at++, next.id().value());
    statement.setLong(at, expected);
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

  private void writeSideTables(Connection connection, A record, boolean isNew, Map<String, A> before)
      throws SQLException {
    String id = record.id().value();
    for (Key.SideTable<A> side : sideTables) {
      if (side.inKeyOrder()) {
        writeInKeyOrder(connection, side, List.of(record), before);
        continue;
      }
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
      try (TextPairBatch insertValues = new TextPairBatch(connection, sideTableInsert(side))) {
        for (String value : values) {
          insertValues.add(id, value);
        }
        insertValues.finish();
      }
    }
  }

  /**
   * Writes the side-table rows of many distinct records: the rows of the changed ones deleted first,
   * then every record's values inserted, one statement per side table.
   *
   * @param records every record of the batch
   * @param changed those of them that were stored before, whose rows are replaced
   * @param before the stored copies of the changed records, by id, read before they were updated
   */
  private void writeSideTables(Connection connection, List<A> records, List<A> changed, Map<String, A> before)
      throws SQLException {
    for (Key.SideTable<A> side : sideTables) {
      if (side.inKeyOrder()) {
        writeInKeyOrder(connection, side, records, before);
        continue;
      }
      if (!changed.isEmpty()) {
        try (PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM " + side.table() + " WHERE " + side.ownerColumn() + " = ANY(?)")) {
          for (List<A> chunk : chunks(changed)) {
            delete.setArray(1, connection.createArrayOf("VARCHAR", chunk.stream().map(r -> r.id().value()).toArray()));
            delete.executeUpdate();
          }
        }
      }
      try (TextPairBatch insertValues = new TextPairBatch(connection, sideTableInsert(side))) {
        for (A record : records) {
          for (String value : side.sideTableValuesOf(record)) {
            insertValues.add(record.id().value(), value);
          }
        }
        insertValues.finish();
      }
    }
  }

  /**
   * Writes the rows of a key kept in key order ({@link Key#inKeyOrder}): a stored record's values
   * it no longer has are deleted now, by (value, id), and values it did not have are left to the
   * transaction to insert in key order.
   *
   * @param before the stored copies of the records that were stored, by id
   */
  private void writeInKeyOrder(Connection connection, Key.SideTable<A> side, List<A> records, Map<String, A> before)
      throws SQLException {
    String insert = keyOrderInserts.computeIfAbsent(side, JdbcStore::keyOrderInsert);
    try (TextPairBatch delete = new TextPairBatch(connection, "DELETE FROM " + side.table() + " WHERE "
        + side.valueColumn() + " = ? AND " + side.ownerColumn() + " = ?")) {
      for (A record : records) {
        String id = record.id().value();
        Set<String> values = side.valuesOf(record);
        A stored = before.get(id);
        Set<String> had = stored == null ? Set.of() : side.valuesOf(stored);
        for (String value : had) {
          if (!values.contains(value)) {
            if (!delete.started()) {
              // the rows of the stored values may still wait in the transaction: written first, so the delete finds them
              database.insertKeyRows(connection);
            }
            delete.add(value, id);
          }
        }
        for (String value : values) {
          if (!had.contains(value)) {
            database.insertInKeyOrder(insert, value, id);
          }
        }
      }
      delete.finish();
    }
  }

  private static String sideTableInsert(Key.SideTable<?> side) {
    return "INSERT INTO " + side.table() + " (" + side.ownerColumn() + ", " + side.valueColumn() + ") VALUES (?, ?)";
  }

  private static String keyOrderInsert(Key.SideTable<?> side) {
    return "INSERT INTO " + side.table() + " (" + side.valueColumn() + ", " + side.ownerColumn() + ") VALUES (?, ?)";
  }

  /**
   * The stored copies of records by id, read before they are updated, when a key of this table is
   * kept in key order (its rows are deleted by the values the record had); empty otherwise.
   */
  private Map<String, A> storedBefore(Connection connection, List<String> ids) throws SQLException {
    if (sideTables.stream().noneMatch(Key.SideTable::inKeyOrder) || ids.isEmpty()) {
      return Map.of();
    }
    Map<String, A> stored = new HashMap<>();
    for (List<String> chunk : chunks(ids)) {
      for (A record : documents(connection, "SELECT document FROM " + table + " WHERE id = ANY(?)",
          connection.createArrayOf("VARCHAR", chunk.toArray()))) {
        stored.put(record.id().value(), record);
      }
    }
    return stored;
  }

  /** The stored versions of records by id; ids not stored are left out. */
  private Map<String, Long> versionsOf(Connection connection, List<String> ids) throws SQLException {
    Map<String, Long> versions = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT id, version FROM " + table + " WHERE id = ANY(?)")) {
      for (List<String> chunk : chunks(ids)) {
        statement.setArray(1, connection.createArrayOf("VARCHAR", chunk.toArray()));
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            versions.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
    }
    return versions;
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

  private List<A> documents(Connection connection, String query, Array parameter) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setArray(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        List<A> found = new ArrayList<>();
        while (rows.next()) {
          found.add(fromJson(rows.getString(1)));
        }
        return found;
      }
    }
  }

  /** A list cut into consecutive pieces of at most {@value #BATCH} elements. */
  private static <T> List<List<T>> chunks(List<T> list) {
    List<List<T>> chunks = new ArrayList<>((list.size() + BATCH - 1) / BATCH);
    for (int from = 0; from < list.size(); from += BATCH) {
      chunks.add(list.subList(from, Math.min(list.size(), from + BATCH)));
    }
    return chunks;
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
    for (SQLException cause : chain(e)) {
      if (SERIALIZATION_FAILURE.equals(cause.getSQLState()) || DEADLOCK.equals(cause.getSQLState())
          || cause.getErrorCode() == H2_CONCURRENT_UPDATE) {
        return true;
      }
    }
    return false;
  }

  /** Whether the database refused an insert because the id is stored already. */
  private static boolean isUniqueViolation(SQLException e) {
    return chain(e).stream().anyMatch(cause -> UNIQUE_VIOLATION.equals(cause.getSQLState()));
  }

  /** The exception and those the driver chained to it (a batch's failed entries), a few at most. */
  private static List<SQLException> chain(SQLException e) {
    List<SQLException> chain = new ArrayList<>();
    for (SQLException cause = e; cause != null && chain.size() < 8; cause = cause.getNextException()) {
      chain.add(cause);
      if (cause.getCause() instanceof SQLException wrapped && cause.getNextException() == null) {
        chain.add(wrapped);
      }
    }
    return chain;
  }

  /**
   * Which entry of a JDBC batch of {@code size} failed: the first the driver marks failed, or the
   * first it did not run; 0 when it does not say.
   */
  private static int failedEntry(SQLException e, int size) {
    if (e instanceof BatchUpdateException batch) {
      int[] counts = batch.getUpdateCounts();
      if (counts != null) {
        for (int k = 0; k < counts.length; k++) {
          if (counts[k] == Statement.EXECUTE_FAILED) {
            return Math.min(k, size - 1);
          }
        }
        return Math.min(counts.length, size - 1);
      }
    }
    return 0;
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

    /** The place in its batch of the record refused (0 for a single save). */
    private final int index;

    StaleWrite(int index) {
      super("stale version", null, false, false);
      this.index = index;
    }
  }
}
