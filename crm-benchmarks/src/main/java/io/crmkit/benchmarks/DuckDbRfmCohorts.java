package io.crmkit.benchmarks;

import io.crmkit.analytics.transaction.Transactions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The peer of {@link RfmCohortBenchmark}: DuckDB in memory, through its JDBC driver, computing the
 * same RFM scores and monthly cohort matrix in SQL as an analyst would write them, over the same
 * rows, loaded once with DuckDB's appender into {@code tx(customer INTEGER, day DATE, amount
 * DOUBLE)}. DuckDB runs with its default number of threads (one per core).
 *
 * <p>RFM is the R package {@code rfm}'s convention: {@code quantile_cont} (type 7) at the
 * probabilities {@code i·(1/n)}, cut points plus 1, and a score that counts the cut points at or
 * below the value (recency reversed).
 */
final class DuckDbRfmCohorts implements AutoCloseable {
  private final Connection connection;

  /** Scores by customer number; 0 for a customer without purchases by the analysis date. */
  record Scores(int[] recency, int[] frequency, int[] monetary) {}

  private DuckDbRfmCohorts(Connection connection) {
    this.connection = connection;
  }

  /** A fresh in-memory database holding the rows of the table. */
  static DuckDbRfmCohorts load(Transactions transactions) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE tx (customer INTEGER NOT NULL, day DATE NOT NULL, amount DOUBLE NOT NULL)");
    }
    try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "tx")) {
      for (int row = 0; row < transactions.size(); row++) {
        appender.beginRow()
            .append(transactions.customerIndex(row))
            .appendEpochDays(transactions.epochDay(row))
            .append(transactions.amount(row))
            .endRow();
      }
    }
    return new DuckDbRfmCohorts(connection);
  }

  /** DuckDB's number of threads. */
  int threads() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT current_setting('threads')")) {
      result.next();
      return result.getInt(1);
    }
  }

  /** The RFM query: customer and three scores for every customer with a purchase by {@code asOf}. */
  static String rfmQuery(LocalDate asOf, int bins) {
    StringJoiner probabilities = new StringJoiner(", ", "[", "]");
    for (int i = 1; i < bins; i++) {
      probabilities.add(Double.toString(i * (1.0 / bins)) + "::DOUBLE");
    }
    StringBuilder recency = new StringBuilder(bins + "");
    StringBuilder frequency = new StringBuilder("1");
    StringBuilder monetary = new StringBuilder("1");
    for (int i = 1; i < bins; i++) {
      recency.append(" - (recency >= r[").append(i).append("] + 1)::INTEGER");
      frequency.append(" + (frequency >= f[").append(i).append("] + 1)::INTEGER");
      monetary.append(" + (monetary >= m[").append(i).append("] + 1)::INTEGER");
    }
    String day = "DATE '" + asOf + "'";
    return String.format(Locale.ROOT, """
        WITH v AS (
          SELECT customer, date_diff('day', max(day), %1$s) AS recency, count(*) AS frequency, sum(amount) AS monetary
          FROM tx WHERE day <= %1$s GROUP BY customer),
        c AS (
          SELECT quantile_cont(recency, %2$s) AS r, quantile_cont(frequency, %2$s) AS f,
                 quantile_cont(monetary, %2$s) AS m
          FROM v)
        SELECT customer, %3$s AS recency_score, %4$s AS frequency_score, %5$s AS monetary_score
        FROM v, c""", day, probabilities, recency, frequency, monetary);
  }

  /** The RFM scores, fetched into arrays by customer number. */
  Scores rfm(LocalDate asOf, int bins, int customers) throws SQLException {
    int[] r = new int[customers];
    int[] f = new int[customers];
    int[] m = new int[customers];
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(rfmQuery(asOf, bins))) {
      while (result.next()) {
        int customer = result.getInt(1);
        r[customer] = result.getInt(2);
        f[customer] = result.getInt(3);
        m[customer] = result.getInt(4);
      }
    }
    return new Scores(r, f, m);
  }

  /**
   * The RFM scores kept in DuckDB, in a temporary table {@code rfm_scores}, nothing fetched but a
   * checksum: the sum over customers of {@code (customer + 1) · (100·R + 10·F + M)}.
   */
  long rfmInDatabase(LocalDate asOf, int bins) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE OR REPLACE TEMP TABLE rfm_scores AS " + rfmQuery(asOf, bins));
      try (ResultSet result = statement.executeQuery("SELECT sum((customer + 1)::BIGINT"
          + " * (100 * recency_score + 10 * frequency_score + monetary_score)) FROM rfm_scores")) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  /**
   * The monthly cohort query: cohort month (months since 1970-01), months since, customers active.
   * The distinct customer-months come first and each customer's first month is taken from them: of
   * the formulations tried (the first month from the rows, or a window over the customer-months, or
   * {@code count(DISTINCT customer)} over the rows joined to the first months), DuckDB ran this one
   * fastest.
   */
  static final String COHORT_QUERY = """
      WITH months AS (
        SELECT DISTINCT customer, date_trunc('month', day) AS month FROM tx),
      firsts AS (
        SELECT customer, min(month) AS cohort FROM months GROUP BY customer)
      SELECT (year(f.cohort) - 1970) * 12 + month(f.cohort) - 1 AS cohort_month,
             date_diff('month', f.cohort, m.month) AS k,
             count(*) AS customers
      FROM months m JOIN firsts f USING (customer)
      GROUP BY ALL""";

  /** Customers active per cohort and month since: key {@code cohortMonth * 10_000 + k}. */
  Map<Long, Integer> cohorts() throws SQLException {
    Map<Long, Integer> cells = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(COHORT_QUERY)) {
      while (result.next()) {
        cells.put(result.getLong(1) * 10_000 + result.getLong(2), result.getInt(3));
      }
    }
    return cells;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
