package io.crmkit.identity.merge;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import java.util.Optional;

/**
 * How one field of a golden record was decided: whose value won, by which rule, and why, in a
 * sentence for a person.
 *
 * @param field the field, such as {@code firstName}, {@code emails} or {@code customFields.tier}
 * @param winner the record whose value won (for a list, the record whose elements come first);
 *     absent when no record holds a value
 * @param decidedBy the rule that decided: a {@link SurvivorshipRule#name() rule's name}, or
 *     {@value #ONLY_VALUE}, {@value #AGREEMENT}, {@value #NO_VALUE}, {@value #TIE_BREAK},
 *     {@value #ALL_KEPT}
 * @param explanation a sentence saying which value won and why
 */
public record FieldDecision(String field, Optional<AggregateId> winner, String decidedBy, String explanation) {
  /** Only one record holds a value. */
  public static final String ONLY_VALUE = "only value";
  /** Every record holding a value holds the same one. */
  public static final String AGREEMENT = "agreement";
  /** No record holds a value. */
  public static final String NO_VALUE = "no value";
  /** The rules left a tie: the survivor's value won, else the one of the record with the smallest id. */
  public static final String TIE_BREAK = "tie-break";
  /** Every record's value is kept (consent records, attribution touches). */
  public static final String ALL_KEPT = "all kept";

  /** Checks every part. */
  public FieldDecision {
    CrmValidationException.requiredText("fieldDecision.field", field);
    CrmValidationException.required("fieldDecision.winner", winner);
    CrmValidationException.requiredText("fieldDecision.decidedBy", decidedBy);
    CrmValidationException.requiredText("fieldDecision.explanation", explanation);
  }

  @Override
  public String toString() {
    return explanation;
  }
}
