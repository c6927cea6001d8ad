package io.crmkit.lifecycle.stuck;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.LeadId;
import io.crmkit.lifecycle.calendar.BusinessCalendar;
import io.crmkit.lifecycle.fixtures.CalendarArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class StuckDetectorProperties {
  private static final Instant AS_OF = Instant.parse("2025-10-27T12:00:00Z");
  private static final List<String> STAGES = List.of("new", "working", "nurture", "disqualified");

  @Property(tries = 300)
  void a_record_is_found_by_a_rule_exactly_when_its_business_time_reaches_the_limit(
      @ForAll("detectors") StuckDetector<String> detector, @ForAll("records") List<StageRecord<String>> records) {
    List<StuckFinding<String>> found = detector.find(records, AS_OF);
    for (StageRecord<String> record : records) {
      for (StuckRule<String> rule : detector.rules()) {
        Instant from = rule.measuredFrom(record);
        boolean expected = rule.appliesTo(record.stage()) && !from.isAfter(AS_OF)
            && rule.calendar().businessTimeBetween(from, AS_OF).compareTo(rule.limit()) >= 0;
        assertThat(found.stream().anyMatch(f -> f.record().equals(record) && f.rule().equals(rule)))
            .as("%s by %s", record, rule).isEqualTo(expected);
      }
    }
  }

  @Property(tries = 300)
  void a_finding_says_truly_since_when_and_how_long(@ForAll("detectors") StuckDetector<String> detector,
      @ForAll("records") List<StageRecord<String>> records) {
    for (StuckFinding<String> f : detector.find(records, AS_OF)) {
      BusinessCalendar calendar = f.rule().calendar();
      Instant from = f.rule().measuredFrom(f.record());
      assertThat(f.since()).isBetween(from, AS_OF);
      assertThat(calendar.businessTimeBetween(from, f.since())).isEqualTo(f.rule().limit());
      assertThat(f.measured()).isEqualTo(calendar.businessTimeBetween(from, AS_OF));
      assertThat(f.overLimit().isNegative()).isFalse();
    }
  }

  @Property(tries = 300)
  void findings_come_longest_stuck_first_whatever_the_order_of_the_records(
      @ForAll("detectors") StuckDetector<String> detector, @ForAll("records") List<StageRecord<String>> records) {
    List<StuckFinding<String>> found = detector.find(records, AS_OF);
    assertThat(found).isSortedAccordingTo(Comparator.comparing(StuckFinding::since));
    List<StageRecord<String>> reversed = new ArrayList<>(records);
    Collections.reverse(reversed);
    assertThat(detector.find(reversed, AS_OF)).containsExactlyInAnyOrderElementsOf(found);
  }

  @Provide
  Arbitrary<StuckDetector<String>> detectors() {
    Arbitrary<BusinessCalendar> calendars = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(BusinessCalendar.twentyFourSeven())), Tuple.of(2, CalendarArbitraries.calendars()));
    Arbitrary<Duration> limits = Arbitraries.longs().between(1, 30 * 24).map(Duration::ofHours);
    Arbitrary<StuckRule<String>> inStage = Combinators.combine(Arbitraries.of(STAGES), limits, calendars)
        .as((stage, limit, calendar) -> StuckRule.inStageFor(stage, limit).in(calendar));
    Arbitrary<StuckRule<String>> untouched = Combinators.combine(limits, calendars, Arbitraries.of(STAGES).set().ofMaxSize(2))
        .as((limit, calendar, except) -> new StuckRule.NotTouched<>(limit, calendar, except));
    return Arbitraries.oneOf(inStage, untouched).list().ofMinSize(1).ofMaxSize(4).map(StuckDetector::new);
  }

  @Provide
  Arbitrary<List<StageRecord<String>>> records() {
    Arbitrary<Instant> instants = Arbitraries.longs().between(-60 * 86_400L, 86_400L).map(AS_OF::plusSeconds);
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), Arbitraries.of(STAGES),
            instants, instants)
        .as((id, stage, entered, touched) -> StageRecord.of(LeadId.of(id), stage, entered, touched))
        .list().ofMaxSize(6);
  }
}
