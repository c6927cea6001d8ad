package io.crmkit.lifecycle.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import io.crmkit.lifecycle.archfixture.InjectedClockTimer;
import io.crmkit.lifecycle.archfixture.LeakyStageExport;
import io.crmkit.lifecycle.archfixture.LifecycleBoundTimerRunner;
import io.crmkit.lifecycle.archfixture.RegexStageMatcher;
import io.crmkit.lifecycle.archfixture.SystemClockTimer;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureTest} catch what they are meant to catch: each is shown a fixture
 * class that breaks it, and one that keeps it.
 */
class ArchitectureRulesTest {
  private static final String FIXTURES = "io.crmkit.lifecycle.archfixture";

  @Test
  void a_class_outside_the_json_package_using_jackson_breaks_the_json_rule() {
    EvaluationResult result = ArchitectureTest.only_the_json_package_uses_jackson.evaluate(classes(LeakyStageExport.class));

    assertThat(result.hasViolation()).isTrue();
    assertThat(details(result)).contains("com.fasterxml.jackson.databind.ObjectMapper");
  }

  @Test
  void reading_the_system_clock_breaks_the_clock_rule() {
    EvaluationResult result = ArchitectureTest.nothing_reads_the_system_clock.evaluate(classes(SystemClockTimer.class));

    assertThat(result.hasViolation()).isTrue();
    assertThat(details(result)).contains("Instant.now()");
  }

  @Test
  void comparing_names_by_regex_or_reading_records_by_reflection_breaks_the_engine_rule() {
    EvaluationResult result =
        ArchitectureTest.noRegexOrReflectionIn(FIXTURES).evaluate(classes(RegexStageMatcher.class));

    assertThat(result.hasViolation()).isTrue();
    assertThat(details(result)).contains("java.util.regex.Pattern", "String.replaceAll", "Class.getMethod");
  }

  @Test
  void a_timer_runner_that_knows_a_shipped_lifecycle_or_json_breaks_the_timer_runner_rule() {
    EvaluationResult result =
        ArchitectureTest.standsOnTheEngineAndTheTimersAlone(FIXTURES).evaluate(classes(LifecycleBoundTimerRunner.class));

    assertThat(result.hasViolation()).isTrue();
    assertThat(details(result)).contains("io.crmkit.lifecycle.shipped.B2bLeadLifecycle", "io.crmkit.lifecycle.json.LifecycleJson");
  }

  @Test
  void a_class_with_an_injected_clock_and_no_jackson_or_regex_keeps_every_rule() {
    JavaClasses keeper = classes(InjectedClockTimer.class);

    assertThat(ArchitectureTest.standsOnTheEngineAndTheTimersAlone(FIXTURES).evaluate(keeper).hasViolation()).isFalse();

    assertThat(ArchitectureTest.only_the_json_package_uses_jackson.evaluate(keeper).hasViolation()).isFalse();
    assertThat(ArchitectureTest.nothing_reads_the_system_clock.evaluate(keeper).hasViolation()).isFalse();
    assertThat(ArchitectureTest.noRegexOrReflectionIn(FIXTURES).evaluate(keeper).hasViolation()).isFalse();
  }

  private static JavaClasses classes(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  private static String details(EvaluationResult result) {
    return String.join("\n", result.getFailureReport().getDetails());
  }
}
