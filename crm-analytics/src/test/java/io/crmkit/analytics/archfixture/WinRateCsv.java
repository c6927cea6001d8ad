package io.crmkit.analytics.archfixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Keeps the loaders rule: a loader named {@code ...Csv} may read files. */
public final class WinRateCsv {
  private WinRateCsv() {}

  /** The lines of {@code file}, one deal a line. */
  public static List<String> read(Path file) throws IOException {
    return Files.readAllLines(file);
  }
}
