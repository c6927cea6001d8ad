package io.crmkit.lifecycle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
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
import java.util.Arrays;
import java.util.Date;
import java.util.Set;

/**
 * crm-lifecycle's architecture, checked: JSON only in its json package, no infrastructure in the
 * domain, no package cycles, no system clock, no sibling module and no other module's internals,
 * an engine free of regular expressions and reflection, and a timer runner on top of the engine and
 * the timers that knows no particular lifecycle.
 *
 * <p>{@link ArchitectureRulesTest} shows the rules catching violations in fixture classes.
 */
@AnalyzeClasses(packages = "io.crmkit.lifecycle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** The package that reads and writes JSON. */
  static final String JSON = "io.crmkit.lifecycle.json..";

  /** The engine: what runs at transition time. */
  static final String ENGINE = "io.crmkit.lifecycle";

  /** The package that runs a lifecycle's timers: the engine and the SLA timers joined. */
  static final String TIMERS = "io.crmkit.lifecycle.timers";

  /** What the timer runner may stand on besides itself: the JDK, JSpecify, crm-core's API, the engine and the timers. */
  static final String[] TIMER_RUNNER_GROUND = {
    "java..",
    "org.jspecify..",
    "io.crmkit.core",
    "io.crmkit.core.id",
    ENGINE,
    "io.crmkit.lifecycle.calendar..",
    "io.crmkit.lifecycle.sla..",
    "io.crmkit.lifecycle.stuck..",
  };

  /** JSON, JDBC and logging backends: what a host application chooses, not the domain. */
  static final String[] INFRASTRUCTURE = {
    "com.fasterxml.jackson..",
    "java.sql..",
    "javax.sql..",
    "ch.qos.logback..",
    "org.apache.logging.log4j.core..",
    "org.apache.log4j..",
    "org.slf4j.simple..",
    "org.slf4j.jul..",
    "org.slf4j.nop..",
  };

  /** The sibling modules, and the parts of crm-core that are not its API. */
  static final String[] OFF_LIMITS = {
    "io.crmkit.scoring..",
    "io.crmkit.analytics..",
    "io.crmkit.identity..",
    "io.crmkit.examples..",
    "io.crmkit.benchmarks..",
    "io.crmkit.core.internal..",
    "io.crmkit.core.memory..",
  };

  /** Only io.crmkit.lifecycle.json touches Jackson. */
  @ArchTest
  static final ArchRule only_the_json_package_uses_jackson =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.lifecycle..")
          .and()
          .resideOutsideOfPackage(JSON)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..")
          .because(
              "JSON is one way to write a definition; the engine stays usable without Jackson, and"
                  + " the format lives in one package");

  /** The domain packages use no JDBC and no logging backend (and, by the rule above, no Jackson). */
  @ArchTest
  static final ArchRule domain_uses_no_json_jdbc_or_logging_backend =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.lifecycle..")
          .and()
          .resideOutsideOfPackage(JSON)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(INFRASTRUCTURE)
          .because("crm-lifecycle is embedded in host applications that choose their own database and logging");

  /** crm-lifecycle depends on crm-core's API only: no sibling module, no internals or adapters of crm-core. */
  @ArchTest
  static final ArchRule depends_on_no_sibling_module_and_no_internals =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.lifecycle..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(OFF_LIMITS)
          .because(
              "the sibling modules never depend on each other (what two of them need lives in"
                  + " crm-core), and a module's internal package is not API");

  /** The packages of crm-lifecycle, its top package included, depend on each other in one direction only. */
  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      slices()
          .assignedFrom(byPackage())
          .should()
          .beFreeOfCycles()
          .because(
              "a cycle between packages makes them one package in disguise: neither can be"
                  + " understood, tested or changed alone");

  /** Time comes from the caller or an injected Clock; nothing reads the system clock directly. */
  @ArchTest
  static final ArchRule nothing_reads_the_system_clock =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.lifecycle..")
          .should()
          .callMethodWhere(readsTheSystemClock())
          .orShould()
          .callConstructor(Date.class)
          .because(
              "a transition is a pure function of its arguments, the time included, so that moves"
                  + " and audits can be reproduced and tested at any instant");

  /** The engine compiles no regular expression and reflects on nothing. */
  @ArchTest
  static final ArchRule engine_uses_no_regex_or_reflection = noRegexOrReflectionIn(ENGINE);

  /** The timer runner joins the engine and the timer packages for any lifecycle, and nothing more. */
  @ArchTest
  static final ArchRule the_timer_runner_stands_on_the_engine_and_the_timers_alone = standsOnTheEngineAndTheTimersAlone(TIMERS);

  /** The engine, the calendars, the SLA timers, stuck detection and JSON know nothing of the timer runner. */
  @ArchTest
  static final ArchRule nothing_underneath_depends_on_the_timer_runner =
      noClasses()
          .that()
          .resideInAnyPackage(ENGINE, "io.crmkit.lifecycle.calendar..", "io.crmkit.lifecycle.sla..",
              "io.crmkit.lifecycle.stuck..", "io.crmkit.lifecycle.internal..", JSON)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(TIMERS + "..")
          .because(
              "the runner is the top of the timers: the engine and the SLA timers stay usable alone, and a"
                  + " host that keeps its own timer service never loads it");

  /** The timer runner, called at every move, compiles no regular expression and reflects on nothing. */
  @ArchTest
  static final ArchRule the_timer_runner_uses_no_regex_or_reflection = noRegexOrReflectionIn(TIMERS);

  /** Lifecycle events are records. */
  @ArchTest
  static final ArchRule events_are_records =
      classes()
          .that()
          .implement("io.crmkit.lifecycle.LifecycleEvent")
          .should()
          .beRecords()
          .because("an event is an immutable fact about the past, with value equality");

  /** Lifecycle events carry names and ids, never whole aggregates. */
  @ArchTest
  static final ArchRule events_carry_no_aggregates =
      noFields()
          .that()
          .areDeclaredInClassesThat()
          .implement("io.crmkit.lifecycle.LifecycleEvent")
          .should()
          .haveRawType(JavaClass.Predicates.assignableTo("io.crmkit.core.Aggregate"))
          .because("an event that held an aggregate would pin a snapshot of it; ids let a reader fetch the current state");

  /**
   * No class of a package (or of the lifecycle's name helper, called at transition time) uses
   * java.util.regex, java.lang.reflect, or the String methods that compile a regular expression.
   */
  static ArchRule noRegexOrReflectionIn(String packageName) {
    return noClasses()
        .that()
        .resideInAPackage(packageName)
        .or()
        .haveFullyQualifiedName("io.crmkit.lifecycle.internal.Names")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.util.regex..", "java.lang.reflect..")
        .orShould()
        .callMethodWhere(compilesARegex())
        .orShould()
        .callMethodWhere(reflects())
        .because(
            "a transition runs in host loops over many records: names are compared with plain loops"
                + " and criteria read records through accessor functions, never by pattern or by reflection");
  }

  /**
   * The classes of a package depend on nothing but the JDK, JSpecify, crm-core's API, the engine, the
   * calendar, SLA and stuck-detection packages and the package itself: no shipped lifecycle, no JSON,
   * no engine internals.
   */
  static ArchRule standsOnTheEngineAndTheTimersAlone(String packageName) {
    String[] ground = Arrays.copyOf(TIMER_RUNNER_GROUND, TIMER_RUNNER_GROUND.length + 1);
    ground[ground.length - 1] = packageName + "..";
    return classes()
        .that()
        .resideInAPackage(packageName + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(ground)
        .because(
            "running the timers of a move works for any lifecycle, shipped or the host's own, written in"
                + " code or read from JSON: it reads side effects, not a particular lifecycle");
  }

  /** A call of {@code now()} on a java.time type without a Clock, or of System.currentTimeMillis(). */
  static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
    return DescribedPredicate.describe(
        "a java.time now() without a Clock, or System.currentTimeMillis()",
        call -> {
          String owner = call.getTargetOwner().getName();
          String method = call.getName();
          if (owner.equals(System.class.getName())) {
            return method.equals("currentTimeMillis");
          }
          return owner.startsWith("java.time.")
              && method.equals("now")
              && call.getTarget().getRawParameterTypes().stream()
                  .noneMatch(type -> type.isEquivalentTo(Clock.class));
        });
  }

  private static DescribedPredicate<JavaMethodCall> compilesARegex() {
    Set<String> regexMethods = Set.of("matches", "replaceAll", "replaceFirst", "split");
    return DescribedPredicate.describe(
        "a String method that compiles a regular expression",
        call -> call.getTargetOwner().getName().equals(String.class.getName())
            && regexMethods.contains(call.getName()));
  }

  private static DescribedPredicate<JavaMethodCall> reflects() {
    Set<String> reflectiveMethods =
        Set.of("getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField",
            "getDeclaredField", "getDeclaredFields", "getRecordComponents", "getConstructor", "forName");
    return DescribedPredicate.describe(
        "a reflective look-up on java.lang.Class",
        call -> call.getTargetOwner().getName().equals(Class.class.getName())
            && reflectiveMethods.contains(call.getName()));
  }

  /** Each package of crm-lifecycle, the top package included, as one slice. */
  private static SliceAssignment byPackage() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return javaClass.getPackageName().startsWith("io.crmkit.lifecycle")
            ? SliceIdentifier.of(javaClass.getPackageName())
            : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "the packages of crm-lifecycle";
      }
    };
  }
}
