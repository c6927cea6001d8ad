package io.crmkit.examples.cli;

import io.crmkit.analytics.clv.ModelTimeUnit;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a time unit on the command line: day, week, month or year (plurals too), ignoring case. */
final class ClvUnitName implements ITypeConverter<ModelTimeUnit>, Iterable<String> {
  /** Makes the converter; picocli calls it. */
  ClvUnitName() {}

  @Override
  public ModelTimeUnit convert(String value) {
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    String singular = wanted.endsWith("s") ? wanted.substring(0, wanted.length() - 1) : wanted;
    return Arrays.stream(ModelTimeUnit.values()).filter(unit -> unit.label().equals(singular)).findFirst()
        .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a unit: choose day, week, month"
            + " (30.4375 days) or year (365.25 days)"));
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(ModelTimeUnit.values()).map(ModelTimeUnit::label).iterator();
  }
}
