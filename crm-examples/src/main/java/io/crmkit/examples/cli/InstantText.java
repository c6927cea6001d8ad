package io.crmkit.examples.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an instant on the command line: ISO-8601 in UTC, such as {@code 2026-03-02T09:00:00Z}. */
final class InstantText implements ITypeConverter<Instant> {
  /** Makes the converter; picocli calls it. */
  InstantText() {}

  @Override
  public Instant convert(String value) {
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not an instant: give an ISO-8601 instant in UTC, such as"
          + " 2026-03-02T09:00:00Z");
    }
  }
}
