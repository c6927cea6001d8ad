package io.crmkit.examples.csv;

/**
 * Why a row was rejected, or why a whole file was refused: where, which field, which rule, and a
 * sentence for a person.
 *
 * @param line the line of the file the row starts on, from 1 (the header is line 1)
 * @param field the column (such as {@code email}), the model's field when the rule spans several
 *     columns (such as {@code contact.name}), or {@code row}, {@code header}, {@code file} or
 *     {@code store} for the row, header or file as a whole and for the store's refusal
 * @param rule a short rule code: {@code required}, {@code invalid}, {@code utf8}, {@code quote},
 *     {@code duplicate}...; the {@code CrmValidationException} rule when the model refused a value
 * @param reason what was wrong and, where it helps, what to do
 */
public record ImportProblem(int line, String field, String rule, String reason) {
  @Override
  public String toString() {
    return "line " + line + ", " + field + ": " + rule + (reason.isEmpty() ? "" : ": " + reason);
  }
}
