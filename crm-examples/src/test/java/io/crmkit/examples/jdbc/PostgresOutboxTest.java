package io.crmkit.examples.jdbc;

/** The outbox's specification on a PostgreSQL server; skipped when it cannot start. */
class PostgresOutboxTest extends OutboxContract {
  @Override
  FreshCrm freshCrm() {
    return FreshCrm.onPostgres();
  }
}
