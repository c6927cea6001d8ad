package io.crmkit.core.event;

import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.EventId;
import java.time.Instant;
import java.util.Set;

/**
 * A support case was changed: which fields changed, not their values (read the support case for those).
 *
 * @param eventId the event's id
 * @param caseId the changed support case
 * @param changedFields the names of the fields that changed, such as {@code name} or
 *     {@code customFields.tier}; never empty, sorted
 * @param aggregateVersion the support case's version after the change
 * @param occurredAt when it happened
 */
public record SupportCaseChanged(
    EventId eventId, CaseId caseId, Set<String> changedFields, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "support-case.changed";

  /** Checks the event and keeps an immutable, sorted copy of the field names. */
  public SupportCaseChanged {
    EventChecks.envelope("supportCaseChanged", eventId, "caseId", caseId, aggregateVersion, occurredAt);
    changedFields = EventChecks.fieldNames("supportCaseChanged.changedFields", changedFields);
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
