package io.crmkit.analytics.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import io.crmkit.analytics.pipearchfixture.AsOfWinRate;
import io.crmkit.analytics.pipearchfixture.TodaysWinRate;
import org.junit.jupiter.api.Test;

/** The clock rule of {@link PipelineArchitectureTest} catches a measure that reads the system clock. */
class PipelineArchitectureRulesTest {
  private static final ArchRule NO_CLOCK_IN_FIXTURES = ArchRuleDefinition.noClasses()
      .that().resideInAPackage("io.crmkit.analytics.pipearchfixture")
      .should().callMethodWhere(PipelineArchitectureTest.readsTheSystemClock());

  @Test
  void a_measure_reading_the_system_clock_breaks_the_clock_rule() {
    EvaluationResult result = NO_CLOCK_IN_FIXTURES.evaluate(classes(TodaysWinRate.class));

    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails())).contains("LocalDate.now()");
  }

  @Test
  void a_measure_given_its_date_keeps_the_clock_rule() {
    assertThat(NO_CLOCK_IN_FIXTURES.evaluate(classes(AsOfWinRate.class)).hasViolation()).isFalse();
  }

  private static JavaClasses classes(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }
}
