package io.crmkit.examples.jdbc;

/** The JDBC unit of work's specification on a PostgreSQL server; skipped when it cannot start. */
class PostgresUnitOfWorkTest extends UnitOfWorkContract {
  @Override
  FreshCrm freshCrm() {
    return FreshCrm.onPostgres();
  }
}
