package io.crmkit.lifecycle.calendar;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.fixtures.CalendarArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class BusinessCalendarProperties {

  @Property
  void business_time_added_then_measured_gives_back_the_same_duration(
      @ForAll("calendarsWithStarts") Tuple2<BusinessCalendar, Instant> given, @ForAll("durations") Duration amount) {
    // given
    BusinessCalendar calendar = given.get1();
    Instant start = given.get2();
    // when
    Instant end = calendar.addBusinessTime(start, amount);
    // then
    assertThat(calendar.businessTimeBetween(start, end)).isEqualTo(amount);
  }

  @Property
  void business_time_added_ends_on_the_earliest_instant_that_reaches_it(
      @ForAll("calendarsWithStarts") Tuple2<BusinessCalendar, Instant> given,
      @ForAll("positiveDurations") Duration amount) {
    BusinessCalendar calendar = given.get1();
    Instant end = calendar.addBusinessTime(given.get2(), amount);
    assertThat(end).isAfter(given.get2());
    assertThat(calendar.isOpen(end.minusNanos(1))).as("open just before the end").isTrue();
  }

  @Property
  void measured_business_time_added_back_reaches_the_end_or_the_closing_before_it(
      @ForAll("calendarsWithSpans") Tuple2<BusinessCalendar, Instant[]> given) {
    // given
    BusinessCalendar calendar = given.get1();
    Instant start = given.get2()[0];
    Instant end = given.get2()[1];
    // when
    Instant reached = calendar.addBusinessTime(start, calendar.businessTimeBetween(start, end));
    // then
    assertThat(reached).isBeforeOrEqualTo(end);
    assertThat(calendar.businessTimeBetween(reached, end)).isZero();
  }

  @Property
  void business_time_is_additive_over_a_split(@ForAll("calendarsWithThreeInstants")
      Tuple2<BusinessCalendar, Instant[]> given) {
    BusinessCalendar calendar = given.get1();
    Instant a = given.get2()[0];
    Instant b = given.get2()[1];
    Instant c = given.get2()[2];
    assertThat(calendar.businessTimeBetween(a, c))
        .isEqualTo(calendar.businessTimeBetween(a, b).plus(calendar.businessTimeBetween(b, c)));
  }

  @Property
  void adding_in_two_steps_ends_where_adding_at_once_ends(
      @ForAll("calendarsWithStarts") Tuple2<BusinessCalendar, Instant> given,
      @ForAll("durations") Duration first, @ForAll("positiveDurations") Duration second) {
    BusinessCalendar calendar = given.get1();
    Instant start = given.get2();
    assertThat(calendar.addBusinessTime(calendar.addBusinessTime(start, first), second))
        .isEqualTo(calendar.addBusinessTime(start, first.plus(second)));
  }

  @Property
  void measured_at_once_equals_measured_day_by_day(@ForAll("calendarsWithSpans") Tuple2<BusinessCalendar, Instant[]> given) {
    // given a span cut at every UTC midnight, so that no part is long enough to skip a week
    BusinessCalendar calendar = given.get1();
    Instant start = given.get2()[0];
    Instant end = given.get2()[1];
    Duration dayByDay = Duration.ZERO;
    Instant from = start;
    while (from.isBefore(end)) {
      Instant nextMidnight = from.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
      Instant to = nextMidnight.isBefore(end) ? nextMidnight : end;
      dayByDay = dayByDay.plus(calendar.businessTimeBetween(from, to));
      from = to;
    }
    // then
    assertThat(calendar.businessTimeBetween(start, end)).isEqualTo(dayByDay);
  }

  @Property(tries = 60)
  void business_time_is_the_open_minutes(@ForAll("calendarsWithMinuteSpans") Tuple2<BusinessCalendar, Instant[]> given) {
    // given a span of whole minutes, at most three days long; every period starts and ends on a whole minute
    BusinessCalendar calendar = given.get1();
    Instant start = given.get2()[0];
    Instant end = given.get2()[1];
    // when the minutes at whose start the calendar is open are counted
    long openMinutes = 0;
    for (Instant m = start; m.isBefore(end); m = m.plusSeconds(60)) {
      openMinutes += calendar.isOpen(m) ? 1 : 0;
    }
    // then
    assertThat(calendar.businessTimeBetween(start, end)).isEqualTo(Duration.ofMinutes(openMinutes));
  }

  @Property
  void business_time_never_exceeds_the_time_that_passes(@ForAll("calendarsWithSpans") Tuple2<BusinessCalendar, Instant[]> given) {
    Instant start = given.get2()[0];
    Instant end = given.get2()[1];
    assertThat(given.get1().businessTimeBetween(start, end)).isLessThanOrEqualTo(Duration.between(start, end));
  }

  @Property
  void a_calendar_around_the_clock_measures_calendar_time_in_every_zone(
      @ForAll("zonesWithSpans") Tuple2<BusinessCalendar, Instant[]> given) {
    BusinessCalendar always = given.get1();
    Instant start = given.get2()[0];
    Instant end = given.get2()[1];
    assertThat(always.businessTimeBetween(start, end)).isEqualTo(Duration.between(start, end));
    assertThat(always.addBusinessTime(start, Duration.between(start, end))).isEqualTo(end);
    assertThat(always.isOpen(start)).isTrue();
  }

  @Property
  void the_next_opening_is_open_and_no_business_time_passes_before_it(
      @ForAll("calendarsWithStarts") Tuple2<BusinessCalendar, Instant> given) {
    BusinessCalendar calendar = given.get1();
    Instant at = given.get2();
    Instant opening = calendar.nextOpening(at);
    assertThat(opening).isAfterOrEqualTo(at);
    assertThat(calendar.isOpen(opening)).isTrue();
    assertThat(calendar.businessTimeBetween(at, opening)).isZero();
    assertThat(opening.equals(at)).isEqualTo(calendar.isOpen(at));
  }

  @Property
  void a_calendar_rebuilt_from_its_parts_is_equal_and_adds_the_same(
      @ForAll("calendarsWithStarts") Tuple2<BusinessCalendar, Instant> given, @ForAll("durations") Duration amount) {
    BusinessCalendar calendar = given.get1();
    BusinessCalendar copy = BusinessCalendar.builder().from(calendar).build();
    assertThat(copy).isEqualTo(calendar).hasSameHashCodeAs(calendar);
    assertThat(copy.addBusinessTime(given.get2(), amount)).isEqualTo(calendar.addBusinessTime(given.get2(), amount));
  }

  @Property
  void a_holiday_has_no_hours_and_a_special_day_its_own(@ForAll("calendars") BusinessCalendar calendar) {
    for (LocalDate holiday : calendar.holidays()) {
      if (calendar.specialDays().stream().noneMatch(s -> s.date().equals(holiday))) {
        assertThat(calendar.hoursOn(holiday)).isEmpty();
      }
    }
    calendar.specialDays().forEach(s -> assertThat(calendar.hoursOn(s.date())).isEqualTo(s.hours()));
  }

  @Property
  void negative_business_time_is_always_refused(@ForAll("calendarsWithStarts") Tuple2<BusinessCalendar, Instant> given,
      @ForAll("positiveDurations") Duration amount) {
    assertRejected("businessCalendar.amount", "range", () -> given.get1().addBusinessTime(given.get2(), amount.negated()));
  }

  @Property
  void an_end_before_the_start_is_always_refused(@ForAll("calendarsWithSpans") Tuple2<BusinessCalendar, Instant[]> given) {
    Instant start = given.get2()[0];
    Instant end = given.get2()[1];
    if (end.isAfter(start)) {
      assertRejected("businessCalendar.end", "order", () -> given.get1().businessTimeBetween(end, start));
    }
  }

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return CalendarArbitraries.calendars();
  }

  @Provide
  Arbitrary<Duration> durations() {
    return CalendarArbitraries.durations();
  }

  @Provide
  Arbitrary<Duration> positiveDurations() {
    return CalendarArbitraries.positiveDurations();
  }

  @Provide
  Arbitrary<Tuple2<BusinessCalendar, Instant>> calendarsWithStarts() {
    return CalendarArbitraries.calendars().flatMap(c -> CalendarArbitraries.instants(c.zone()).map(i -> Tuple.of(c, i)));
  }

  @Provide
  Arbitrary<Tuple2<BusinessCalendar, Instant[]>> calendarsWithSpans() {
    return CalendarArbitraries.calendars().flatMap(c -> CalendarArbitraries.spans(c.zone()).map(s -> Tuple.of(c, s)));
  }

  @Provide
  Arbitrary<Tuple2<BusinessCalendar, Instant[]>> calendarsWithThreeInstants() {
    return CalendarArbitraries.calendars().flatMap(c -> {
      Arbitrary<Instant> instants = CalendarArbitraries.instants(c.zone());
      return Combinators.combine(instants, instants, instants).as((a, b, d) -> {
        Instant[] sorted = {a, b, d};
        Arrays.sort(sorted);
        return Tuple.of(c, sorted);
      });
    });
  }

  @Provide
  Arbitrary<Tuple2<BusinessCalendar, Instant[]>> calendarsWithMinuteSpans() {
    return CalendarArbitraries.calendars().flatMap(c -> Combinators.combine(
            CalendarArbitraries.instants(c.zone()).map(i -> i.truncatedTo(ChronoUnit.MINUTES)),
            Arbitraries.integers().between(0, 3 * 1440))
        .as((start, minutes) -> Tuple.of(c, new Instant[] {start, start.plusSeconds(60L * minutes)})));
  }

  @Provide
  Arbitrary<Tuple2<BusinessCalendar, Instant[]>> zonesWithSpans() {
    return CalendarArbitraries.zones().flatMap(z -> CalendarArbitraries.spans(z)
        .map(s -> Tuple.of(BusinessCalendar.twentyFourSeven(z), s)));
  }
}
