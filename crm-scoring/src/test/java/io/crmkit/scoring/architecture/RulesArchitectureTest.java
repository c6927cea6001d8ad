package io.crmkit.scoring.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
import java.util.Set;

/**
 * The architecture of rule, account and health scoring, checked: JSON only in the json package, no
 * infrastructure, no sibling module or crm-core internals, no package cycles, no system clock, and a
 * scoring engine that compiles its regular expressions once and reflects on nothing.
 *
 * <p>{@link RulesArchitectureRulesTest} shows the rules catching violations in fixture classes.
 */
@AnalyzeClasses(packages = "io.crmkit.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTest {
  /** The packages these rules are about. */
  static final String[] SCORING = {
    "io.crmkit.scoring.rules..", "io.crmkit.scoring.account..", "io.crmkit.scoring.health..", "io.crmkit.scoring.json..",
  };

  /** The domain packages: everything but JSON. */
  static final String[] DOMAIN = {"io.crmkit.scoring.rules..", "io.crmkit.scoring.account..", "io.crmkit.scoring.health.."};

  /** The scoring engine: what runs for each record. */
  static final String ENGINE = "io.crmkit.scoring.rules";

  /** JSON, JDBC and logging backends: what a host application chooses, not the domain. */
  static final String[] INFRASTRUCTURE = {
    "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "ch.qos.logback..", "org.apache.logging.log4j.core..",
    "org.apache.log4j..", "org.slf4j.simple..", "org.slf4j.jul..", "org.slf4j.nop..",
  };

  /** The sibling modules, and the parts of crm-core that are not its API. */
  static final String[] OFF_LIMITS = {
    "io.crmkit.lifecycle..", "io.crmkit.analytics..", "io.crmkit.identity..", "io.crmkit.examples..",
    "io.crmkit.benchmarks..", "io.crmkit.core.internal..", "io.crmkit.core.memory..",
  };

  /** Rules, account and health scoring use no Jackson, JDBC or logging backend. */
  @ArchTest
  static final ArchRule domain_uses_no_json_jdbc_or_logging_backend = noClasses()
      .that().resideInAnyPackage(DOMAIN)
      .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
      .because("JSON is one way to write a model, and crm-scoring is embedded in hosts that choose their own"
          + " database and logging; the format lives in io.crmkit.scoring.json");

  /** These packages depend on crm-core's API only. */
  @ArchTest
  static final ArchRule depends_on_no_sibling_module_and_no_internals = noClasses()
      .that().resideInAnyPackage(SCORING)
      .should().dependOnClassesThat().resideInAnyPackage(OFF_LIMITS)
      .because("the sibling modules never depend on each other (a lead's qualification reaches crm-lifecycle"
          + " through crm-core's LeadQualification), and a module's internal package is not API");

  /** The packages of crm-scoring depend on each other in one direction only. */
  @ArchTest
  static final ArchRule packages_are_free_of_cycles = slices()
      .assignedFrom(byPackage())
      .should().beFreeOfCycles()
      .because("a cycle between packages makes them one package in disguise");

  /** Time comes from the caller; nothing reads the system clock. */
  @ArchTest
  static final ArchRule nothing_reads_the_system_clock = noClasses()
      .that().resideInAnyPackage(SCORING)
      .should().callMethodWhere(readsTheSystemClock())
      .orShould().callConstructor(Date.class)
      .because("a score is judged as of a date the caller gives, so that it can be reproduced and tested at"
          + " any instant");

  /** The engine compiles regular expressions only when a model is compiled, and reflects on nothing. */
  @ArchTest
  static final ArchRule engine_compiles_no_regex_per_record_and_reflects_on_nothing = noRegexOrReflectionIn(ENGINE);

  /** Scores, explanations and health checks are records: values with value equality. */
  @ArchTest
  static final ArchRule results_are_records = classes()
      .that().haveSimpleNameEndingWith("Score").or().haveSimpleNameEndingWith("Explanation")
      .or().haveSimpleNameEndingWith("Contribution").or().haveSimpleName("HealthCheck")
      .and().resideInAnyPackage(SCORING)
      .should().beRecords()
      .because("a result is an immutable value a host can store, compare and send");

  /**
   * No class of a package uses java.lang.reflect or the String methods that compile a regular
   * expression, and only its text helper ({@code Words}, called when a model is compiled) calls
   * {@code Pattern.compile}.
   */
  static ArchRule noRegexOrReflectionIn(String packageName) {
    return noClasses()
        .that().resideInAPackage(packageName)
        .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
        .orShould().callMethodWhere(compilesARegexOutsideWords())
        .orShould().callMethodWhere(reflects())
        .because("a scorer runs over millions of records: patterns are compiled once per model and fields"
            + " read through accessors resolved once, never by pattern or by reflection");
  }

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

  private static DescribedPredicate<JavaMethodCall> compilesARegexOutsideWords() {
    Set<String> stringRegexMethods = Set.of("matches", "replaceAll", "replaceFirst", "split");
    return DescribedPredicate.describe("a String method that compiles a regular expression, or Pattern.compile"
        + " outside Words", call -> {
          String owner = call.getTargetOwner().getName();
          if (owner.equals(String.class.getName())) {
            return stringRegexMethods.contains(call.getName());
          }
          return owner.equals("java.util.regex.Pattern")
              && (call.getName().equals("compile") || call.getName().equals("matches"))
              && !call.getOriginOwner().getSimpleName().equals("Words");
        });
  }

  private static DescribedPredicate<JavaMethodCall> reflects() {
    Set<String> reflective = Set.of("getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField",
        "getDeclaredField", "getDeclaredFields", "getRecordComponents", "getConstructor", "forName");
    return DescribedPredicate.describe("a reflective look-up on java.lang.Class",
        call -> call.getTargetOwner().getName().equals(Class.class.getName()) && reflective.contains(call.getName()));
  }

  /** Each package of crm-scoring as one slice. */
  private static SliceAssignment byPackage() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return javaClass.getPackageName().startsWith("io.crmkit.scoring")
            ? SliceIdentifier.of(javaClass.getPackageName())
            : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "the packages of crm-scoring";
      }
    };
  }
}
