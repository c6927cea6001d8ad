package io.crmkit.examples.jdbc;

/** The JDBC unit of work's specification on H2. */
class H2UnitOfWorkTest extends UnitOfWorkContract {
  @Override
  FreshCrm freshCrm() {
    return FreshCrm.onH2();
  }
}
