package io.crmkit.examples.cli;

import io.crmkit.examples.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on a terminal: one line per step on stderr, rewritten in place as the step goes
 * ({@code simulating the days: 91/182}) and finished with the time the step took. Redrawn only
 * when the shown percentage changes, so a step of many small units costs little.
 */
final class TerminalProgress implements Progress {
  private final PrintWriter err;
  private String step = "";
  private int shownPercent = -1;
  private long startedNanos;
  private boolean open;

  /** Progress written to {@code err}. */
  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void update(String name, int done, int total) {
    if (!name.equals(step)) {
      finishLine();
      step = name;
      shownPercent = -1;
      startedNanos = System.nanoTime();
    }
    int percent = total == 0 ? 100 : (int) (done * 100L / total);
    if (percent == shownPercent) {
      return;
    }
    shownPercent = percent;
    err.print("\r" + step + ": " + done + "/" + total);
    open = true;
    if (done >= total) {
      double seconds = (System.nanoTime() - startedNanos) / 1e9;
      err.print(String.format(Locale.ROOT, " (%.1f s)", seconds));
      finishLine();
    }
    err.flush();
  }

  /** Ends the line of the step being shown, if one is open. */
  void finishLine() {
    if (open) {
      err.println();
      err.flush();
      open = false;
    }
  }
}
