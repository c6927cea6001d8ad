package io.crmkit.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.AggregateId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.order.Order;
import io.crmkit.core.support.SupportCase;
import io.crmkit.core.timeline.TimelineEntry.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A contact's timeline over any mix of records: ordered, complete, each record once, and filters that agree. */
class TimelineProperties {
  private static final ContactId TARGET = ContactId.of("con-target");
  private static final ContactId SOMEONE_ELSE = ContactId.of("con-else");

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void entries_are_in_time_order_with_ties_broken_by_kind_and_id(@ForAll("histories") History history) {
    List<TimelineEntry> entries = history.timeline().forContact(TARGET);

    assertThat(entries).isSortedAccordingTo(TimelineEntry.CHRONOLOGICAL);
    assertThat(entries).extracting(TimelineEntry::at).isSorted();
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void every_activity_case_and_order_of_the_contact_appears_exactly_once_and_no_other(
      @ForAll("histories") History history) {
    List<TimelineEntry> entries = history.timeline().forContact(TARGET);

    Map<AggregateId, Long> counts = entries.stream().filter(e -> e.kind() != Kind.CONSENT_CHANGE)
        .collect(Collectors.groupingBy(TimelineEntry::sourceId, Collectors.counting()));
    List<AggregateId> expected = Stream.of(
        history.activities().stream().filter(a -> a.contactIds().contains(TARGET)).map(Activity::id),
        history.cases().stream().filter(c -> c.contactId().equals(Optional.of(TARGET))).map(SupportCase::id),
        history.orders().stream().filter(o -> o.contactId().equals(Optional.of(TARGET))).map(Order::id))
        .flatMap(Function.identity()).map(AggregateId.class::cast).toList();
    assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(counts.values()).allMatch(count -> count == 1);
    assertThat(entries).filteredOn(e -> e.kind() == Kind.CONSENT_CHANGE)
        .hasSize(history.contact().consent().records().size());
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void the_timeline_does_not_depend_on_the_order_records_were_stored_in(@ForAll("histories") History history) {
    assertThat(history.reversed().timeline().forContact(TARGET)).isEqualTo(history.timeline().forContact(TARGET));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void a_query_gives_exactly_the_entries_of_the_full_timeline_that_it_selects(
      @ForAll("histories") History history, @ForAll @IntRange(min = 0, max = 72) int fromHour,
      @ForAll @IntRange(min = 1, max = 72) int hours, @ForAll @IntRange(min = 1, max = 12) int limit) {
    Timeline timeline = history.timeline();
    List<TimelineEntry> all = timeline.forContact(TARGET);
    Instant since = PeopleFixtures.hoursAfterT0(fromHour);
    Instant until = since.plus(Duration.ofHours(hours));

    List<TimelineEntry> window = timeline.forContact(TARGET, TimelineQuery.all().since(since).until(until));
    List<TimelineEntry> activities = timeline.forContact(TARGET, TimelineQuery.all().onlyKinds(Kind.ACTIVITY));
    List<TimelineEntry> recent = timeline.forContact(TARGET, TimelineQuery.all().mostRecent(limit));

    assertThat(window).isEqualTo(all.stream().filter(e -> !e.at().isBefore(since) && e.at().isBefore(until)).toList());
    assertThat(activities).isEqualTo(all.stream().filter(e -> e.kind() == Kind.ACTIVITY).toList());
    assertThat(recent).isEqualTo(all.subList(Math.max(0, all.size() - limit), all.size()));
  }

  // ------------------------------------------------------------------------------ histories

  /** A contact and activities, cases and orders, some of them the contact's, stored in a CRM. */
  record History(Contact contact, List<Activity> activities, List<SupportCase> cases, List<Order> orders,
                 boolean reverse) {
    Timeline timeline() {
      InMemoryCrm crm = InMemoryCrm.create();
      crm.contacts().save(contact.withVersion(0));
      inOrder(activities).forEach(a -> crm.activities().save(a.withVersion(0)));
      inOrder(cases).forEach(c -> crm.supportCases().save(c.withVersion(0)));
      inOrder(orders).forEach(o -> crm.orders().save(o.withVersion(0)));
      return new Timeline(crm.contacts(), crm.activities(), crm.supportCases(), crm.orders(), crm.opportunities(),
          crm.eventHistory());
    }

    History reversed() {
      return new History(contact, activities, cases, orders, !reverse);
    }

    private <T> List<T> inOrder(List<T> records) {
      List<T> copy = new ArrayList<>(records);
      if (reverse) {
        Collections.reverse(copy);
      }
      return copy;
    }
  }

  @Provide
  Arbitrary<History> histories() {
    Arbitrary<Contact> contacts = PeopleFixtures.contacts().map(c -> c.withId(TARGET));
    // Activities done on the hour within three days, so that many share an instant.
    Arbitrary<Activity> activities = Combinators.combine(PeopleFixtures.activities(), Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 72))
        .as((a, mine, hour) -> a.withContactIds(mine ? TARGET : SOMEONE_ELSE)
            .withDoneAt(PeopleFixtures.hoursAfterT0(hour)));
    Arbitrary<SupportCase> cases = Combinators.combine(SalesFixtures.supportCases(), Arbitraries.of(true, false))
        .as((c, mine) -> c.withContactId(mine ? TARGET : SOMEONE_ELSE));
    Arbitrary<Order> orders = Combinators.combine(SalesFixtures.orders(), Arbitraries.of(true, false))
        .as((o, mine) -> o.withContactId(mine ? TARGET : SOMEONE_ELSE));
    return Combinators.combine(contacts, activities.list().ofMaxSize(8).uniqueElements(Activity::id),
            cases.list().ofMaxSize(4).uniqueElements(SupportCase::id),
            orders.list().ofMaxSize(4).uniqueElements(Order::id))
        .as((contact, as, cs, os) -> new History(contact, as, cs, os, false));
  }
}
