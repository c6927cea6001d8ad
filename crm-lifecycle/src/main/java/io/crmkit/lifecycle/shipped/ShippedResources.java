package io.crmkit.lifecycle.shipped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the JSON definitions shipped in this package's resources. */
final class ShippedResources {
  private ShippedResources() {}

  /**
   * The text of a class-path resource, in UTF-8.
   *
   * @param name the resource's absolute name, such as {@code /io/crmkit/lifecycle/shipped/b2b-lead.json}
   * @throws IllegalStateException when the resource is missing from the jar
   * @throws UncheckedIOException when it cannot be read
   */
  static String text(String name) {
    try (InputStream in = ShippedResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from crm-lifecycle's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
