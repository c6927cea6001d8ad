package io.crmkit.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import io.crmkit.core.contact.archfixture.InjectedClockFollowUp;
import io.crmkit.core.contact.archfixture.LeakyContactExport;
import io.crmkit.core.contact.archfixture.SystemClockFollowUp;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureTest} catch what they are meant to catch: each is shown a
 * fixture class in a domain package that breaks it, and one that keeps it.
 */
class ArchitectureRulesTest {

  @Test
  void a_domain_class_using_jackson_and_jdbc_breaks_the_infrastructure_rule() {
    JavaClasses classes = new ClassFileImporter().importClasses(LeakyContactExport.class);

    EvaluationResult result =
        ArchitectureTest.domain_uses_no_json_jdbc_or_logging_backend.evaluate(classes);

    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("com.fasterxml.jackson.databind.ObjectMapper", "java.sql.Connection");
  }

  @Test
  void a_domain_class_using_jackson_breaks_the_json_package_rule() {
    JavaClasses classes = new ClassFileImporter().importClasses(LeakyContactExport.class);

    EvaluationResult result = ArchitectureTest.only_the_json_package_uses_jackson.evaluate(classes);

    assertThat(result.hasViolation()).isTrue();
  }

  @Test
  void a_domain_class_using_only_the_jdk_and_a_clock_keeps_the_infrastructure_rule() {
    JavaClasses classes = new ClassFileImporter().importClasses(InjectedClockFollowUp.class);

    EvaluationResult result =
        ArchitectureTest.domain_uses_no_json_jdbc_or_logging_backend.evaluate(classes);

    assertThat(result.hasViolation()).isFalse();
  }

  @Test
  void reading_the_system_clock_breaks_the_clock_rule_at_every_call() {
    JavaClasses classes = new ClassFileImporter().importClasses(SystemClockFollowUp.class);

    EvaluationResult result = ArchitectureTest.nothing_reads_the_system_clock.evaluate(classes);

    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("Instant.now()", "LocalDate.now(java.time.ZoneId)", "System.currentTimeMillis()");
  }

  @Test
  void reading_time_through_an_injected_clock_keeps_the_clock_rule() {
    JavaClasses classes = new ClassFileImporter().importClasses(InjectedClockFollowUp.class);

    EvaluationResult result = ArchitectureTest.nothing_reads_the_system_clock.evaluate(classes);

    assertThat(result.hasViolation()).isFalse();
  }
}
