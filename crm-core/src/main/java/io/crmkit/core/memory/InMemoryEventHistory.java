package io.crmkit.core.memory;

import io.crmkit.core.AggregateId;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.port.CrmEventHistory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The in-memory {@link CrmEventHistory}: the events its {@link InMemoryEventPublisher} delivered,
 * indexed by aggregate id. An event a transaction published is kept only once the transaction
 * committed, so a rolled-back transaction's events never appear. Thread-safe.
 *
 * <p>Each aggregate's events are kept in the order they occurred ({@link CrmEvent#occurredAt()});
 * events that occurred at the same instant stay in the order delivered.
 */
final class InMemoryEventHistory implements CrmEventHistory {
  // Guarded by this.
  private final Map<AggregateId, List<CrmEvent>> byAggregate = new HashMap<>();

  /** Keeps a delivered event. */
  synchronized void record(CrmEvent event) {
    List<CrmEvent> events = byAggregate.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>());
    int at = events.size();
    while (at > 0 && events.get(at - 1).occurredAt().isAfter(event.occurredAt())) {
      at--;
    }
    events.add(at, event);
  }

  @Override
  public synchronized List<CrmEvent> eventsOf(AggregateId aggregateId) {
    Objects.requireNonNull(aggregateId, "aggregateId");
    return List.copyOf(byAggregate.getOrDefault(aggregateId, List.of()));
  }
}
