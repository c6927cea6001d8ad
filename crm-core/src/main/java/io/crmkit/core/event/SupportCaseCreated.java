package io.crmkit.core.event;

import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.EventId;
import java.time.Instant;

/**
 * A support case was created.
 *
 * @param eventId the event's id
 * @param caseId the new support case
 * @param aggregateVersion the support case's version after the change (1 when it was created by its first save)
 * @param occurredAt when it happened
 */
public record SupportCaseCreated(EventId eventId, CaseId caseId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "support-case.created";

  /** Checks the event. */
  public SupportCaseCreated {
    EventChecks.envelope("supportCaseCreated", eventId, "caseId", caseId, aggregateVersion, occurredAt);
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
