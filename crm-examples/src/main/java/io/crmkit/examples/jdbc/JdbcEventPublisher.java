package io.crmkit.examples.jdbc;

import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.port.CrmEventPublisher;
import java.util.List;
import java.util.Objects;

/**
 * The JDBC {@link CrmEventPublisher}: writes each event to the outbox. Inside a unit of work the
 * event is written in its transaction and relayed after the commit; outside one it is written and
 * relayed before {@link #publish} returns.
 */
final class JdbcEventPublisher implements CrmEventPublisher {
  private final Database database;
  private final Outbox outbox;
  private final Runnable relay;

  /**
   * Makes the publisher.
   *
   * @param relay relays the outbox, run after an event written outside a transaction
   */
  JdbcEventPublisher(Database database, Outbox outbox, Runnable relay) {
    this.database = database;
    this.outbox = outbox;
    this.relay = relay;
  }

  @Override
  public void publish(CrmEvent event) {
    Objects.requireNonNull(event, "event");
    boolean toRelay = outbox.append(event);
    if (toRelay && database.current().isEmpty()) {
      relay.run();
    }
  }

  /**
   * Publishes the events in order, as {@link #publish} would one after another, but writes them to
   * the outbox in one JDBC batch (and, outside a transaction, as one transaction relayed once).
   *
   * @throws NullPointerException when the list or one of its events is missing; nothing is written
   */
  @Override
  public void publishAll(List<? extends CrmEvent> events) {
    Objects.requireNonNull(events, "events");
    boolean toRelay = outbox.appendAll(events);
    if (toRelay && database.current().isEmpty()) {
      relay.run();
    }
  }
}
