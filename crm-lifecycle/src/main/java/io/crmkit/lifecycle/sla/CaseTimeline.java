package io.crmkit.lifecycle.sla;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.support.CaseSeverity;
import io.crmkit.core.support.CaseStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What happened to one support case, as its service-level timers need it: its opening (in status
 * {@link CaseStatus#NEW}) and severity, then status changes, replies and comments in time order.
 *
 * <pre>{@code
 * CaseTimeline t = CaseTimeline.opened(caseId, CaseSeverity.HIGH, opened)
 *     .agentReplied(opened.plus(Duration.ofMinutes(40)))
 *     .statusChanged(opened.plus(Duration.ofHours(1)), CaseStatus.WAITING_ON_CUSTOMER)
 *     .customerCommented(opened.plus(Duration.ofHours(5)))
 *     .statusChanged(opened.plus(Duration.ofHours(5)), CaseStatus.OPEN)
 *     .resolved(opened.plus(Duration.ofHours(9)));
 * }</pre>
 *
 * @param caseId the case
 * @param severity its severity, which chooses the targets
 * @param openedAt when it was opened
 * @param facts what happened after, ordered by time; facts at the same instant keep their order
 */
public record CaseTimeline(CaseId caseId, CaseSeverity severity, Instant openedAt, List<CaseFact> facts) {
  /**
   * Checks the timeline and orders its facts by time.
   *
   * @throws CrmValidationException when a part or fact is missing ({@code required}) or a fact is
   *     before the opening ({@code caseTimeline.facts}, {@code order})
   */
  public CaseTimeline {
    CrmValidationException.required("caseTimeline.caseId", caseId);
    CrmValidationException.required("caseTimeline.severity", severity);
    CrmValidationException.required("caseTimeline.openedAt", openedAt);
    List<CaseFact> ordered = new ArrayList<>(CrmValidationException.required("caseTimeline.facts", facts).size());
    for (CaseFact f : facts) {
      CrmValidationException.required("caseTimeline.facts", f);
      if (f.at().isBefore(openedAt)) {
        throw CrmValidationException.of("caseTimeline.facts", "order", f, "a fact comes after the opening at " + openedAt);
      }
      ordered.add(f);
    }
    ordered.sort(Comparator.comparing(CaseFact::at));
    facts = List.copyOf(ordered);
  }

  /** A case just opened, with no facts yet. */
  public static CaseTimeline opened(CaseId caseId, CaseSeverity severity, Instant openedAt) {
    return new CaseTimeline(caseId, severity, openedAt, List.of());
  }

  /** This timeline with one more fact. */
  public CaseTimeline with(CaseFact fact) {
    List<CaseFact> more = new ArrayList<>(facts);
    more.add(fact);
    return new CaseTimeline(caseId, severity, openedAt, more);
  }

  /** This timeline with the case entering a status. */
  public CaseTimeline statusChanged(Instant at, CaseStatus to) {
    return with(new CaseFact.StatusChanged(at, to));
  }

  /** This timeline with a public reply by support. */
  public CaseTimeline agentReplied(Instant at) {
    return with(new CaseFact.AgentReplied(at));
  }

  /** This timeline with a comment by the customer. */
  public CaseTimeline customerCommented(Instant at) {
    return with(new CaseFact.CustomerCommented(at));
  }

  /** This timeline with the case resolved. */
  public CaseTimeline resolved(Instant at) {
    return statusChanged(at, CaseStatus.RESOLVED);
  }

  /** This timeline with the case reopened: back to {@link CaseStatus#OPEN}. */
  public CaseTimeline reopened(Instant at) {
    return statusChanged(at, CaseStatus.OPEN);
  }

  /** This timeline with the case closed. */
  public CaseTimeline closed(Instant at) {
    return statusChanged(at, CaseStatus.CLOSED);
  }
}
