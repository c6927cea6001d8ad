package io.crmkit.scoring.health;

/** Numbers as a person writes them. */
final class HealthNumbers {
  private HealthNumbers() {}

  /** {@code 50} for a whole number, {@code 2.5} otherwise. */
  static String shown(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }
}
