package io.crmkit.examples.jdbc;

/** The outbox's specification on H2. */
class H2OutboxTest extends OutboxContract {
  @Override
  FreshCrm freshCrm() {
    return FreshCrm.onH2();
  }
}
