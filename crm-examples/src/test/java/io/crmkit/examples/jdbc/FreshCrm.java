package io.crmkit.examples.jdbc;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JDBC CRM on an emptied test database for each test, opened before the test's own set-up (so
 * a contract's {@code emptyAdapter()} finds it) and closed after it.
 *
 * <pre>{@code
 * @RegisterExtension final FreshCrm database = FreshCrm.onH2();
 * ... database.crm().accounts() ...
 * }</pre>
 */
final class FreshCrm implements BeforeEachCallback, AfterEachCallback {
  private final Supplier<DataSource> database;
  private DataSource dataSource;
  private JdbcCrm crm;

  private FreshCrm(Supplier<DataSource> database) {
    this.database = database;
  }

  /** On the test run's H2 database. */
  static FreshCrm onH2() {
    return new FreshCrm(TestDatabases::h2);
  }

  /** On the test run's PostgreSQL server; the test is skipped when it did not start. */
  static FreshCrm onPostgres() {
    return new FreshCrm(TestDatabases::postgres);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    dataSource = database.get();
    TestDatabases.empty(dataSource);
    crm = JdbcCrm.openMigrated(dataSource);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (crm != null) {
      crm.close();
    }
  }

  /** The database of the running test, to open another CRM on it as a restarted host would. */
  DataSource dataSource() {
    crm();
    return dataSource;
  }

  /** The CRM of the running test. */
  JdbcCrm crm() {
    if (crm == null) {
      throw new IllegalStateException("no test is running");
    }
    return crm;
  }
}
