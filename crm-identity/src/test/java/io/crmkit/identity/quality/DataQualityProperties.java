package io.crmkit.identity.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.id.ContactId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The report's invariants over any contacts: rates in bounds, counts that add up, order that does not matter. */
class DataQualityProperties {
  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
  private final DataQuality quality = new DataQuality(QualityRules.defaults(), TODAY);

  @Property(tries = 200)
  void rates_are_shares_and_the_bar_is_met_exactly_from_the_bar_up(@ForAll("contacts") List<Contact> contacts) {
    QualityReport report = quality.reportOnContacts(contacts, List.of());

    assertThat(report.fields()).allSatisfy(f -> {
      assertThat(f.completionRate()).isBetween(0.0, 1.0);
      assertThat(f.filled()).isLessThanOrEqualTo(f.records());
      assertThat(f.meetsCompletionBar()).isEqualTo(!contacts.isEmpty() && f.completionRate() >= 0.8);
      assertThat(f.invalidValues() + f.suspiciousValues())
          .isEqualTo((int) report.issues().stream().filter(i -> i.field().equals(f.field())).count());
    });
  }

  @Property(tries = 200)
  void the_report_does_not_depend_on_the_order_of_the_records_but_for_the_order_of_issues(
      @ForAll("contacts") List<Contact> contacts, @ForAll long seed) {
    List<Contact> shuffled = new ArrayList<>(contacts);
    Collections.shuffle(shuffled, new Random(seed));

    QualityReport one = quality.reportOnContacts(contacts, List.of());
    QualityReport other = quality.reportOnContacts(shuffled, List.of());

    assertThat(other.fields()).isEqualTo(one.fields());
    assertThat(other.issues()).containsExactlyInAnyOrderElementsOf(one.issues());
  }

  @Property(tries = 200)
  void duplicates_count_every_clustered_record_but_one_per_cluster(
      @ForAll("contacts") List<Contact> contacts, @ForAll @IntRange(min = 1, max = 4) int clusterSize) {
    List<List<ContactId>> clusters = new ArrayList<>();
    for (int i = 0; i < contacts.size(); i += clusterSize) {
      clusters.add(contacts.subList(i, Math.min(contacts.size(), i + clusterSize)).stream().map(Contact::id).toList());
    }

    DuplicateSummary d = quality.reportOnContacts(contacts, clusters).duplicates();

    int expected = clusters.stream().mapToInt(c -> c.size() - 1).sum();
    assertThat(d.duplicates()).isEqualTo(expected);
    assertThat(d.duplicateRate()).isEqualTo(contacts.isEmpty() ? 0 : (double) expected / contacts.size());
  }

  @Provide
  Arbitrary<List<Contact>> contacts() {
    return PeopleFixtures.contacts().list().ofMaxSize(8).map(list -> IntStream.range(0, list.size())
        .mapToObj(i -> list.get(i).withId(ContactId.of("con-" + i))).toList());
  }
}
