package io.crmkit.identity.quality;

import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Optional;

/**
 * A data-quality report over a set of records: the quality of each field, every invalid or
 * suspicious value, and the duplicates found.
 *
 * @param records the number of records looked at
 * @param completionBar the share of records each field should be filled in, from 0 to 1
 * @param fields the quality of each field seen in a record or named by the rules, sorted by name
 * @param issues every invalid or suspicious value, by record (in the order given), then field
 * @param duplicates the duplicates found
 */
public record QualityReport(int records, double completionBar, List<FieldQuality> fields, List<ValueIssue> issues,
    DuplicateSummary duplicates) {
  /** Checks the parts and keeps immutable copies. */
  public QualityReport {
    if (records < 0) {
      throw CrmValidationException.of("qualityReport.records", "range", records, "0 or more");
    }
    fields = List.copyOf(CrmValidationException.required("qualityReport.fields", fields));
    issues = List.copyOf(CrmValidationException.required("qualityReport.issues", issues));
    CrmValidationException.required("qualityReport.duplicates", duplicates);
  }

  /** The quality of one field, if the report has it. */
  public Optional<FieldQuality> field(String name) {
    return fields.stream().filter(f -> f.field().equals(name)).findFirst();
  }

  /** The fields whose completion rate is below the bar. */
  public List<FieldQuality> fieldsBelowBar() {
    return fields.stream().filter(f -> !f.meetsCompletionBar()).toList();
  }

  /** The issues of one severity. */
  public List<ValueIssue> issues(Severity severity) {
    return issues.stream().filter(i -> i.severity() == severity).toList();
  }
}
