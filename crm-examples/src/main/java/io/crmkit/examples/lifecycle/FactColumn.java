package io.crmkit.examples.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.util.function.Function;

/**
 * A column of a facts file: its name, what it holds, and how a cell of it is read.
 *
 * @param name the column's name, lower case with {@code _}: {@code first_contact_at}
 * @param description what a cell holds, for the help: {@code when customer success first contacted
 *     the customer (ISO instant)}
 * @param reader reads a non-blank cell, stripped, into the value the replay context takes; refuses a
 *     bad cell with a {@link CrmValidationException} whose field is the column's name
 */
public record FactColumn(String name, String description, Function<String, ?> reader) {
  /** Checks the parts. */
  public FactColumn {
    CrmValidationException.requiredText("factColumn.name", name);
    CrmValidationException.requiredText("factColumn.description", description);
    CrmValidationException.required("factColumn.reader", reader);
  }

  /** A column. */
  public static FactColumn of(String name, String description, Function<String, ?> reader) {
    return new FactColumn(name, description, reader);
  }

  /** {@code first_contact_at: when customer success first contacted the customer (ISO instant)}. */
  @Override
  public String toString() {
    return name + ": " + description;
  }
}
