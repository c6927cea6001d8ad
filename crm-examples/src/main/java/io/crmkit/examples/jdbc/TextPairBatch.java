package io.crmkit.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Rows of one statement with two text parameters, such as a side table's (owner id, value) rows,
 * sent as JDBC batches of {@value JdbcStore#BATCH}. The statement is prepared at the first row, so
 * a batch given no rows sends nothing; {@link #finish} sends the rows left, {@link #close} closes
 * the statement without sending them.
 */
final class TextPairBatch implements AutoCloseable {
  private final Connection connection;
  private final String sql;
  private @Nullable PreparedStatement statement;
  private int pending;

  TextPairBatch(Connection connection, String sql) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.sql = Objects.requireNonNull(sql, "sql");
  }

  /** Adds a row; every {@value JdbcStore#BATCH} rows are sent. */
  void add(String first, String second) throws SQLException {
    PreparedStatement prepared = statement;
    if (prepared == null) {
      prepared = connection.prepareStatement(sql);
      statement = prepared;
    }
    prepared.setString(1, first);
    prepared.setString(2, second);
    prepared.addBatch();
    if (++pending == JdbcStore.BATCH) {
      prepared.executeBatch();
      pending = 0;
    }
  }

  /** Whether a row was added. */
  boolean started() {
    return statement != null;
  }

  /** Sends the rows not sent yet. */
  void finish() throws SQLException {
    if (statement != null && pending > 0) {
      statement.executeBatch();
      pending = 0;
    }
  }

  @Override
  public void close() throws SQLException {
    if (statement != null) {
      statement.close();
    }
  }
}
