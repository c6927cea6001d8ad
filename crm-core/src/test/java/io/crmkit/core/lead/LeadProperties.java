package io.crmkit.core.lead;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.PeopleFixtures;
import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LeadProperties {

  @Property
  void a_lead_rebuilt_from_its_own_values_is_equal(@ForAll("leads") Lead lead) {
    assertThat(Lead.builder().from(lead).build()).isEqualTo(lead).hasSameHashCodeAs(lead);
  }

  @Property
  void texts_and_domain_are_normalised_whatever_the_way_they_are_written(
      @ForAll("leads") Lead lead, @ForAll("padding") String padding) {
    Lead messy = Lead.builder().from(lead)
        .firstName(lead.firstName().map(n -> padding + n + padding))
        .lastName(lead.lastName().map(n -> n.replace(" ", padding + " ")))
        .companyName(lead.companyName().map(n -> padding + n))
        .leadSource(padding + lead.leadSource().replace(" ", " " + padding) + padding)
        .companyDomain(lead.companyDomain().map(d -> "https://WWW." + d.toUpperCase() + "/contact"))
        .build();

    assertThat(messy).isEqualTo(lead);
  }

  @Property
  boolean converted_exactly_when_the_status_says_so(@ForAll("leads") Lead lead) {
    return lead.isConverted() == (lead.status() == LeadStatus.CONVERTED);
  }

  @Property
  void taking_the_outcome_from_a_converted_lead_is_rejected(@ForAll("convertedLeads") Lead lead) {
    assertRejected("lead.conversion", "required",
        () -> Lead.builder().from(lead).conversion(Optional.empty()).build());
  }

  @Property
  void moving_a_converted_lead_to_any_other_status_is_rejected(
      @ForAll("convertedLeads") Lead lead, @ForAll("otherStatuses") LeadStatus status) {
    assertRejected("lead.status", "converted", () -> Lead.builder().from(lead).status(status).build());
  }

  @Property
  void a_score_above_100_is_rejected(@ForAll("leads") Lead lead, @ForAll @IntRange(min = 101) int score) {
    assertRejected("lead.score", "range", () -> Lead.builder().from(lead).score(score).build());
  }

  @Property
  void a_negative_score_is_rejected(@ForAll("leads") Lead lead, @ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int score) {
    assertRejected("lead.score", "range", () -> Lead.builder().from(lead).score(score).build());
  }

  @Property
  void an_update_before_the_creation_is_rejected(
      @ForAll("unconvertedLeads") Lead lead, @ForAll @LongRange(min = 1, max = 1_000_000) long secondsEarlier) {
    assertRejected("lead.updatedAt", "order", () -> Lead.builder().from(lead)
        .updatedAt(lead.createdAt().minus(Duration.ofSeconds(secondsEarlier))).build());
  }

  @Property
  void a_negative_version_is_rejected(
      @ForAll("leads") Lead lead, @ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long version) {
    assertRejected("lead.version", "range", () -> Lead.builder().from(lead).version(version).build());
  }

  @Provide
  Arbitrary<Lead> leads() {
    return PeopleFixtures.leads();
  }

  @Provide
  Arbitrary<Lead> convertedLeads() {
    return PeopleFixtures.leads().filter(Lead::isConverted);
  }

  @Provide
  Arbitrary<Lead> unconvertedLeads() {
    return PeopleFixtures.leads().filter(l -> !l.isConverted());
  }

  @Provide
  Arbitrary<LeadStatus> otherStatuses() {
    return Arbitraries.of(LeadStatus.class).filter(s -> s != LeadStatus.CONVERTED);
  }

  @Provide
  Arbitrary<String> padding() {
    return Arbitraries.strings().withChars(' ', '\t', '\n').ofMaxLength(3);
  }
}
