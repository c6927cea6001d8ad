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
 * The architecture of crm-analytics, each rule stated once over every package of the module: no
 * package cycles, no system clock, crm-core's API only (no sibling module, no crm-core internals), no
 * JDBC or logging backend, Jackson only in a json package, files read only by the CSV loaders, RFM and
 * cohorts independent of the file format, and the shared CLV values independent of the models.
 *
 * <p>{@link AnalyticsArchitectureRulesTest} shows these rules catching violations in fixture classes.
 */
@AnalyzeClasses(packages = AnalyticsArchitectureTest.MODULE, importOptions = ImportOption.DoNotIncludeTests.class)
class AnalyticsArchitectureTest {
  /** The base package of crm-analytics. */
  static final String MODULE = "io.crmkit.analytics";

  /** Every package of crm-analytics. */
  private static final String ALL = MODULE + "..";

  /** The one package that may use Jackson (none does today). */
  private static final String JSON = MODULE + ".json..";

  /** The package of the CSV reader that the {@code ...Csv} loaders share. */
  private static final String CSV = MODULE + ".csv..";

  /** JDBC and logging backends: what a host application chooses, not the analytics. */
  private static final String[] INFRASTRUCTURE = {
    "java.sql..", "javax.sql..", "ch.qos.logback..", "org.apache.logging.log4j.core..", "org.apache.log4j..",
    "org.slf4j.simple..", "org.slf4j.jul..", "org.slf4j.nop..",
  };

  /** The sibling modules, and the parts of crm-core that are not its API. */
  private static final String[] OFF_LIMITS = {
    "io.crmkit.lifecycle..", "io.crmkit.scoring..", "io.crmkit.identity..", "io.crmkit.examples..",
    "io.crmkit.benchmarks..", "io.crmkit.core.internal..", "io.crmkit.core.memory..", "io.crmkit.core.json..",
  };

  /** The packages of crm-analytics depend on each other in one direction only. */
  @ArchTest
  static final ArchRule packages_are_free_of_cycles = slices()
      .assignedFrom(byPackage())
      .should().beFreeOfCycles()
      .because("a cycle between packages makes them one package in disguise");

  /** Time comes from the caller: an analysis date, a window, a calibration end; nothing reads the system clock. */
  @ArchTest
  static final ArchRule nothing_reads_the_system_clock = noClasses()
      .that().resideInAPackage(ALL)
      .should().callMethodWhere(readsTheSystemClock())
      .orShould().callConstructor(Date.class)
      .because("a measure or fit is taken as of instants the caller gives, so that it can be reproduced");

  /** crm-analytics depends on crm-core's API only. */
  @ArchTest
  static final ArchRule depends_on_no_sibling_module_and_no_core_internals = noClasses()
      .that().resideInAPackage(ALL)
      .should().dependOnClassesThat().resideInAnyPackage(OFF_LIMITS)
      .because("the sibling modules never depend on each other, and a module's internals are not API");

  /** No package uses a JDBC or logging backend. */
  @ArchTest
  static final ArchRule uses_no_jdbc_or_logging_backend = noClasses()
      .that().resideInAPackage(ALL)
      .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
      .because("crm-analytics is embedded in hosts that choose their own database and logging");

  /** Jackson only in a json package. */
  @ArchTest
  static final ArchRule uses_jackson_only_in_a_json_package = noClasses()
      .that().resideInAPackage(ALL)
      .and().resideOutsideOfPackage(JSON)
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
      .because("the analytics take plain values; a JSON format is one adapter, kept in one place");

  /** Only the CSV package and the loaders named {@code ...Csv} touch files, readers or the CSV reader. */
  @ArchTest
  static final ArchRule only_the_loaders_read_files = noClasses()
      .that().resideInAPackage(ALL)
      .and().resideOutsideOfPackage(CSV)
      .and().haveSimpleNameNotEndingWith("Csv")
      .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", CSV)
      .because("measures read plain rows that a host fills from anywhere; reading files is the loaders' job");

  /** RFM and cohorts read transactions, never files, not even through a loader of their own. */
  @ArchTest
  static final ArchRule rfm_and_cohorts_do_not_know_the_file_format = noClasses()
      .that().resideInAnyPackage(MODULE + ".rfm..", MODULE + ".cohort..")
      .should().dependOnClassesThat().resideInAnyPackage(CSV, "java.nio.file..")
      .because("an analysis takes Transactions from anywhere; CSV is one way to fill them");

  /** The shared CLV values (purchase data, time units, fit results) know none of the models. */
  @ArchTest
  static final ArchRule the_shared_clv_values_do_not_reach_into_the_models = noClasses()
      .that().resideInAPackage(MODULE + ".clv")
      .should().dependOnClassesThat().resideInAnyPackage(MODULE + ".clv.*..")
      .because("the models build on the shared values, never the other way round");

  /** A call of {@code now()} on a java.time type without a Clock, or of System.currentTimeMillis(). */
  private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
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
        return javaClass.getPackageName().startsWith(MODULE)
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
