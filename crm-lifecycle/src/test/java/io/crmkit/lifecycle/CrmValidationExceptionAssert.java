package io.crmkit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.CrmValidationException;

/** Asserts the whole message of a refusal, so that a test pins the words a person reads. */
final class CrmValidationExceptionAssert {
  private CrmValidationExceptionAssert() {}

  /** Asserts that the exception's message is exactly {@code expected}. */
  static void message(CrmValidationException e, String expected) {
    assertThat(e.getMessage()).isEqualTo(expected);
  }
}
