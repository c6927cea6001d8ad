package io.crmkit.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;
import io.crmkit.examples.architecture.archfixture.ExitingCommand;
import io.crmkit.examples.architecture.archfixture.FoldingImporter;
import io.crmkit.examples.cli.Crm;
import io.crmkit.lifecycle.archfixture.StageScoreRule;
import io.crmkit.scoring.archfixture.EngagementScore;
import org.junit.jupiter.api.Test;

/**
 * The cross-module rules of {@link ArchitectureTest} catch what they are meant to catch, shown on
 * fixture classes that break them.
 */
class ArchitectureRulesTest {

  @Test
  void the_rules_see_the_main_code_of_every_module_and_no_test_code() {
    JavaClasses analysed =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .withImportOption(new ArchitectureTest.NoTestJars())
            .importPackages("io.crmkit");

    assertThat(analysed.contain(Crm.class)).isTrue();
    assertThat(analysed.contain(CrmValidationException.class)).isTrue();
    assertThat(analysed.contain(StageScoreRule.class)).isFalse();
    assertThat(analysed.contain("io.crmkit.core.contact.archfixture.LeakyContactExport"))
        .as("crm-core's test fixtures, on the class path through its test jar")
        .isFalse();
  }

  @Test
  void a_lifecycle_class_using_a_scoring_class_breaks_the_sibling_rule() {
    JavaClasses classes =
        new ClassFileImporter().importClasses(StageScoreRule.class, EngagementScore.class);

    EvaluationResult result =
        ArchitectureTest.sibling_modules_do_not_depend_on_each_other.evaluate(classes);

    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("StageScoreRule", "EngagementScore");
  }

  @Test
  void a_sibling_class_on_its_own_keeps_the_sibling_rule() {
    JavaClasses classes = new ClassFileImporter().importClasses(EngagementScore.class);

    EvaluationResult result =
        ArchitectureTest.sibling_modules_do_not_depend_on_each_other.evaluate(classes);

    assertThat(result.hasViolation()).isFalse();
  }

  @Test
  void a_host_class_calling_core_internals_breaks_the_internal_rule() {
    JavaClasses classes =
        new ClassFileImporter().importClasses(FoldingImporter.class, Texts.class);

    EvaluationResult result =
        ArchitectureTest.no_module_uses_another_modules_internals.evaluate(classes);

    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("io.crmkit.core.internal.Texts.fold");
  }

  @Test
  void a_command_calling_system_exit_breaks_the_exit_rule() {
    JavaClasses classes = new ClassFileImporter().importClasses(ExitingCommand.class);

    EvaluationResult result = ArchitectureTest.only_the_entry_point_exits.evaluate(classes);

    assertThat(result.hasViolation()).isTrue();
  }
}
