package io.crmkit.analytics.adoption;

import io.crmkit.core.CrmValidationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the fields a record should have are filled in.
 *
 * @param recordType the record's type: {@code Contact}, {@code Opportunity}
 * @param recordId the record's id as text
 * @param expected the fields the record should have, each once; at least one
 * @param filled the expected fields that are filled in
 */
public record RecordCompleteness(String recordType, String recordId, List<String> expected, Set<String> filled) {
  /**
   * Checks the record.
   *
   * @throws CrmValidationException when no field is expected ({@code recordCompleteness.expected},
   *     rule {@code required}), one repeats ({@code duplicate}), or a filled field is not expected
   *     ({@code recordCompleteness.filled}, rule {@code unknown})
   */
  public RecordCompleteness {
    recordType = CrmValidationException.requiredText("recordCompleteness.recordType", recordType);
    recordId = CrmValidationException.requiredText("recordCompleteness.recordId", recordId);
    expected = List.copyOf(CrmValidationException.required("recordCompleteness.expected", expected));
    filled = Set.copyOf(CrmValidationException.required("recordCompleteness.filled", filled));
    if (expected.isEmpty()) {
      throw CrmValidationException.of("recordCompleteness.expected", "required", "[]", "a record expects a field");
    }
    if (new LinkedHashSet<>(expected).size() != expected.size()) {
      throw CrmValidationException.of("recordCompleteness.expected", "duplicate", expected, "each field once");
    }
    for (String field : filled) {
      if (!expected.contains(field)) {
        throw CrmValidationException.of("recordCompleteness.filled", "unknown", field, "not one of " + expected);
      }
    }
  }

  /** Whether at least {@code percent} percent of the expected fields are filled. */
  public boolean meets(int percent) {
    return (long) filled.size() * 100 >= (long) percent * expected.size();
  }
}
