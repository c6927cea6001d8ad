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
 * The architecture of the pipeline, forecast, service, marketing and adoption analytics (and the
 * period, tally and csv packages they share), checked: no package cycles, no system clock, no
 * sibling module or crm-core internals, no JSON, JDBC or logging backend, and files read only by the
 * CSV loaders.
 *
 * <p>{@link PipelineArchitectureRulesTest} shows the rules catching violations in fixture classes.
 */
@AnalyzeClasses(packages = "io.crmkit.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class PipelineArchitectureTest {
  /** The packages these rules are about. */
  static final String[] PACKAGES = {
    "io.crmkit.analytics.pipeline..", "io.crmkit.analytics.forecast..", "io.crmkit.analytics.service..",
    "io.crmkit.analytics.marketing..", "io.crmkit.analytics.adoption..", "io.crmkit.analytics.period..",
    "io.crmkit.analytics.tally..", "io.crmkit.analytics.csv..",
  };

  /** JSON, JDBC and logging backends: what a host application chooses, not the domain. */
  static final String[] INFRASTRUCTURE = {
    "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "ch.qos.logback..", "org.apache.logging.log4j.core..",
    "org.apache.log4j..", "org.slf4j.simple..", "org.slf4j.jul..", "org.slf4j.nop..",
  };

  /** The sibling modules, and the parts of crm-core that are not its API. */
  static final String[] OFF_LIMITS = {
    "io.crmkit.lifecycle..", "io.crmkit.scoring..", "io.crmkit.identity..", "io.crmkit.examples..",
    "io.crmkit.benchmarks..", "io.crmkit.core.internal..", "io.crmkit.core.memory..", "io.crmkit.core.json..",
  };

  /** These packages use no Jackson, JDBC or logging backend. */
  @ArchTest
  static final ArchRule use_no_json_jdbc_or_logging_backend = noClasses()
      .that().resideInAnyPackage(PACKAGES)
      .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
      .because("analytics run embedded in hosts that choose their own storage, format and logging");

  /** These packages depend on crm-core's API only. */
  @ArchTest
  static final ArchRule depend_on_no_sibling_module_and_no_internals = noClasses()
      .that().resideInAnyPackage(PACKAGES)
      .should().dependOnClassesThat().resideInAnyPackage(OFF_LIMITS)
      .because("the sibling modules never depend on each other, and a module's internals are not API");

  /** The packages of crm-analytics depend on each other in one direction only. */
  @ArchTest
  static final ArchRule packages_are_free_of_cycles = slices()
      .assignedFrom(byPackage())
      .should().beFreeOfCycles()
      .because("a cycle between packages makes them one package in disguise");

  /** Time comes from the caller; nothing reads the system clock. */
  @ArchTest
  static final ArchRule nothing_reads_the_system_clock = noClasses()
      .that().resideInAnyPackage(PACKAGES)
      .should().callMethodWhere(readsTheSystemClock())
      .orShould().callConstructor(Date.class)
      .because("a measure is taken as of an instant or period the caller gives, so it can be reproduced");

  /** Only the CSV package and the loaders named {@code ...Csv} touch files and readers. */
  @ArchTest
  static final ArchRule measures_read_no_files = noClasses()
      .that().resideInAnyPackage(PACKAGES)
      .and().resideOutsideOfPackage("io.crmkit.analytics.csv..")
      .and().haveSimpleNameNotEndingWith("Csv")
      .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..")
      .because("measures read plain rows that a host fills from anywhere; reading files is the loaders' job");

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
