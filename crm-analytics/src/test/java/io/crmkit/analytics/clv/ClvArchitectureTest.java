package io.crmkit.analytics.clv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;

/**
 * The architecture of the CLV packages, checked: no package cycles, no system clock, no sibling
 * module, no JSON, JDBC or logging backend, and the models' helpers in internal only.
 */
@AnalyzeClasses(packages = "io.crmkit.analytics.clv", importOptions = ImportOption.DoNotIncludeTests.class)
class ClvArchitectureTest {
  private static final String CLV = "io.crmkit.analytics.clv..";

  @ArchTest
  static final ArchRule clv_packages_are_free_of_cycles = slices()
      .matching("io.crmkit.analytics.clv.(**)")
      .should().beFreeOfCycles()
      .because("a cycle between packages makes them one package in disguise");

  @ArchTest
  static final ArchRule clv_depends_on_no_sibling_module_and_no_core_internals = noClasses()
      .that().resideInAPackage(CLV)
      .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.lifecycle..", "io.crmkit.scoring..",
          "io.crmkit.identity..", "io.crmkit.examples..", "io.crmkit.benchmarks..", "io.crmkit.core.internal..",
          "io.crmkit.core.memory..")
      .because("the sibling modules never depend on each other, and a module's internal package is not API");

  @ArchTest
  static final ArchRule clv_uses_no_json_jdbc_or_logging_backend = noClasses()
      .that().resideInAPackage(CLV)
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "java.sql..", "javax.sql..",
          "ch.qos.logback..", "org.apache.logging.log4j.core..", "org.slf4j.simple..")
      .because("crm-analytics is embedded in hosts that choose their own formats, database and logging");

  @ArchTest
  static final ArchRule clv_reads_no_system_clock = noClasses()
      .that().resideInAPackage(CLV)
      .should().callMethodWhere(readsTheSystemClock())
      .because("calibration ends and horizons are given by the caller, so that a fit can be reproduced");

  @ArchTest
  static final ArchRule the_shared_clv_values_do_not_reach_into_the_models = noClasses()
      .that().resideInAPackage("io.crmkit.analytics.clv")
      .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.analytics.clv.*..")
      .because("the models build on the shared values, never the other way round");

  /** A call of {@code now()} on a java.time type without a Clock, or of System.currentTimeMillis(). */
  private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
    return DescribedPredicate.describe("a java.time now() without a Clock, or System.currentTimeMillis()", call -> {
      String owner = call.getTargetOwner().getName();
      if (owner.equals(System.class.getName())) {
        return call.getName().equals("currentTimeMillis");
      }
      return owner.startsWith("java.time.") && call.getName().equals("now")
          && call.getTarget().getRawParameterTypes().stream().noneMatch(type -> type.isEquivalentTo(Clock.class));
    });
  }
}
