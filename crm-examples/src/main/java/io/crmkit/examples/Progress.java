package io.crmkit.examples;

/**
 * Told how a long step goes, to show progress: generating a sample company, reading a CRM for a
 * report. Called on the thread doing the work.
 */
@FunctionalInterface
public interface Progress {
  /**
   * A step has done {@code done} of its {@code total} units.
   *
   * @param step what is being done, such as {@code "simulating the days"}
   * @param done units done so far, 0 to {@code total}
   * @param total units the step has
   */
  void update(String step, int done, int total);

  /** Progress that goes nowhere. */
  static Progress none() {
    return (step, done, total) -> { };
  }
}
