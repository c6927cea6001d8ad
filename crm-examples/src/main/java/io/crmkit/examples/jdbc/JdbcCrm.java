package io.crmkit.examples.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.port.AccountRepository;
import io.crmkit.core.port.ActivityRepository;
import io.crmkit.core.port.CampaignMemberRepository;
import io.crmkit.core.port.CampaignRepository;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.port.CrmEventHistory;
import io.crmkit.core.port.CrmEventPublisher;
import io.crmkit.core.port.LeadRepository;
import io.crmkit.core.port.OpportunityRepository;
import io.crmkit.core.port.OrderRepository;
import io.crmkit.core.port.PriceBookRepository;
import io.crmkit.core.port.ProductRepository;
import io.crmkit.core.port.QuoteRepository;
import io.crmkit.core.port.SupportCaseRepository;
import io.crmkit.core.port.UnitOfWork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;

/**
 * A CRM stored in a relational database through JDBC: a repository of every aggregate, the unit of
 * work, the event publisher with its transactional outbox and the event history, sharing one
 * database, so a transaction spans all of them. Runs on an embedded H2 file database
 * ({@link #openEmbedded}) or on PostgreSQL ({@link #open(String, String, String, Consumer[])});
 * thread-safe.
 *
 * <pre>{@code
 * try (JdbcCrm crm = JdbcCrm.openEmbedded(JdbcCrm.DEFAULT_DIRECTORY)) {
 *   crm.unitOfWork().run(() -> {
 *     Account saved = crm.accounts().save(account);
 *     crm.publisher().publish(new AccountCreated(eventId, saved.id(), saved.version(), now));
 *   });
 *   crm.eventHistory().eventsOf(account.id());   // [AccountCreated], relayed after the commit
 * }
 * }</pre>
 *
 * <p>Opening migrates the schema (Flyway, {@code db/migration}) and relays the events a previous
 * run left in the outbox, to the subscribers given to {@code open}. The package documentation says
 * how transactions, concurrency and the outbox work.
 */
public final class JdbcCrm implements AutoCloseable {
  /** Where {@link #openEmbedded} keeps its database by default: {@code .crmkit} under the working directory. */
  public static final Path DEFAULT_DIRECTORY = Path.of(".crmkit");

  /** The most connections the pool of an H2 database opened by URL holds. */
  static final int H2_POOL_SIZE = 16;

  /** The file name, without H2's extension, of the embedded database in its directory. */
  public static final String EMBEDDED_DATABASE_NAME = "crm";

  /**
   * H2's settings for crmkit: PostgreSQL's dialect and lower-case names, so that the embedded
   * database behaves as the server does; a wait of up to 10 seconds for a row another transaction
   * holds; room for 64 parsed statements per connection (H2 keeps 8 by default, fewer than the
   * statements one save and its event run, so an import parsed its look-up query again for every
   * row). The file is locked by the process that opened it (H2's default), so one process at a
   * time uses an embedded database.
   */
  static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
      + ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";

  private final ObjectMapper mapper = CrmJson.mapper();
  private final Database database;
  private final @Nullable Connection keeper;
  private final @Nullable JdbcConnectionPool pool;
  private final List<Consumer<? super CrmEvent>> subscribers = new CopyOnWriteArrayList<>();
  private final Outbox outbox;
  private final CrmEventPublisher publisher;
  private final UnitOfWork unitOfWork;
  private final AccountRepository accounts;
  private final ContactRepository contacts;
  private final LeadRepository leads;
  private final OpportunityRepository opportunities;
  private final ProductRepository products;
  private final PriceBookRepository priceBooks;
  private final QuoteRepository quotes;
  private final OrderRepository orders;
  private final SupportCaseRepository supportCases;
  private final ActivityRepository activities;
  private final CampaignRepository campaigns;
  private final CampaignMemberRepository campaignMembers;
  private volatile Runnable beforeRelay = () -> { };

  private JdbcCrm(DataSource dataSource, @Nullable Connection keeper, @Nullable JdbcConnectionPool pool) {
    this.database = new Database(dataSource);
    this.keeper = keeper;
    this.pool = pool;
    this.outbox = new Outbox(database, mapper, Clock.systemUTC(), subscribers);
    this.publisher = new JdbcEventPublisher(database, outbox, this::relayAfterCommit);
    this.unitOfWork = new JdbcUnitOfWork(database, this::relayAfterCommit);
    this.accounts = new JdbcAccountRepository(this);
    this.contacts = new JdbcContactRepository(this);
    this.leads = new JdbcLeadRepository(this);
    this.opportunities = new JdbcOpportunityRepository(this);
    this.products = new JdbcProductRepository(this);
    this.priceBooks = new JdbcPriceBookRepository(this);
    this.quotes = new JdbcQuoteRepository(this);
    this.orders = new JdbcOrderRepository(this);
    this.supportCases = new JdbcSupportCaseRepository(this);
    this.activities = new JdbcActivityRepository(this);
    this.campaigns = new JdbcCampaignRepository(this);
    this.campaignMembers = new JdbcCampaignMemberRepository(this);
  }

  /**
   * Opens the CRM on a data source the host configured (a pool, typically): migrates the schema,
   * then relays the events left unrelayed in the outbox to {@code subscribers}. Closing the CRM
   * leaves the data source open.
   *
   * @param subscribers receive every event delivered from now on, in order, before {@code open}
   *     returns for the events a previous run left
   * @throws CrmStorageException when the database cannot be reached or migrated
   * @throws RuntimeException what a subscriber threw while relaying the events a previous run left;
   *     those events stay in the outbox
   */
  @SafeVarargs
  public static JdbcCrm open(DataSource dataSource, Consumer<? super CrmEvent>... subscribers) {
    Objects.requireNonNull(dataSource, "dataSource");
    return start(new JdbcCrm(dataSource, null, null), true, subscribers);
  }

  /**
   * Opens the CRM on a data source whose database this process has migrated already, as
   * {@link #open(DataSource, Consumer[])} does but without asking Flyway again: for tests that open
   * a CRM per test on one database.
   */
  static JdbcCrm openMigrated(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return start(new JdbcCrm(dataSource, null, null), false, List.of());
  }

  /**
   * Opens the CRM on a database named by its JDBC URL, such as
   * {@code jdbc:postgresql://localhost:5432/crm} or {@code jdbc:h2:file:/var/crm/crm}, as
   * {@link #open(DataSource, Consumer[])} does. For PostgreSQL each call opens a new connection,
   * without a pool (a host with load passes a pooled data source instead); an H2 database, which
   * runs in this process, is kept open until the CRM is closed, through a pool of up to
   * {@value #H2_POOL_SIZE} connections.
   *
   * @throws CrmStorageException when the database cannot be reached or migrated
   */
  @SafeVarargs
  public static JdbcCrm open(String jdbcUrl, String user, String password, Consumer<? super CrmEvent>... subscribers) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:h2:")) {
      return start(new JdbcCrm(new UrlDataSource(jdbcUrl, user, password), null, null), true, subscribers);
    }
    // H2 runs in this process: a pool costs nothing and spares each transaction opening the file's session
    JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, user, password);
    pool.setMaxConnections(H2_POOL_SIZE);
    Connection keeper;
    try {
      keeper = pool.getConnection();
    } catch (SQLException e) {
      pool.dispose();
      throw new CrmStorageException("opening " + jdbcUrl, e);
    }
    return start(new JdbcCrm(pool, keeper, pool), true, subscribers);
  }

  /**
   * Opens the CRM on the embedded H2 database in a directory, making the directory and the database
   * the first time: the file {@code crm.mv.db} there ({@link #embeddedUrl}). One process at a time
   * may have it open.
   *
   * @param directory where the database lives, such as {@link #DEFAULT_DIRECTORY}
   * @throws CrmStorageException when the database cannot be made, opened (another process has it) or
   *     migrated
   */
  @SafeVarargs
  public static JdbcCrm openEmbedded(Path directory, Consumer<? super CrmEvent>... subscribers) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the database directory " + directory, e);
    }
    return open(embeddedUrl(directory), "sa", "", subscribers);
  }

  /** The JDBC URL of the embedded H2 database in a directory, with crmkit's settings for H2. */
  public static String embeddedUrl(Path directory) {
    Path file = directory.toAbsolutePath().normalize().resolve(EMBEDDED_DATABASE_NAME);
    return "jdbc:h2:file:" + file + H2_SETTINGS;
  }

  private static JdbcCrm start(JdbcCrm crm, boolean migrate, Consumer<? super CrmEvent>[] subscribers) {
    return start(crm, migrate, List.of(subscribers));
  }

  private static JdbcCrm start(JdbcCrm crm, boolean migrate, List<Consumer<? super CrmEvent>> subscribers) {
    try {
      for (Consumer<? super CrmEvent> subscriber : subscribers) {
        crm.subscribe(subscriber);
      }
      if (migrate) {
        crm.migrate();
      }
      crm.relayPending();
      return crm;
    } catch (RuntimeException | Error e) {
      crm.closeAfter(e);
      throw e;
    }
  }

  private void migrate() {
    try {
      Flyway.configure(JdbcCrm.class.getClassLoader())
          .dataSource(database.dataSource())
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new CrmStorageException("migrating the schema", e);
    }
  }

  /**
   * The unit of work over every repository and the publisher of this CRM: one database transaction
   * on the calling thread, joined at a savepoint by nested calls. After a commit that wrote events
   * the outbox is relayed on the same thread; an exception a subscriber throws then is rethrown
   * from the call, though everything was committed.
   */
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /**
   * The event publisher: writes each event to the outbox, in the transaction running on this thread
   * (relayed after its commit) or, outside one, on its own and relayed before {@code publish}
   * returns.
   */
  public CrmEventPublisher publisher() {
    return publisher;
  }

  /**
   * The relayed events of each aggregate, read from the outbox: an event published in a transaction
   * appears once the transaction committed and the event was delivered to every subscriber, never if
   * the transaction rolled back.
   */
  public CrmEventHistory eventHistory() {
    return outbox;
  }

  /**
   * Adds a subscriber that receives every event relayed from now on, in sequence order, on the
   * thread that relays (the one that committed). A subscriber that throws leaves the event
   * unrelayed: it and the later events of the same aggregate are delivered again, to every
   * subscriber, at the next relay, so subscribers drop events they have seen by event id. The
   * exception is rethrown to the thread relaying, after the commit.
   *
   * @return a handle that removes the subscriber
   */
  public Subscription subscribe(Consumer<? super CrmEvent> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    if (outbox.keepsHistoryOnly()) {
      throw new IllegalStateException("this CRM keeps events as history only and delivers none; subscribe on"
          + " a CRM opened without keepEventsAsHistoryOnly()");
    }
    Consumer<? super CrmEvent> entry = subscriber::accept;
    subscribers.add(entry);
    return () -> subscribers.remove(entry);
  }

  /**
   * Makes this CRM write the events published from now on as relayed already: stored in the outbox
   * in the same transaction as the changes, and so part of the records' history, but delivered to
   * no subscriber, by this CRM or any other on the database. For batch jobs that have no
   * subscribers, such as {@code crm import}: they skip the relay's reading and marking of every
   * event after the commit, about a fifth of the time of a large import on H2. Events written
   * before, and those other CRMs write, are relayed as usual.
   *
   * @return this CRM
   * @throws IllegalStateException when the CRM has subscribers, which would then miss events
   */
  public JdbcCrm keepEventsAsHistoryOnly() {
    if (!subscribers.isEmpty()) {
      throw new IllegalStateException("this CRM has " + subscribers.size() + " subscriber(s), which would"
          + " receive no more events; keep events as history only on a CRM without subscribers");
    }
    outbox.keepHistoryOnly();
    return this;
  }

  /**
   * Delivers every event of the outbox not yet relayed to the subscribers, in sequence order, and
   * marks each relayed; runs after each commit that wrote events and when the CRM is opened. Events
   * a subscriber fails on stay for the next relay.
   *
   * @return how many events were relayed
   * @throws RuntimeException the first exception a subscriber threw, after the rest was relayed
   */
  public int relayPending() {
    return outbox.relayPending();
  }

  private void relayAfterCommit() {
    beforeRelay.run();
    outbox.relayPending();
  }

  /**
   * Runs {@code hook} between each commit (or event written outside a transaction) and its relay,
   * so that a test can fail there as a crash would.
   */
  void beforeEachRelay(Runnable hook) {
    this.beforeRelay = Objects.requireNonNull(hook, "hook");
  }

  /** The accounts, found by id, domain and folded name. */
  public AccountRepository accounts() {
    return accounts;
  }

  /** The contacts, found by id, e-mail address, phone number and account. */
  public ContactRepository contacts() {
    return contacts;
  }

  /** The leads, found by id, e-mail address and status. */
  public LeadRepository leads() {
    return leads;
  }

  /** The opportunities, found by id, account, contact and source lead. */
  public OpportunityRepository opportunities() {
    return opportunities;
  }

  /** The products, found by id and SKU. */
  public ProductRepository products() {
    return products;
  }

  /** The price books, found by id, folded name and currency. */
  public PriceBookRepository priceBooks() {
    return priceBooks;
  }

  /** The quotes, found by id, quote number, account and opportunity. */
  public QuoteRepository quotes() {
    return quotes;
  }

  /** The orders, found by id, order number, account and contact. */
  public OrderRepository orders() {
    return orders;
  }

  /** The support cases, found by id, case number, account and contact. */
  public SupportCaseRepository supportCases() {
    return supportCases;
  }

  /** The activities, found by id and by each kind of record they relate to. */
  public ActivityRepository activities() {
    return activities;
  }

  /** The campaigns, found by id and folded name. */
  public CampaignRepository campaigns() {
    return campaigns;
  }

  /** The campaign members, found by id, campaign, contact and lead. */
  public CampaignMemberRepository campaignMembers() {
    return campaignMembers;
  }

  /**
   * Closes the database if this CRM opened it from a URL ({@link #open(String, String, String,
   * Consumer[])}, {@link #openEmbedded}); a data source handed to {@link #open(DataSource,
   * Consumer[])} is left open. The CRM is not used afterwards.
   *
   * @throws CrmStorageException when the database fails to close
   */
  @Override
  public void close() {
    try {
      if (keeper != null) {
        keeper.close();
      }
    } catch (SQLException e) {
      throw new CrmStorageException("closing the database", e);
    } finally {
      if (pool != null) {
        pool.dispose();
      }
    }
  }

  private void closeAfter(Throwable failure) {
    try {
      close();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** A new store of one aggregate's table in this CRM's database, for its repository. */
  <I extends AggregateId, A extends Aggregate<I>> JdbcStore<I, A> newStore(
      String table, Class<A> type, JdbcStore.Versioner<A> versioner, List<? extends Key<A>> keys) {
    return new JdbcStore<>(database, mapper, table, type, versioner, keys);
  }

  /** A subscription, cancelled by {@link #cancel()}. */
  @FunctionalInterface
  public interface Subscription {
    /** Stops delivering to the subscriber; an event being delivered may still reach it. */
    void cancel();
  }
}
