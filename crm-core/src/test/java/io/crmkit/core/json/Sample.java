package io.crmkit.core.json;

/**
 * A value with the type it is read back as, for properties over many types at once.
 *
 * @param type the type passed to {@code readValue}
 * @param value the value written
 */
record Sample<T>(Class<T> type, T value) {
  /** A sample of a value read back as {@code type}. */
  static <T> Sample<T> of(Class<T> type, T value) {
    return new Sample<>(type, value);
  }

  @Override
  public String toString() {
    return type.getSimpleName() + ": " + value;
  }
}
