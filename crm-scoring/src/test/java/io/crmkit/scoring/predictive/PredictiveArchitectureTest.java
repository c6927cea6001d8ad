package io.crmkit.scoring.predictive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
 * The rules the predictive scoring packages keep (dataset, predictive and its models, evaluation):
 * no JSON, JDBC or logging backend, no sibling module or crm-core internals, no package cycles, no
 * system clock, layers in one direction, the CSV parser private to the dataset package, commons-math3
 * only where the logistic regression is fitted, and models as plain records.
 */
@AnalyzeClasses(
    packages = {"io.crmkit.scoring.dataset", "io.crmkit.scoring.predictive", "io.crmkit.scoring.evaluation"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class PredictiveArchitectureTest {
  private static final String[] MINE = {
    "io.crmkit.scoring.dataset..", "io.crmkit.scoring.predictive..", "io.crmkit.scoring.evaluation.."
  };

  @ArchTest
  static final ArchRule no_json_jdbc_or_logging_backend = noClasses()
      .that().resideInAnyPackage(MINE)
      .should().dependOnClassesThat().resideInAnyPackage(
          "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "ch.qos.logback..", "org.apache.logging.log4j.core..",
          "org.apache.log4j..", "org.slf4j..")
      .because("models are plain records a json package may write later; the host chooses its database and logging");

  @ArchTest
  static final ArchRule no_sibling_module_and_no_crm_core_internals = noClasses()
      .that().resideInAnyPackage(MINE)
      .should().dependOnClassesThat().resideInAnyPackage(
          "io.crmkit.lifecycle..", "io.crmkit.analytics..", "io.crmkit.identity..", "io.crmkit.examples..",
          "io.crmkit.benchmarks..", "io.crmkit.core.internal..", "io.crmkit.core.memory..")
      .because("crm-scoring depends on crm-core's API alone (the CSV reader is its own, not crm-examples')");

  @ArchTest
  static final ArchRule the_packages_are_free_of_cycles = slices()
      .matching("io.crmkit.scoring.(**)")
      .should().beFreeOfCycles()
      .because("a cycle between packages makes them one package in disguise");

  @ArchTest
  static final ArchRule training_data_knows_no_model = noClasses()
      .that().resideInAPackage("io.crmkit.scoring.dataset..")
      .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.scoring.predictive..", "io.crmkit.scoring.evaluation..")
      .because("data come first: models read datasets, and judging reads models, never the other way round");

  @ArchTest
  static final ArchRule models_know_nothing_of_judging_them = noClasses()
      .that().resideInAPackage("io.crmkit.scoring.predictive..")
      .should().dependOnClassesThat().resideInAPackage("io.crmkit.scoring.evaluation..")
      .because("a model is judged from outside, on leads it was not trained on");

  @ArchTest
  static final ArchRule bayes_knows_nothing_of_logistic = noClasses()
      .that().resideInAPackage("io.crmkit.scoring.predictive.bayes..")
      .should().dependOnClassesThat().resideInAPackage("io.crmkit.scoring.predictive.logistic..")
      .because("each model can be dropped or replaced without touching the other");

  @ArchTest
  static final ArchRule logistic_knows_nothing_of_bayes = noClasses()
      .that().resideInAPackage("io.crmkit.scoring.predictive.logistic..")
      .should().dependOnClassesThat().resideInAPackage("io.crmkit.scoring.predictive.bayes..")
      .because("each model can be dropped or replaced without touching the other");

  @ArchTest
  static final ArchRule the_csv_parser_is_the_dataset_package_s_own = classes()
      .that().resideInAPackage("io.crmkit.scoring.dataset.internal..")
      .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("io.crmkit.scoring.dataset..")
      .because("an internal package is not API, not even for the module's other packages");

  @ArchTest
  static final ArchRule commons_math_only_fits_the_logistic_regression = noClasses()
      .that().resideInAnyPackage(MINE)
      .and().resideOutsideOfPackage("io.crmkit.scoring.predictive.logistic..")
      .should().dependOnClassesThat().resideInAPackage("org.apache.commons.math3..")
      .because("the linear algebra of Newton's method is the one place that needs it");

  @ArchTest
  static final ArchRule models_are_records = classes()
      .that().implement(PredictiveModel.class)
      .should().beRecords()
      .because("a model's state is plain data that can be stored, compared and read back");

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
      .because("training and judging are pure functions of their data: the same leads give the same model");
}
