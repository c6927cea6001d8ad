package io.crmkit.lifecycle.sla;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * The rules the calendar, SLA and stuck-detection packages keep: they stand on crm-core alone (not
 * on the lifecycle engine, its JSON or any adapter), never read the system clock, and their events
 * are records.
 */
@AnalyzeClasses(
    packages = {"io.crmkit.lifecycle.calendar", "io.crmkit.lifecycle.sla", "io.crmkit.lifecycle.stuck"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class TimersArchitectureTest {

  @ArchTest
  static final ArchRule timers_stand_on_crm_core_and_the_jdk_alone = classes()
      .that().resideInAnyPackage("io.crmkit.lifecycle.calendar..", "io.crmkit.lifecycle.sla..",
          "io.crmkit.lifecycle.stuck..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..", "io.crmkit.core",
          "io.crmkit.core.id", "io.crmkit.core.support", "io.crmkit.lifecycle.calendar..",
          "io.crmkit.lifecycle.sla..", "io.crmkit.lifecycle.stuck..")
      .because("calendars, SLA timers and stuck detection are plain values that the lifecycle engine, "
          + "its JSON and any host may use without bringing them along");

  @ArchTest
  static final ArchRule the_calendar_knows_nothing_of_timers = noClasses()
      .that().resideInAPackage("io.crmkit.lifecycle.calendar..")
      .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.lifecycle.sla..", "io.crmkit.lifecycle.stuck..")
      .because("timers and stuck detection count time on a calendar, not the other way round");

  @ArchTest
  static final ArchRule nothing_reads_the_system_clock = noClasses()
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDate.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(ZonedDateTime.class, "now")
      .orShould().callMethod(Clock.class, "systemUTC")
      .orShould().callMethod(Clock.class, "systemDefaultZone")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .because("every instant is passed in, so a timer as of any instant is a pure function");

  @ArchTest
  static final ArchRule sla_events_are_records = classes()
      .that().implement(SlaEvent.class).should().beRecords()
      .because("events are immutable values that carry ids");

  @ArchTest
  static final ArchRule the_packages_are_free_of_cycles = slices()
      .matching("io.crmkit.lifecycle.(*)..").should().beFreeOfCycles();
}
