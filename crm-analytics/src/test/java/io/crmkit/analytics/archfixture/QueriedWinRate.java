package io.crmkit.analytics.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks the backend rule: a measure that queries a database through JDBC. */
public final class QueriedWinRate {
  private QueriedWinRate() {}

  /** Whether the database behind {@code connection} can be read. */
  public static boolean readable(Connection connection) throws SQLException {
    return !connection.isClosed();
  }
}
