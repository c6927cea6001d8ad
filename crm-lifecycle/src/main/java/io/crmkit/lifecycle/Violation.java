package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.util.List;

/**
 * One reason a move was refused: an exit criterion that does not hold, or one of the engine's own
 * rules (the trigger does not lead out of the stage, an automatic move back, a move back without a
 * reason).
 *
 * @param code what kind of failure, a stable code for programs such as {@code field_missing} (the
 *     constants of this type are the codes crm-lifecycle uses; criteria of the host may add others)
 * @param criterion the id of the criterion or rule that does not hold
 * @param message a sentence for a person, such as {@code budget is not filled in}
 * @param evidence what was observed in the record, one fact a line, such as {@code budget = (none)};
 *     possibly empty
 */
public record Violation(String code, CriterionId criterion, String message, List<String> evidence) {
  /** A required field is empty. */
  public static final String FIELD_MISSING = "field_missing";
  /** No note of the required kind is present. */
  public static final String NOTE_MISSING = "note_missing";
  /** No contact is named in the required role. */
  public static final String CONTACT_ROLE_MISSING = "contact_role_missing";
  /** The required approval is not recorded. */
  public static final String APPROVAL_MISSING = "approval_missing";
  /** The required date is not agreed. */
  public static final String DATE_NOT_AGREED = "date_not_agreed";
  /** A criterion made from a predicate does not hold. */
  public static final String NOT_MET = "not_met";
  /** None of the alternatives of {@link Criteria#any} holds. */
  public static final String NONE_MET = "none_met";
  /** The criterion negated by {@link Criteria#not} holds. */
  public static final String MUST_NOT_HOLD = "must_not_hold";
  /** The trigger does not lead out of the record's stage. */
  public static final String TRIGGER_NOT_AVAILABLE = "trigger_not_available";
  /** The record's stage is terminal: nothing leads out of it. */
  public static final String TERMINAL_STAGE = "terminal_stage";
  /** An automatic move would take the record back to a lower rank. */
  public static final String AUTOMATIC_MOVE_BACK = "automatic_move_back";
  /** A person moves the record back without a reason. */
  public static final String REASON_REQUIRED = "reason_required";

  /** Checks the violation; the code and message are stripped, the evidence copied. */
  public Violation {
    code = CrmValidationException.requiredText("violation.code", code);
    CrmValidationException.required("violation.criterion", criterion);
    message = CrmValidationException.requiredText("violation.message", message);
    evidence = List.copyOf(CrmValidationException.required("violation.evidence", evidence));
  }

  /** A violation with evidence. */
  public static Violation of(String code, CriterionId criterion, String message, List<String> evidence) {
    return new Violation(code, criterion, message, evidence);
  }

  /** A violation without evidence. */
  public static Violation of(String code, CriterionId criterion, String message) {
    return new Violation(code, criterion, message, List.of());
  }
}
