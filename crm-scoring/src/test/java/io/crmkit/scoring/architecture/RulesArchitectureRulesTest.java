package io.crmkit.scoring.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import io.crmkit.scoring.rulesarchfixture.InjectedTimeScorer;
import io.crmkit.scoring.rulesarchfixture.LeakyModelExport;
import io.crmkit.scoring.rulesarchfixture.RegexPerRecordScorer;
import io.crmkit.scoring.rulesarchfixture.SystemClockScorer;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link RulesArchitectureTest} catch what they are meant to catch: each is shown a
 * fixture class that breaks it, and one that keeps it.
 */
class RulesArchitectureRulesTest {
  private static final String FIXTURES = "io.crmkit.scoring.rulesarchfixture";

  /** The JSON rule, applied to the fixture package as if it were a domain package. */
  private static final ArchRule NO_JACKSON_IN_FIXTURES = ArchRuleDefinition.noClasses()
      .that().resideInAPackage(FIXTURES)
      .should().dependOnClassesThat().resideInAnyPackage(RulesArchitectureTest.INFRASTRUCTURE);

  /** The clock rule, applied to the fixture package. */
  private static final ArchRule NO_CLOCK_IN_FIXTURES = ArchRuleDefinition.noClasses()
      .that().resideInAPackage(FIXTURES)
      .should().callMethodWhere(RulesArchitectureTest.readsTheSystemClock());

  @Test
  void a_scoring_class_using_jackson_breaks_the_json_rule() {
    EvaluationResult result = NO_JACKSON_IN_FIXTURES.evaluate(classes(LeakyModelExport.class));

    assertThat(result.hasViolation()).isTrue();
    assertThat(details(result)).contains("com.fasterxml.jackson.databind.ObjectMapper");
  }

  @Test
  void reading_the_system_clock_breaks_the_clock_rule() {
    EvaluationResult result = NO_CLOCK_IN_FIXTURES.evaluate(classes(SystemClockScorer.class));

    assertThat(result.hasViolation()).isTrue();
    assertThat(details(result)).contains("Instant.now()");
  }

  @Test
  void compiling_a_regex_per_record_or_reflecting_breaks_the_engine_rule() {
    EvaluationResult result =
        RulesArchitectureTest.noRegexOrReflectionIn(FIXTURES).evaluate(classes(RegexPerRecordScorer.class));

    assertThat(result.hasViolation()).isTrue();
    assertThat(details(result)).contains("Pattern.compile", "String.matches", "Class.getMethod");
  }

  @Test
  void a_scorer_with_time_passed_in_and_fields_read_through_accessors_keeps_every_rule() {
    JavaClasses keeper = classes(InjectedTimeScorer.class);

    assertThat(NO_JACKSON_IN_FIXTURES.evaluate(keeper).hasViolation()).isFalse();
    assertThat(NO_CLOCK_IN_FIXTURES.evaluate(keeper).hasViolation()).isFalse();
    assertThat(RulesArchitectureTest.noRegexOrReflectionIn(FIXTURES).evaluate(keeper).hasViolation()).isFalse();
  }

  private static JavaClasses classes(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  private static String details(EvaluationResult result) {
    return String.join("\n", result.getFailureReport().getDetails());
  }
}
