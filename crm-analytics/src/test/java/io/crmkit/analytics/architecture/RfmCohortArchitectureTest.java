package io.crmkit.analytics.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.time.Clock;
import java.util.Date;

/**
 * The architecture of RFM, cohorts and the transactions CSV loader, checked: crm-core's API only (no
 * sibling module, no crm-core internals), no JSON, JDBC or logging backend, no package cycles, no
 * system clock, and the analyses independent of the file format.
 */
@AnalyzeClasses(packages = "io.crmkit.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class RfmCohortArchitectureTest {
  /** The packages these rules are about. */
  static final String[] MINE = {
    "io.crmkit.analytics.rfm..", "io.crmkit.analytics.cohort..", "io.crmkit.analytics.csv..",
  };

  /** JSON, JDBC and logging backends: what a host application chooses. */
  static final String[] INFRASTRUCTURE = {
    "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "ch.qos.logback..", "org.apache.logging.log4j.core..",
    "org.apache.log4j..", "org.slf4j.simple..", "org.slf4j.jul..", "org.slf4j.nop..",
  };

  /** The sibling modules, and the parts of crm-core that are not its API. */
  static final String[] OFF_LIMITS = {
    "io.crmkit.lifecycle..", "io.crmkit.scoring..", "io.crmkit.identity..", "io.crmkit.examples..",
    "io.crmkit.benchmarks..", "io.crmkit.core.internal..", "io.crmkit.core.memory..",
  };

  /** RFM, cohorts and the loader use no Jackson, JDBC or logging backend. */
  @ArchTest
  static final ArchRule no_json_jdbc_or_logging_backend = noClasses()
      .that().resideInAnyPackage(MINE)
      .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
      .because("crm-analytics is embedded in hosts that choose their own database, format and logging");

  /** These packages depend on crm-core's API only. */
  @ArchTest
  static final ArchRule depends_on_no_sibling_module_and_no_internals = noClasses()
      .that().resideInAnyPackage(MINE)
      .should().dependOnClassesThat().resideInAnyPackage(OFF_LIMITS)
      .because("the sibling modules never depend on each other, and a module's internal package is not API");

  /** RFM and cohorts read transactions, never files. */
  @ArchTest
  static final ArchRule analyses_do_not_know_the_file_format = noClasses()
      .that().resideInAnyPackage("io.crmkit.analytics.rfm..", "io.crmkit.analytics.cohort..")
      .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.analytics.csv..", "java.nio.file..")
      .because("an analysis takes Transactions from anywhere; CSV is one way to fill them");

  /** The packages of crm-analytics depend on each other in one direction only. */
  @ArchTest
  static final ArchRule packages_are_free_of_cycles = slices()
      .assignedFrom(byPackage())
      .should().beFreeOfCycles()
      .because("a cycle between packages makes them one package in disguise");

  /** Time comes from the caller: an analysis date, a window; nothing reads the system clock. */
  @ArchTest
  static final ArchRule nothing_reads_the_system_clock = noClasses()
      .that().resideInAnyPackage(MINE)
      .should().callMethodWhere(readsTheSystemClock())
      .orShould().callConstructor(Date.class)
      .because("RFM and cohorts are computed as of dates the caller gives, so that they can be reproduced");

  /** A call of {@code now()} on a java.time type without a Clock, or of System.currentTimeMillis(). */
  static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
    return DescribedPredicate.describe("a java.time now() without a Clock, or System.currentTimeMillis()", call -> {
      String owner = call.getTargetOwner().getName();
      String method = call.getName();
      if (owner.equals(System.class.getName())) {
        return method.equals("currentTimeMillis");
      }
      return owner.startsWith("java.time.") && method.equals("now")
          && call.getTarget().getRawParameterTypes().stream().noneMatch(type -> type.isEquivalentTo(Clock.class));
    });
  }

  /** Each package of crm-analytics as one slice. */
  private static SliceAssignment byPackage() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return javaClass.getPackageName().startsWith("io.crmkit.analytics")
            ? SliceIdentifier.of(javaClass.getPackageName())
            : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "the packages of crm-analytics";
      }
    };
  }
}
