package io.crmkit.identity.merge;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * One record's value of a field, offered to the survivorship rules: the value, the record it comes
 * from and what the rules look at (when that record was last updated, its source, whether it is the
 * survivor).
 *
 * @param recordId the record holding the value
 * @param value the value; never empty (records without a value for the field are not candidates)
 * @param updatedAt when the record was last updated (the rules judge recency by record, not by field)
 * @param source where the record came from, such as {@code crm} or {@code web form}; absent when unknown
 * @param survivor whether the record is the one that survives the merge
 */
public record FieldCandidate(AggregateId recordId, Object value, Instant updatedAt, Optional<String> source,
    boolean survivor) {

  /** Checks every part. */
  public FieldCandidate {
    CrmValidationException.required("fieldCandidate.recordId", recordId);
    CrmValidationException.required("fieldCandidate.value", value);
    CrmValidationException.required("fieldCandidate.updatedAt", updatedAt);
    CrmValidationException.required("fieldCandidate.source", source);
  }

  /**
   * How complete the value is, for {@link SurvivorshipRule.MostComplete}: the number of characters of
   * a text (code points, white space runs counted once), the number of elements of a collection, and
   * the length of the text form of anything else.
   */
  public int completeness() {
    if (value instanceof Collection<?> c) {
      return c.size();
    }
    String text = value instanceof CharSequence s ? s.toString() : String.valueOf(value);
    String folded = Folding.fold(text);
    return folded.codePointCount(0, folded.length());
  }
}
