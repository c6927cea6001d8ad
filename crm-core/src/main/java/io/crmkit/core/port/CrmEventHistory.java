package io.crmkit.core.port;

import io.crmkit.core.AggregateId;
import io.crmkit.core.event.CrmEvent;
import java.util.List;

/**
 * The events a host kept: what happened to each record, such as an opportunity's stage changes,
 * for timelines and audits. Implemented by the host application (a JDBC host reads its outbox);
 * the in-memory publisher keeps every event it delivered.
 */
public interface CrmEventHistory {
  /** The delivered events of this aggregate, in the order they occurred; empty when none. */
  List<CrmEvent> eventsOf(AggregateId aggregateId);
}
