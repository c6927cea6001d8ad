package io.crmkit.scoring.rules;

/** What a field of a {@link ScoringSchema} holds, and so which conditions may test it. */
public enum FieldKind {
  /** One text: tested by equals, in, contains, matches, present and absent. */
  TEXT,
  /** Several texts (tags, technologies used): a text test holds when one of them passes. */
  TEXTS,
  /** One number: tested by range, present and absent. */
  NUMBER,
  /**
   * A value known only at run time, such as a custom field or a CSV column: every condition may
   * test it; a range reads it as a number and fails when it is not one.
   */
  TEXT_OR_NUMBER;

  /** Whether text tests (equals, in, contains, matches) may test a field of this kind. */
  public boolean holdsText() {
    return this != NUMBER;
  }

  /** Whether a range may test a field of this kind. */
  public boolean holdsNumber() {
    return this == NUMBER || this == TEXT_OR_NUMBER;
  }
}
