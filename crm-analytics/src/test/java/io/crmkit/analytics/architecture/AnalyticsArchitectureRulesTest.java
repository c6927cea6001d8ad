package io.crmkit.analytics.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.crmkit.analytics.archfixture.AsOfWinRate;
import io.crmkit.analytics.archfixture.QueriedWinRate;
import io.crmkit.analytics.archfixture.StoredWinRate;
import io.crmkit.analytics.archfixture.TodaysWinRate;
import io.crmkit.analytics.archfixture.WinRateCsv;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link AnalyticsArchitectureTest} catch violations: each is evaluated, as it stands, on
 * fixture classes in a package of crm-analytics that break it or keep it.
 */
class AnalyticsArchitectureRulesTest {
  private static final ArchRule CLOCK_RULE = AnalyticsArchitectureTest.nothing_reads_the_system_clock;
  private static final ArchRule LOADERS_RULE = AnalyticsArchitectureTest.only_the_loaders_read_files;
  private static final ArchRule BACKEND_RULE = AnalyticsArchitectureTest.uses_no_jdbc_or_logging_backend;

  @Test
  void a_measure_reading_the_system_clock_breaks_the_clock_rule() {
    assertThat(violations(CLOCK_RULE, TodaysWinRate.class)).contains(TodaysWinRate.class.getName(), "LocalDate.now()");
  }

  @Test
  void a_measure_given_its_date_keeps_the_clock_rule() {
    assertThat(violations(CLOCK_RULE, AsOfWinRate.class)).isEmpty();
  }

  @Test
  void a_measure_reading_a_file_breaks_the_loaders_rule() {
    assertThat(violations(LOADERS_RULE, StoredWinRate.class)).contains(StoredWinRate.class.getName(), "Files.lines");
  }

  @Test
  void a_loader_named_csv_may_read_a_file() {
    String violations = violations(LOADERS_RULE, StoredWinRate.class, WinRateCsv.class);

    assertThat(violations).contains(StoredWinRate.class.getName()).doesNotContain(WinRateCsv.class.getName());
  }

  @Test
  void a_measure_querying_a_database_breaks_the_backend_rule() {
    assertThat(violations(BACKEND_RULE, QueriedWinRate.class)).contains(QueriedWinRate.class.getName(), "java.sql");
  }

  /** The rule's violations among the given classes, one a line; empty when they keep the rule. */
  private static String violations(ArchRule rule, Class<?>... classes) {
    JavaClasses imported = new ClassFileImporter().importClasses(classes);
    return String.join("\n", rule.evaluate(imported).getFailureReport().getDetails());
  }
}
