package io.crmkit.examples.architecture.archfixture;

/**
 * A command that breaks the exit rule on purpose: it ends the JVM itself. Only architecture tests
 * import it.
 */
public final class ExitingCommand {
  /** Ends the process with exit code 2. */
  public void refuse() {
    System.exit(2);
  }
}
