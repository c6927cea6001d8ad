package io.crmkit.examples.cli;

import io.crmkit.examples.lifecycle.ShippedLifecycle;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the short name of a shipped lifecycle on the command line ({@code b2b-lead}), and lists the
 * names for the help.
 */
final class ShippedLifecycleName implements ITypeConverter<ShippedLifecycle>, Iterable<String> {
  /** Makes the converter; picocli calls it. */
  ShippedLifecycleName() {}

  @Override
  public ShippedLifecycle convert(String value) {
    return ShippedLifecycle.byKey(value).orElseThrow(() -> new TypeConversionException(
        "no shipped lifecycle '" + value + "': choose " + String.join(", ", ShippedLifecycle.keys())));
  }

  /** The names, for {@code ${COMPLETION-CANDIDATES}} in the help. */
  @Override
  public Iterator<String> iterator() {
    return ShippedLifecycle.keys().iterator();
  }
}
