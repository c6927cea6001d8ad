package io.crmkit.analytics.csv;

import io.crmkit.core.CrmValidationException;

/**
 * A CSV row that was not read, and why: its line, the field refused, the rule it broke and the
 * sentence that explains it.
 *
 * @param line the line the row starts on, from 1
 * @param field the column or the input field refused, such as {@code close_date}
 * @param rule the rule broken, such as {@code required} or {@code date}
 * @param value the refused value as text
 * @param message the refusal in a sentence
 */
public record RejectedRow(int line, String field, String rule, String value, String message) {
  /** Checks the report. */
  public RejectedRow {
    if (line < 1) {
      throw CrmValidationException.of("rejectedRow.line", "range", line, "lines count from 1");
    }
    CrmValidationException.required("rejectedRow.field", field);
    CrmValidationException.required("rejectedRow.rule", rule);
    CrmValidationException.required("rejectedRow.value", value);
    CrmValidationException.required("rejectedRow.message", message);
  }

  /** The report of a row refused by a validation exception. */
  public static RejectedRow of(int line, CrmValidationException refusal) {
    return new RejectedRow(line, refusal.field(), refusal.rule(), refusal.rejectedValue(), refusal.getMessage());
  }

  @Override
  public String toString() {
    return "line " + line + ": " + message;
  }
}
