package io.crmkit.core.architecture;

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
import java.time.Clock;
import java.util.Date;

/**
 * crm-core's architecture, checked: the domain stays free of infrastructure, adapters and the
 * system clock; packages form no cycles; events are records that carry ids.
 *
 * <p>{@link ArchitectureRulesTest} shows the rules catching violations in fixture classes.
 */
@AnalyzeClasses(packages = "io.crmkit.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** The packages of crm-core's own adapters. */
  static final String[] ADAPTERS = {"io.crmkit.core.memory..", "io.crmkit.core.json.."};

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

  /** The name of the interface every domain event implements. */
  static final String CRM_EVENT = "io.crmkit.core.event.CrmEvent";

  /** The domain packages use no Jackson, no JDBC and no logging backend. */
  @ArchTest
  static final ArchRule domain_uses_no_json_jdbc_or_logging_backend =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.core..")
          .and()
          .resideOutsideOfPackages(ADAPTERS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(INFRASTRUCTURE)
          .because(
              "crm-core is embedded in host applications that choose their own JSON, database and"
                  + " logging; the model speaks only CRM (JSON lives in io.crmkit.core.json)");

  /** The domain packages do not depend on crm-core's own adapters. */
  @ArchTest
  static final ArchRule domain_does_not_depend_on_adapters =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.core..")
          .and()
          .resideOutsideOfPackages(ADAPTERS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ADAPTERS)
          .because(
              "adapters plug into the model through its ports; a model that knew its in-memory or"
                  + " JSON adapter could not be given another one");

  /** Ports name only domain types: no adapter, no JSON, no JDBC. */
  @ArchTest
  static final ArchRule ports_depend_on_no_adapter =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.core.port..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.crmkit.core.memory..",
              "io.crmkit.core.json..",
              "io.crmkit.examples..",
              "com.fasterxml.jackson..",
              "java.sql..",
              "javax.sql..")
          .because(
              "a port is what a host application implements: only domain types, Optional and"
                  + " immutable collections cross it")
          // io.crmkit.core.port has no types yet
          .allowEmptyShould(true);

  /** The sub-packages of crm-core depend on each other in one direction only. */
  @ArchTest
  static final ArchRule core_packages_are_free_of_cycles =
      slices()
          .matching("io.crmkit.core.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "a cycle between packages makes them one package in disguise: neither can be"
                  + " understood, tested or changed alone");

  /** Only io.crmkit.core.json touches Jackson. */
  @ArchTest
  static final ArchRule only_the_json_package_uses_jackson =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.crmkit.core.json..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..")
          .because(
              "JSON is one adapter, registered as a Jackson Module from io.crmkit.core.json; the"
                  + " rest of crm-core stays usable without Jackson");

  /** Events are records. */
  @ArchTest
  static final ArchRule events_are_records =
      classes()
          .that()
          .implement(CRM_EVENT)
          .should()
          .beRecords()
          .because(
              "an event is an immutable fact about the past: a record states that in one line and"
                  + " gives value equality")
          // no event types yet
          .allowEmptyShould(true);

  /** Events carry ids, never whole aggregates. */
  @ArchTest
  static final ArchRule events_carry_ids_not_aggregates =
      noFields()
          .that()
          .areDeclaredInClassesThat()
          .implement(CRM_EVENT)
          .should()
          .haveRawType(assignableTo("io.crmkit.core.Aggregate"))
          .because(
              "an event that held an aggregate would pin a mutable-looking snapshot of it; ids let"
                  + " a reader fetch the current state")
          // no event types yet
          .allowEmptyShould(true);

  /** Time comes from an injected Clock; nothing reads the system clock directly. */
  @ArchTest
  static final ArchRule nothing_reads_the_system_clock =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.core..")
          .should()
          .callMethodWhere(readsTheSystemClock())
          .orShould()
          .callConstructor(Date.class)
          .because(
              "time comes from an injected java.time.Clock (Instant.now(clock)), so results and"
                  + " events can be reproduced and tested at any instant");

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

  private static DescribedPredicate<JavaClass> assignableTo(String typeName) {
    return JavaClass.Predicates.assignableTo(typeName);
  }
}
