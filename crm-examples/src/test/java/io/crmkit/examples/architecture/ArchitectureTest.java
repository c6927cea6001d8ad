package io.crmkit.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.crmkit.examples.cli.Crm;
import java.util.List;

/**
 * The shape of crmkit across its modules, checked where all of them are on the class path: the
 * sibling modules stand on crm-core alone, crm-core stands on nothing of crmkit, and no module
 * reaches into another's {@code internal} package.
 *
 * <p>{@link ArchitectureRulesTest} shows the rules catching violations in fixture classes.
 */
@AnalyzeClasses(
    packages = "io.crmkit",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {
  /** The base packages of the sibling modules crm-lifecycle, crm-scoring, crm-analytics, crm-identity. */
  static final List<String> SIBLINGS =
      List.of("io.crmkit.lifecycle", "io.crmkit.scoring", "io.crmkit.analytics", "io.crmkit.identity");

  /** The base package of every crmkit module. */
  static final List<String> MODULES =
      List.of(
          "io.crmkit.core",
          "io.crmkit.lifecycle",
          "io.crmkit.scoring",
          "io.crmkit.analytics",
          "io.crmkit.identity",
          "io.crmkit.examples");

  /** Leaves out other modules' test jars (crm-core's fixtures), which DoNotIncludeTests does not. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  /** No two sibling modules depend on each other, in either direction. */
  @ArchTest
  static final ArchRule sibling_modules_do_not_depend_on_each_other =
      slices()
          .assignedFrom(siblingModules())
          .should()
          .notDependOnEachOther()
          .because(
              "crm-lifecycle, crm-scoring, crm-analytics and crm-identity are each usable alone;"
                  + " what two of them need lives in crm-core")
          // the sibling modules have no classes yet
          .allowEmptyShould(true);

  /** crm-core depends on no other crmkit module. */
  @ArchTest
  static final ArchRule core_depends_on_no_other_module =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.crmkit.examples..",
              "io.crmkit.lifecycle..",
              "io.crmkit.scoring..",
              "io.crmkit.analytics..",
              "io.crmkit.identity..")
          .because("crm-core is the ground every other module stands on; it stands on none of them");

  /** The library modules do not depend on the host application. */
  @ArchTest
  static final ArchRule siblings_do_not_depend_on_the_host_application =
      noClasses()
          .that()
          .resideInAnyPackage(packagesOf(SIBLINGS))
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.crmkit.examples..")
          .because("crm-examples is one host application of the libraries, not part of them")
          // the sibling modules have no classes yet
          .allowEmptyShould(true);

  /** Nobody outside a module uses its {@code internal} package; for crm-core that is io.crmkit.core.internal. */
  @ArchTest
  static final ArchRule no_module_uses_another_modules_internals = internalsStayInTheirModule();

  /** Only {@link Crm#main} ends the JVM. */
  @ArchTest
  static final ArchRule only_the_entry_point_exits =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit..")
          .and()
          .doNotHaveFullyQualifiedName(Crm.class.getName())
          .should()
          .callMethod(System.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "halt", int.class)
          .because(
              "commands return exit codes or throw, so the command line can be run and tested in"
                  + " one JVM; only Crm.main turns the code into the process's exit");

  static ArchRule internalsStayInTheirModule() {
    CompositeArchRule rule = null;
    for (String module : MODULES) {
      ArchRule one =
          noClasses()
              .that()
              .resideOutsideOfPackage(module + "..")
              .should()
              .dependOnClassesThat()
              .resideInAPackage(module + ".internal..")
              .because(
                  module
                      + ".internal holds that module's helpers, free to change in any release;"
                      + " other modules use only its API");
      rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
    }
    return rule;
  }

  /** Puts each class of a sibling module into that module's slice and ignores every other class. */
  static SliceAssignment siblingModules() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        for (String sibling : SIBLINGS) {
          if (packageName.equals(sibling) || packageName.startsWith(sibling + ".")) {
            return SliceIdentifier.of(sibling);
          }
        }
        return SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "crmkit's sibling modules " + SIBLINGS;
      }
    };
  }

  private static String[] packagesOf(List<String> basePackages) {
    return basePackages.stream().map(base -> base + "..").toArray(String[]::new);
  }
}
