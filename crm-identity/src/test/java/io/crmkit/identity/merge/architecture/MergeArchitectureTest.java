package io.crmkit.identity.merge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of merging and data quality, checked: no infrastructure, no sibling module or
 * crm-core internals, crm-core's in-memory adapters only in the in-memory merge history, no package
 * cycles, and time only from an injected clock.
 */
@AnalyzeClasses(packages = {"io.crmkit.identity.merge", "io.crmkit.identity.quality"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class MergeArchitectureTest {
  /** The packages these rules are about. */
  static final String[] PACKAGES = {"io.crmkit.identity.merge..", "io.crmkit.identity.quality.."};

  /** The domain packages: everything but the in-memory adapter. */
  static final String[] DOMAIN = {"io.crmkit.identity.merge", "io.crmkit.identity.quality"};

  /** JSON, JDBC and logging backends. */
  static final String[] INFRASTRUCTURE = {
    "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "ch.qos.logback..", "org.apache.logging.log4j.core..",
    "org.apache.log4j..", "org.slf4j..",
  };

  /** The sibling modules and the parts of crm-core that are not its API. */
  static final String[] OFF_LIMITS = {
    "io.crmkit.lifecycle..", "io.crmkit.scoring..", "io.crmkit.analytics..", "io.crmkit.examples..",
    "io.crmkit.benchmarks..", "io.crmkit.core.internal..",
  };

  /** Merging and data quality use no Jackson, JDBC or logging. */
  @ArchTest
  static final ArchRule no_json_jdbc_or_logging = noClasses()
      .that().resideInAnyPackage(PACKAGES)
      .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
      .because("crm-identity is embedded in hosts that choose their own database, format and logging");

  /** They depend on crm-core's API only. */
  @ArchTest
  static final ArchRule no_sibling_module_or_internals = noClasses()
      .that().resideInAnyPackage(PACKAGES)
      .should().dependOnClassesThat().resideInAnyPackage(OFF_LIMITS)
      .because("the sibling modules never depend on each other, and crm-core's internal package is not API");

  /** Only the in-memory merge history stands on crm-core's in-memory adapters. */
  @ArchTest
  static final ArchRule domain_does_not_use_the_in_memory_adapters = noClasses()
      .that().resideInAnyPackage(DOMAIN)
      .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.core.memory..", "io.crmkit.identity.merge.memory..")
      .because("a merge runs on whatever ports the host implements; the in-memory ones are one choice");

  /** The packages depend on each other in one direction only. */
  @ArchTest
  static final ArchRule no_package_cycles = slices()
      .matching("io.crmkit.identity.(**)")
      .should().beFreeOfCycles()
      .because("a cycle between packages makes them one package in disguise");

  /** Time comes from an injected clock. */
  @ArchTest
  static final ArchRule nothing_reads_the_system_clock = noClasses()
      .that().resideInAnyPackage(PACKAGES)
      .should().callMethodWhere(DescribedPredicate.describe("a java.time now() without a Clock, or System.currentTimeMillis()",
          (JavaMethodCall call) -> {
            String owner = call.getTargetOwner().getName();
            if (owner.equals(System.class.getName())) {
              return call.getName().equals("currentTimeMillis");
            }
            return owner.startsWith("java.time.") && call.getName().equals("now")
                && call.getTarget().getRawParameterTypes().stream().noneMatch(p -> p.isAssignableTo(java.time.Clock.class));
          }))
      .because("merges, unmerges and reports happen at the time of the injected clock, so they can be tested and replayed");
}
