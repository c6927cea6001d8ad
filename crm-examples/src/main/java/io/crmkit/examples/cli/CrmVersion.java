package io.crmkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The text of {@code crm --version}: crmkit's version, then the Java runtime it runs on. */
final class CrmVersion implements IVersionProvider {
  private static final String RESOURCE = "crm-version.properties";

  /** Returns the version lines. */
  @Override
  public String[] getVersion() {
    return new String[] {
      "crm " + crmkitVersion() + " (crmkit)",
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
          + System.getProperty("os.name") + " " + System.getProperty("os.arch")
    };
  }

  /** crmkit's version as Maven built it, such as {@code 0.1.0}. */
  static String crmkitVersion() {
    try (InputStream in = CrmVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "(unknown version)";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "(unknown version)");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
