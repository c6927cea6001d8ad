package io.crmkit.examples.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.io.InputStream;

/**
 * A CSV file to read: its name, for the problems found in it, and its content as UTF-8 bytes. The
 * stream is read to its end and left open.
 *
 * @param name the file's name as the user gave it, such as {@code examples/lifecycle/b2b-events.csv}
 * @param content the file's bytes
 */
public record CsvInput(String name, InputStream content) {
  /** Checks the parts. */
  public CsvInput {
    CrmValidationException.requiredText("csvInput.name", name);
    CrmValidationException.required("csvInput.content", content);
  }

  /** A file to read. */
  public static CsvInput of(String name, InputStream content) {
    return new CsvInput(name, content);
  }
}
