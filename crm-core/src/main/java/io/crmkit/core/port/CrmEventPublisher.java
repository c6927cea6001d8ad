package io.crmkit.core.port;

import io.crmkit.core.event.CrmEvent;
import java.util.List;
import java.util.Objects;

/**
 * Delivers domain events to whoever listens: in-process handlers, an outbox table, a message
 * broker. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Inside a {@link UnitOfWork} an event is held back: the events of a transaction are delivered
 * in the order they were published, only after it commits, and dropped if it does not. Outside a
 * unit of work an event is delivered before {@link #publish} returns.
 */
public interface CrmEventPublisher {
  /** Publishes one event. */
  void publish(CrmEvent event);

  /** Publishes events in the order of the list, as if {@link #publish} were called for each. */
  default void publishAll(List<? extends CrmEvent> events) {
    Objects.requireNonNull(events, "events");
    for (CrmEvent event : events) {
      publish(Objects.requireNonNull(event, "event"));
    }
  }
}
