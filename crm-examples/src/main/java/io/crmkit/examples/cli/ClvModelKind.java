package io.crmkit.examples.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The CLV models {@code crm clv} fits, by their command-line names. */
enum ClvModelKind {
  /** BG/NBD (Fader, Hardie and Lee 2005). */
  BGNBD("bgnbd", "BG/NBD"),
  /** Pareto/NBD (Schmittlein, Morrison and Colombo 1987). */
  PNBD("pnbd", "Pareto/NBD"),
  /** MBG/NBD (Batislam, Denizel and Filiztekin 2007). */
  MBGNBD("mbgnbd", "MBG/NBD"),
  /** The Gamma-Gamma spend model. */
  GG("gg", "Gamma-Gamma");

  private final String name;
  private final String label;

  ClvModelKind(String name, String label) {
    this.name = name;
    this.label = label;
  }

  /** The command-line name: {@code bgnbd}. */
  String cliName() {
    return name;
  }

  /** The model's name in the literature: {@code BG/NBD}. */
  String label() {
    return label;
  }

  /** Whether it models purchases (all but the spend model). */
  boolean purchases() {
    return this != GG;
  }

  /** Reads a model name, ignoring case; lists the names for completion. */
  static final class Name implements ITypeConverter<ClvModelKind>, Iterable<String> {
    /** Makes the converter; picocli calls it. */
    Name() {}

    @Override
    public ClvModelKind convert(String value) {
      String wanted = value.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(kind -> kind.name.equals(wanted)).findFirst()
          .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a model: choose bgnbd, pnbd, mbgnbd"
              + " or gg"));
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(kind -> kind.name).iterator();
    }
  }
}
