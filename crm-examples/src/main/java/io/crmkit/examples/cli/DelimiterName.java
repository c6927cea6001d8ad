package io.crmkit.examples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a CSV delimiter on the command line: one character ({@code ;}), or {@code tab}. */
final class DelimiterName implements ITypeConverter<Character> {
  /** Makes the converter; picocli calls it. */
  DelimiterName() {}

  @Override
  public Character convert(String value) {
    if (value.equalsIgnoreCase("tab") || value.equals("\\t")) {
      return '\t';
    }
    if (value.length() != 1 || value.equals("\"")) {
      throw new TypeConversionException("'" + value + "' is not a delimiter: give one character, such as ; or |,"
          + " or tab (not a quote)");
    }
    return value.charAt(0);
  }
}
