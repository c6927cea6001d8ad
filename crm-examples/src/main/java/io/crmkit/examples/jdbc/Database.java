package io.crmkit.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The connections of one {@link JdbcCrm}: the transaction running on each thread, and a connection
 * of its own for each call made outside one.
 *
 * <p>A transaction is one connection with auto-commit off, bound to the thread that began it. A
 * call made inside another on the same thread joins it at a savepoint, and so does every write
 * made inside a transaction: a failing nested call or refused save is rolled back to its
 * savepoint, the rest of the transaction goes on (PostgreSQL would otherwise refuse every later
 * statement of a transaction in which one failed). Outside a transaction, a read takes a
 * connection of its own and a write is its own transaction.
 *
 * <p><b>Key rows.</b> Rows of the look-up tables whose keys arrive in no order (a contact's e-mail
 * addresses and phone numbers, {@link Key#inKeyOrder}) are not inserted when a save asks for them:
 * the transaction keeps them and inserts them sorted by table and key before its next read and
 * before it commits, so that the database adds them to its index in order. Rows kept since a
 * savepoint are dropped when the transaction rolls back to it. A read in the transaction sees them,
 * as it sees every other write.
 */
final class Database {
  private final DataSource dataSource;
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();

  Database(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** The data source connections come from. */
  DataSource dataSource() {
    return dataSource;
  }

  /** The transaction running on this thread, if any. */
  Optional<Transaction> current() {
    return Optional.ofNullable(current.get());
  }

  /**
   * Runs work in a transaction, or joins the one running on this thread at a savepoint. The
   * outermost call commits when the work returns and then, if the transaction wrote events, runs
   * {@code afterCommit}; when the work throws, it rolls back and rethrows the exception unchanged.
   */
  <T> T inTransaction(Supplier<T> work, Runnable afterCommit) {
    Transaction running = current.get();
    if (running != null) {
      return nested(running, work);
    }
    Transaction transaction = begin();
    current.set(transaction);
    T result;
    try {
      result = work.get();
    } catch (Throwable failure) {
      current.remove();
      transaction.rollbackAndClose(failure);
      throw failure;
    }
    current.remove();
    transaction.commitAndClose();
    if (transaction.wroteEvents) {
      afterCommit.run();
    }
    return result;
  }

  private static <T> T nested(Transaction running, Supplier<T> work) {
    Mark savepoint = running.savepoint();
    T result;
    try {
      result = work.get();
    } catch (Throwable failure) {
      running.rollbackTo(savepoint, failure);
      throw failure;
    }
    running.release(savepoint);
    return result;
  }

  /**
   * Reads with the transaction's connection on this thread, or a connection of its own outside
   * one.
   *
   * @param what what is read, for the message of a failure, such as {@code "finding Account acc-1"}
   */
  <T> T read(String what, SqlWork<T> query) {
    Transaction transaction = current.get();
    try {
      if (transaction != null) {
        transaction.insertKeyRows();
        return query.apply(transaction.connection);
      }
      try (Connection connection = dataSource.getConnection()) {
        return query.apply(connection);
      }
    } catch (SQLException e) {
      throw new CrmStorageException(what, e);
    }
  }

  /**
   * Writes inside the transaction on this thread, at a savepoint, or as a transaction of its own
   * outside one. When the statements throw (a {@link java.sql.SQLException} or an unchecked
   * exception), everything they wrote is rolled back; the exception is rethrown, a
   * {@link java.sql.SQLException} wrapped in a {@link CrmStorageException}.
   *
   * @param what what is written, for the message of a failure
   */
  <T> T write(String what, SqlWork<T> statements) {
    Transaction transaction = current.get();
    if (transaction != null) {
      Mark savepoint = transaction.savepoint();
      T result;
      try {
        result = statements.apply(transaction.connection);
      } catch (SQLException e) {
        transaction.rollbackTo(savepoint, e);
        throw new CrmStorageException(what, e);
      } catch (RuntimeException | Error e) {
        transaction.rollbackTo(savepoint, e);
        throw e;
      }
      transaction.release(savepoint);
      return result;
    }
    Transaction own = begin();
    current.set(own);
    T result;
    try {
      result = statements.apply(own.connection);
    } catch (SQLException e) {
      current.remove();
      own.rollbackAndClose(e);
      throw new CrmStorageException(what, e);
    } catch (RuntimeException | Error e) {
      current.remove();
      own.rollbackAndClose(e);
      throw e;
    }
    current.remove();
    own.commitAndClose();
    return result;
  }

  /**
   * Runs statements on a new connection of their own, whatever runs on this thread, and closes it:
   * for the outbox's relay, which must not take part in a caller's transaction.
   */
  <T> T detached(String what, SqlWork<T> statements) {
    try (Connection connection = dataSource.getConnection()) {
      return statements.apply(connection);
    } catch (SQLException e) {
      throw new CrmStorageException(what, e);
    }
  }

  /**
   * Keeps a row of a look-up table for the transaction on this thread to insert in key order (see
   * the class comment).
   *
   * @param insert the insert statement, with the key's value as its first parameter and the
   *     record's id as its second
   * @throws IllegalStateException outside a write
   */
  void insertInKeyOrder(String insert, String value, String recordId) {
    Transaction transaction = current.get();
    if (transaction == null) {
      throw new IllegalStateException("a key row is written inside a write");
    }
    transaction.keyRows.add(new KeyRow(insert, value, recordId));
  }

  /**
   * Inserts the key rows the transaction on this thread keeps, now: before a statement that
   * reads or deletes them through the connection of a write.
   */
  void insertKeyRows(Connection connection) throws SQLException {
    Transaction transaction = current.get();
    if (transaction != null && transaction.connection == connection) {
      transaction.insertKeyRowsOrThrow();
    }
  }

  /** Notes that the transaction on this thread wrote events, so its commit relays them. */
  void wroteEvents() {
    Transaction transaction = current.get();
    if (transaction != null) {
      transaction.wroteEvents = true;
    }
  }

  private Transaction begin() {
    try {
      Connection connection = dataSource.getConnection();
      try {
        connection.setAutoCommit(false);
      } catch (SQLException e) {
        closeAfterFailure(connection, e);
        throw e;
      }
      return new Transaction(connection);
    } catch (SQLException e) {
      throw new CrmStorageException("beginning a transaction", e);
    }
  }

  private static void closeAfterFailure(Connection connection, Throwable failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** A row of a look-up table waiting to be inserted in key order. */
  private record KeyRow(String insert, String value, String recordId) {
    /** By value, then record, within the rows of one statement. */
    static final Comparator<KeyRow> ORDER = Comparator.comparing(KeyRow::value).thenComparing(KeyRow::recordId);
  }

  /** A savepoint, and how many key rows the transaction kept when it was set. */
  private record Mark(Savepoint savepoint, int keyRows) {}

  /** One connection with auto-commit off, used by one thread from begin to commit or rollback. */
  static final class Transaction {
    private final Connection connection;
    private final List<KeyRow> keyRows = new ArrayList<>();
    private boolean wroteEvents;

    private Transaction(Connection connection) {
      this.connection = connection;
    }

    private Mark savepoint() {
      try {
        return new Mark(connection.setSavepoint(), keyRows.size());
      } catch (SQLException e) {
        throw new CrmStorageException("setting a savepoint", e);
      }
    }

    private void release(Mark savepoint) {
      try {
        connection.releaseSavepoint(savepoint.savepoint());
      } catch (SQLException e) {
        throw new CrmStorageException("releasing a savepoint", e);
      }
    }

    private void rollbackTo(Mark savepoint, Throwable failure) {
      // rows kept since the savepoint go with it; rows inserted since were rolled back by the database
      if (keyRows.size() > savepoint.keyRows()) {
        keyRows.subList(savepoint.keyRows(), keyRows.size()).clear();
      }
      try {
        connection.rollback(savepoint.savepoint());
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
    }

    private void insertKeyRows() {
      try {
        insertKeyRowsOrThrow();
      } catch (SQLException e) {
        throw new CrmStorageException("writing " + keyRows.size() + " look-up keys", e);
      }
    }

    /** Inserts the kept key rows sorted by statement, value and record, in JDBC batches, and forgets them. */
    private void insertKeyRowsOrThrow() throws SQLException {
      if (keyRows.isEmpty()) {
        return;
      }
      Map<String, List<KeyRow>> byStatement = new TreeMap<>();
      for (KeyRow row : keyRows) {
        byStatement.computeIfAbsent(row.insert(), insert -> new ArrayList<>()).add(row);
      }
      for (Map.Entry<String, List<KeyRow>> rows : byStatement.entrySet()) {
        rows.getValue().sort(KeyRow.ORDER);
        try (TextPairBatch batch = new TextPairBatch(connection, rows.getKey())) {
          for (KeyRow row : rows.getValue()) {
            batch.add(row.value(), row.recordId());
          }
          batch.finish();
        }
      }
      // forgotten only once written: a failure leaves them for the rollback that follows
      keyRows.clear();
    }

    private void commitAndClose() {
      try {
        insertKeyRowsOrThrow();
        connection.commit();
      } catch (SQLException e) {
        rollbackAndClose(e);
        throw new CrmStorageException("committing a transaction", e);
      }
      close(null);
    }

    private void rollbackAndClose(Throwable failure) {
      try {
        connection.rollback();
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
      close(failure);
    }

    private void close(@Nullable Throwable failure) {
      try (Connection closing = connection) {
        closing.setAutoCommit(true);
      } catch (SQLException e) {
        if (failure != null) {
          failure.addSuppressed(e);
        } else {
          throw new CrmStorageException("closing a connection", e);
        }
      }
    }
  }
}
