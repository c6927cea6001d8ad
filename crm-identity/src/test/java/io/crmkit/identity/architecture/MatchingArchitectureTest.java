package io.crmkit.identity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * The rules the matching packages of crm-identity keep (record, normalise, compare, block, match,
 * cluster, evaluate): no JSON, JDBC or logging backend, no sibling module or crm-core internals,
 * no package cycles, no system clock, and layers in one direction.
 */
@AnalyzeClasses(packages = "io.crmkit.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class MatchingArchitectureTest {
  private static final String[] MINE = {
    "io.crmkit.identity.record..", "io.crmkit.identity.normalise..", "io.crmkit.identity.compare..",
    "io.crmkit.identity.block..", "io.crmkit.identity.match..", "io.crmkit.identity.cluster..",
    "io.crmkit.identity.evaluate.."
  };

  @ArchTest
  static final ArchRule no_json_jdbc_or_logging_backend = noClasses()
      .that().resideInAnyPackage(MINE)
      .should().dependOnClassesThat().resideInAnyPackage(
          "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "ch.qos.logback..", "org.apache.logging.log4j.core..",
          "org.apache.log4j..", "org.slf4j..")
      .because("matching is plain computation on records; the host chooses its storage and logging");

  @ArchTest
  static final ArchRule no_sibling_module_and_no_crm_core_internals = noClasses()
      .that().resideInAnyPackage(MINE)
      .should().dependOnClassesThat().resideInAnyPackage(
          "io.crmkit.lifecycle..", "io.crmkit.scoring..", "io.crmkit.analytics..", "io.crmkit.examples..",
          "io.crmkit.benchmarks..", "io.crmkit.core.internal..", "io.crmkit.core.memory..")
      .because("crm-identity depends on crm-core's API alone");

  @ArchTest
  static final ArchRule the_packages_are_free_of_cycles = slices()
      .matching("io.crmkit.identity.(*)..")
      .should().beFreeOfCycles()
      .because("a cycle between packages makes them one package in disguise");

  @ArchTest
  static final ArchRule the_steps_before_matching_know_nothing_of_it = noClasses()
      .that().resideInAnyPackage("io.crmkit.identity.record..", "io.crmkit.identity.normalise..",
          "io.crmkit.identity.compare..", "io.crmkit.identity.block..", "io.crmkit.identity.cluster..")
      .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.identity.match..", "io.crmkit.identity.evaluate..")
      .because("normalising, comparing, blocking and clustering are steps a model uses, not the other way round");

  @ArchTest
  static final ArchRule matching_knows_nothing_of_judging_it = noClasses()
      .that().resideInAPackage("io.crmkit.identity.match..")
      .should().dependOnClassesThat().resideInAPackage("io.crmkit.identity.evaluate..")
      .because("a run is judged from outside, against truth it never sees");

  @ArchTest
  static final ArchRule nothing_reads_the_system_clock = noClasses()
      .that().resideInAnyPackage(MINE)
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDate.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(ZonedDateTime.class, "now")
      .orShould().callMethod(Clock.class, "systemUTC")
      .orShould().callMethod(Clock.class, "systemDefaultZone")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .because("matching is a pure function of the records and settings: the same input gives the same clusters");
}
