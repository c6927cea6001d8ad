package io.crmkit.analytics.archfixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks the loaders rule: a measure that reads its deals from a file itself. */
public final class StoredWinRate {
  private StoredWinRate() {}

  /** The number of deals listed in {@code file}, one a line. */
  public static long deals(Path file) throws IOException {
    try (var lines = Files.lines(file)) {
      return lines.count();
    }
  }
}
