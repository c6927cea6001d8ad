package io.crmkit.examples.jdbc;

/**
 * The concurrent load the repository contracts put on the PostgreSQL server: lighter than the
 * contracts' own, since each call outside a transaction opens a connection to the server (a few
 * milliseconds each), and still enough for threads to collide on one record.
 */
final class PostgresLoad {
  /** Threads saving one record at once. */
  static final int THREADS = 4;

  /** Saves each thread makes. */
  static final int SAVES_PER_THREAD = 12;

  private PostgresLoad() {}
}
