package io.crmkit.examples.cli;

import io.crmkit.examples.Progress;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
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

  /**
   * Whether the command runs on a terminal: a console is attached and, on Java 22 and later
   * (where a console exists even when the output is redirected), it is a terminal.
   */
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before Java 22 a console exists only on a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

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
