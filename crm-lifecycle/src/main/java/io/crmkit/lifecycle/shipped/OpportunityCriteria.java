package io.crmkit.lifecycle.shipped;

import io.crmkit.core.activity.Activity;
import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.ExitCriterion;
import io.crmkit.lifecycle.Violation;
import io.crmkit.lifecycle.internal.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The exit criteria of the opportunity lifecycle that the engine's {@code Criteria} do not make. */
final class OpportunityCriteria {
  private OpportunityCriteria() {}

  /** Where a {@link Logged} criterion looks for its evidence. */
  enum Source {
    /** E-mails logged: agreements in writing. */
    EMAIL("an e-mail", "is logged", "e-mails logged", OpportunityLifecycle.EMAIL_MISSING, OpportunityEvidence::emailKinds),
    /** Meetings and calls held. */
    MEETING("a meeting", "is held", "meetings held", OpportunityLifecycle.MEETING_MISSING, OpportunityEvidence::meetingsHeld);

    final String noun;
    final String verb;
    final String plural;
    final String code;
    final Function<OpportunityEvidence, List<String>> kinds;

    Source(String noun, String verb, String plural, String code, Function<OpportunityEvidence, List<String>> kinds) {
      this.noun = noun;
      this.verb = verb;
      this.plural = plural;
      this.code = code;
      this.kinds = kinds;
    }
  }

  /**
   * An activity of a kind is logged: {@code an e-mail of kind 'pricing agreed' is logged}.
   *
   * @param id the criterion's id
   * @param source where to look
   * @param kind the kind, as a person writes it
   */
  record Logged(CriterionId id, Source source, String kind) implements ExitCriterion<OpportunityEvidence> {
    @Override
    public String description() {
      return source.noun + " of kind '" + Names.label("kind", kind) + "' " + source.verb;
    }

    @Override
    public List<Violation> check(OpportunityEvidence evidence) {
      String canonical = Names.canonical("kind", kind);
      List<String> found = source.kinds.apply(evidence);
      for (String logged : found) {
        if (Names.matches(canonical, logged)) {
          return List.of();
        }
      }
      String noun = source.noun.substring(source.noun.indexOf(' ') + 1);
      return List.of(Violation.of(
          source.code, id,
          "no " + noun + " of kind '" + Names.label("kind", kind) + "' " + source.verb,
          List.of(found.isEmpty() ? "no " + source.plural : source.plural + ": " + String.join(", ", found))));
    }
  }

  /**
   * Internal approvals are under way: at least one approval task, each with a named approver (its
   * owner) and a target date (its due time).
   *
   * @param id the criterion's id
   */
  record ApprovalsUnderWay(CriterionId id) implements ExitCriterion<OpportunityEvidence> {
    @Override
    public String description() {
      return "internal approvals are under way with named approvers and target dates";
    }

    @Override
    public List<Violation> check(OpportunityEvidence evidence) {
      List<Activity> approvals = evidence.approvals();
      if (approvals.isEmpty()) {
        return List.of(Violation.of(
            Violation.APPROVAL_MISSING, id, "no internal approval is under way", List.of("no approval tasks")));
      }
      List<Violation> violations = new ArrayList<>();
      for (Activity approval : approvals) {
        if (approval.ownerId().isEmpty()) {
          violations.add(Violation.of(
              OpportunityLifecycle.APPROVER_MISSING, id,
              "approval '" + approval.subject() + "' has no named approver", List.of("approver = (none)")));
        }
        if (approval.due().isEmpty()) {
          violations.add(Violation.of(
              OpportunityLifecycle.TARGET_DATE_MISSING, id,
              "approval '" + approval.subject() + "' has no target date", List.of("due = (none)")));
        }
      }
      return List.copyOf(violations);
    }
  }

  /**
   * Every internal approval is granted: at least one approval task, and every one done.
   *
   * @param id the criterion's id
   */
  record ApprovalsGranted(CriterionId id) implements ExitCriterion<OpportunityEvidence> {
    @Override
    public String description() {
      return "every internal approval is granted";
    }

    @Override
    public List<Violation> check(OpportunityEvidence evidence) {
      List<Activity> approvals = evidence.approvals();
      if (approvals.isEmpty()) {
        return List.of(Violation.of(
            Violation.APPROVAL_MISSING, id, "no internal approval is recorded", List.of("no approval tasks")));
      }
      List<Violation> violations = new ArrayList<>();
      for (Activity approval : approvals) {
        if (approval.doneAt().isEmpty()) {
          violations.add(Violation.of(
              OpportunityLifecycle.APPROVAL_PENDING, id,
              "approval '" + approval.subject() + "' is not granted yet",
              List.of(
                  "approver = " + approval.ownerId().map(Object::toString).orElse("(none)"),
                  "due = " + approval.due().map(Object::toString).orElse("(none)"))));
        }
      }
      return List.copyOf(violations);
    }
  }
}
