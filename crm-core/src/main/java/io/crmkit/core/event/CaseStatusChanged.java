package io.crmkit.core.event;

import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.EventId;
import io.crmkit.core.support.CaseStatus;
import java.time.Instant;

/**
 * A support case moved from one status to another.
 *
 * @param eventId the event's id
 * @param caseId the support case
 * @param from the status it left
 * @param to the status it entered; never the same as {@code from}
 * @param aggregateVersion the case's version after the change
 * @param occurredAt when it happened
 */
public record CaseStatusChanged(
    EventId eventId, CaseId caseId, CaseStatus from, CaseStatus to, long aggregateVersion,
    Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "support-case.status-changed";

  /** Checks the event. */
  public CaseStatusChanged {
    EventChecks.envelope("caseStatusChanged", eventId, "caseId", caseId, aggregateVersion, occurredAt);
    EventChecks.changes("caseStatusChanged", from, to);
  }

  @Override
  public CaseId aggregateId() {
    return caseId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
