package io.crmkit.examples.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.AggregateId;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.id.PriceBookId;
import io.crmkit.core.id.ProductId;
import io.crmkit.core.id.QuoteId;
import io.crmkit.core.port.CrmEventHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The transactional outbox: events written to {@code crm_outbox} in the transaction that published
 * them, relayed to the subscribers after the commit, and read back as the event history.
 *
 * <p>The relay hands each event not yet relayed to every subscriber, in sequence order, then marks
 * it relayed. A subscriber that throws an unchecked exception leaves the event unrelayed; the
 * later events of the same aggregate wait with it, so each aggregate's events stay in order, while
 * other aggregates' events go on. All of them are tried again at the next relay. The first such
 * exception is rethrown once the relay is done, with later ones suppressed. Only one relay runs at
 * a time: in this process a lock orders them, across processes a row lock on
 * {@code crm_outbox_relay}.
 */
final class Outbox implements CrmEventHistory {
  /** Events read from the outbox per query while relaying. */
  private static final int BATCH = 200;

  /** The stable names aggregate types are stored under, by their id type. */
  private static final Map<Class<? extends AggregateId>, String> AGGREGATE_TYPES = Map.ofEntries(
      Map.entry(AccountId.class, "Account"),
      Map.entry(ContactId.class, "Contact"),
      Map.entry(LeadId.class, "Lead"),
      Map.entry(OpportunityId.class, "Opportunity"),
      Map.entry(ProductId.class, "Product"),
      Map.entry(PriceBookId.class, "PriceBook"),
      Map.entry(QuoteId.class, "Quote"),
      Map.entry(OrderId.class, "Order"),
      Map.entry(CaseId.class, "SupportCase"),
      Map.entry(ActivityId.class, "Activity"),
      Map.entry(CampaignId.class, "Campaign"),
      Map.entry(CampaignMemberId.class, "CampaignMember"));

  private final Database database;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final List<Consumer<? super CrmEvent>> subscribers;
  private final ReentrantLock relaying = new ReentrantLock();
  private volatile boolean historyOnly;

  /**
   * Makes the outbox.
   *
   * @param clock when events are marked relayed
   * @param subscribers the subscribers, read at each delivery; a thread-safe list
   */
  Outbox(Database database, ObjectMapper mapper, Clock clock, List<Consumer<? super CrmEvent>> subscribers) {
    this.database = Objects.requireNonNull(database, "database");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.subscribers = Objects.requireNonNull(subscribers, "subscribers");
  }

  /**
   * Makes events written from now on history only: written as relayed already, never delivered.
   * See {@link JdbcCrm#keepEventsAsHistoryOnly()}.
   */
  void keepHistoryOnly() {
    historyOnly = true;
  }

  /** Whether events are written as history only. */
  boolean keepsHistoryOnly() {
    return historyOnly;
  }

  /**
   * Writes the event in the transaction on this thread, or on its own outside one: to be relayed,
   * or as relayed already when this outbox keeps history only.
   *
   * @return whether the event waits for a relay
   */
  boolean append(CrmEvent event) {
    return appendAll(List.of(Objects.requireNonNull(event, "event")));
  }

  /**
   * Writes the events, in order, as {@link #append} writes one: in one JDBC batch per
   * {@value JdbcStore#BATCH} events, all of them or none.
   *
   * @return whether the events wait for a relay (false for none)
   * @throws IllegalArgumentException when an event's aggregate is not one of crm-core's; nothing is
   *     written
   */
  boolean appendAll(List<? extends CrmEvent> events) {
    List<CrmEvent> batch = List.copyOf(events);
    if (batch.isEmpty()) {
      return false;
    }
    List<String> aggregateTypes = new ArrayList<>(batch.size());
    List<String> payloads = new ArrayList<>(batch.size());
    for (CrmEvent event : batch) {
      aggregateTypes.add(aggregateType(event.aggregateId()).orElseThrow(() -> new IllegalArgumentException(
          "not an aggregate id of crm-core: " + event.aggregateId().getClass().getName())));
      try {
        payloads.add(mapper.writeValueAsString(event));
      } catch (JsonProcessingException e) {
        throw new CrmStorageException("writing event " + event.eventId().value() + " as JSON", e);
      }
    }
    boolean toRelay = !historyOnly;
    OffsetDateTime relayedAt = toRelay ? null : OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    String what = batch.size() == 1 ? "writing event " + batch.get(0).eventId().value() + " to the outbox"
        : "writing " + batch.size() + " events to the outbox";
    database.write(what, connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO crm_outbox"
          + " (event_id, aggregate_type, aggregate_id, event_type, payload, occurred_at, relayed, relayed_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (int i = 0; i < batch.size(); i++) {
          CrmEvent event = batch.get(i);
          insert.setString(1, event.eventId().value());
          insert.setString(2, aggregateTypes.get(i));
          insert.setString(3, event.aggregateId().value());
          insert.setString(4, event.type());
          insert.setString(5, payloads.get(i));
          insert.setObject(6, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
          insert.setBoolean(7, !toRelay);
          if (relayedAt == null) {
            insert.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
          } else {
            insert.setObject(8, relayedAt);
          }
          insert.addBatch();
          if (++pending == JdbcStore.BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          insert.executeBatch();
        }
      }
      return null;
    });
    if (toRelay) {
      database.wroteEvents();
    }
    return toRelay;
  }

  /**
   * Delivers every event not yet relayed, in sequence order, and marks each relayed once every
   * subscriber took it. Returns at once when this thread is relaying already (a subscriber that
   * publishes): the running relay reaches the new events.
   *
   * @return how many events were relayed
   * @throws RuntimeException the first exception a subscriber threw, once the rest is relayed
   */
  int relayPending() {
    if (relaying.isHeldByCurrentThread()) {
      return 0;
    }
    relaying.lock();
    try {
      return database.detached("relaying the outbox", this::relay);
    } finally {
      relaying.unlock();
    }
  }

  private int relay(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    try {
      int relayed = relayLocked(connection);
      connection.commit();
      return relayed;
    } catch (SQLException | RuntimeException | Error e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private int relayLocked(Connection connection) throws SQLException {
    Set<String> waiting = new HashSet<>();
    RuntimeException failure = null;
    long after = 0;
    int relayed = 0;
    while (true) {
      lockRelay(connection);
      List<Pending> batch = pendingAfter(connection, after);
      if (batch.isEmpty()) {
        break;
      }
      List<Long> delivered = new ArrayList<>(batch.size());
      for (Pending pending : batch) {
        after = pending.sequence();
        if (waiting.contains(pending.aggregate())) {
          continue;
        }
        try {
          // with nobody subscribed there is nothing to deliver, and reading the event would only cost time
          if (!subscribers.isEmpty()) {
            CrmEvent event = mapper.readValue(pending.payload(), CrmEvent.class);
            for (Consumer<? super CrmEvent> subscriber : subscribers) {
              subscriber.accept(event);
            }
          }
        } catch (JsonProcessingException | RuntimeException e) {
          waiting.add(pending.aggregate());
          RuntimeException cause = e instanceof RuntimeException unchecked ? unchecked
              : new CrmStorageException("reading event " + pending.sequence() + " of the outbox", e);
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
          continue;
        }
        delivered.add(pending.sequence());
        relayed++;
      }
      markRelayed(connection, delivered);
      // each batch is committed as it is done, so that the history shows it; the lock is taken again
      connection.commit();
    }
    if (failure != null) {
      throw failure;
    }
    return relayed;
  }

  private static void lockRelay(Connection connection) throws SQLException {
    try (PreparedStatement lock =
            connection.prepareStatement("SELECT id FROM crm_outbox_relay WHERE id = 1 FOR UPDATE");
        ResultSet rows = lock.executeQuery()) {
      if (!rows.next()) {
        throw new SQLException("crm_outbox_relay has lost its row; the schema is not crmkit's");
      }
    }
  }

  private static List<Pending> pendingAfter(Connection connection, long after) throws SQLException {
    // Ordered as the index crm_outbox_pending (relayed, sequence_number) is: relayed is FALSE in every row,
    // and naming it lets H2 read the first rows of the index instead of sorting every pending event.
    try (PreparedStatement query = connection.prepareStatement("SELECT sequence_number, aggregate_type,"
        + " aggregate_id, payload FROM crm_outbox WHERE relayed = FALSE AND sequence_number > ?"
        + " ORDER BY relayed, sequence_number FETCH FIRST " + BATCH + " ROWS ONLY")) {
      query.setLong(1, after);
      try (ResultSet rows = query.executeQuery()) {
        List<Pending> batch = new ArrayList<>();
        while (rows.next()) {
          batch.add(new Pending(rows.getLong(1), rows.getString(2) + " " + rows.getString(3), rows.getString(4)));
        }
        return batch;
      }
    }
  }

  /** Marks the events of a batch that every subscriber took as relayed, in one round trip. */
  private void markRelayed(Connection connection, List<Long> sequences) throws SQLException {
    if (sequences.isEmpty()) {
      return;
    }
    try (PreparedStatement mark = connection.prepareStatement(
        "UPDATE crm_outbox SET relayed = TRUE, relayed_at = ? WHERE sequence_number = ?")) {
      OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
      for (long sequence : sequences) {
        mark.setObject(1, now);
        mark.setLong(2, sequence);
        mark.addBatch();
      }
      mark.executeBatch();
    }
  }

  /**
   * The relayed events of an aggregate, in the order they occurred; events that occurred at the
   * same instant in the order they were written.
   */
  @Override
  public List<CrmEvent> eventsOf(AggregateId aggregateId) {
    Objects.requireNonNull(aggregateId, "aggregateId");
    Optional<String> aggregateType = aggregateType(aggregateId);
    if (aggregateType.isEmpty()) {
      return List.of();
    }
    List<CrmEvent> events = database.read("reading the events of " + aggregateId.value(), connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT payload FROM crm_outbox"
          + " WHERE aggregate_type = ? AND aggregate_id = ? AND relayed = TRUE"
          + " ORDER BY occurred_at, sequence_number")) {
        query.setString(1, aggregateType.get());
        query.setString(2, aggregateId.value());
        try (ResultSet rows = query.executeQuery()) {
          List<CrmEvent> found = new ArrayList<>();
          while (rows.next()) {
            found.add(readEvent(rows.getString(1)));
          }
          return found;
        }
      }
    });
    // the column may be coarser than an instant: sort again on the exact times, keeping ties in order
    List<CrmEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(CrmEvent::occurredAt));
    return List.copyOf(sorted);
  }

  private CrmEvent readEvent(String payload) {
    try {
      return mapper.readValue(payload, CrmEvent.class);
    } catch (JsonProcessingException e) {
      throw new CrmStorageException("reading an event of the outbox", e);
    }
  }

  private static Optional<String> aggregateType(AggregateId id) {
    return Optional.ofNullable(AGGREGATE_TYPES.get(id.getClass()));
  }

  /** An event not yet relayed: its place in the outbox, its aggregate (type and id) and its JSON. */
  private record Pending(long sequence, String aggregate, String payload) {}
}
