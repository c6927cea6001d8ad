package io.crmkit.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Statements run on a connection the {@link Database} hands over; may throw the driver's exception.
 *
 * @param <T> the result type
 */
@FunctionalInterface
interface SqlWork<T> {
  /** Runs the statements and returns their result. */
  T apply(Connection connection) throws SQLException;
}
