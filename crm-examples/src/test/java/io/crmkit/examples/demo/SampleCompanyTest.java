package io.crmkit.examples.demo;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.account.AccountKind;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.consent.ConsentRecord;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.conversion.AccountMatch;
import io.crmkit.core.conversion.ContactMatch;
import io.crmkit.core.conversion.ConversionResult;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.support.CaseStatus;
import io.crmkit.core.support.SupportCase;
import io.crmkit.examples.CrmPorts;
import io.crmkit.examples.Progress;
import io.crmkit.examples.demo.SampleRuns.Run;
import io.crmkit.examples.report.CrmRecords;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A sample company as the demo makes it: reproducible from its seed, realistic, true to the stage order. */
class SampleCompanyTest {

  @Test
  void the_same_seed_makes_the_same_records_field_for_field() {
    CrmRecords first = CrmRecords.read(SampleRuns.make(7).ports(), Progress.none());
    CrmRecords second = CrmRecords.read(SampleRuns.make(7).ports(), Progress.none());

    assertThat(second).isEqualTo(first);
  }

  @Test
  void the_same_seed_prints_the_same_report_byte_for_byte() {
    Run first = SampleRuns.make(7);
    Run second = SampleRuns.make(7);

    String printed = first.report().render("memory", first.report().timelineOf(Optional.empty()));
    String again = second.report().render("memory", second.report().timelineOf(Optional.empty()));

    assertThat(again).isEqualTo(printed);
  }

  @Test
  void another_seed_makes_other_people_and_another_report() {
    Run one = SampleRuns.make(1);
    Run two = SampleRuns.make(2);

    Set<String> emailsOfOne = emails(CrmRecords.read(one.ports(), Progress.none()));
    Set<String> emailsOfTwo = emails(CrmRecords.read(two.ports(), Progress.none()));

    assertThat(emailsOfTwo).isNotEqualTo(emailsOfOne);
    assertThat(two.report().managerReport()).isNotEqualTo(one.report().managerReport());
  }

  @Test
  void as_many_leads_arrive_as_asked_for_and_the_clock_ends_at_the_end_of_the_period() {
    Run run = SampleRuns.make(3, 120);

    assertThat(CrmRecords.read(run.ports(), Progress.none()).leads()).hasSize(120);
    assertThat(run.clock().instant()).isEqualTo(SampleCompany.AS_OF);
    assertThat(run.generated().asOf()).isEqualTo(SampleCompany.AS_OF);
  }

  @Test
  void every_stage_change_of_a_generated_deal_moves_forward_or_to_lost() {
    Run run = SampleRuns.make(11);
    List<Opportunity> deals = CrmRecords.read(run.ports(), Progress.none()).opportunities();

    assertThat(deals).isNotEmpty();
    for (Opportunity deal : deals) {
      SampleRuns.assertStagesFollowTheOrder(deal, run.ports().eventHistory().eventsOf(deal.id()));
    }
    assertThat(deals).anyMatch(d -> run.ports().eventHistory().eventsOf(d.id()).size() >= 4);
  }

  @Test
  void the_company_has_every_kind_of_record_a_manager_looks_at() {
    Run run = SampleRuns.make(5, 400);
    CrmRecords records = CrmRecords.read(run.ports(), Progress.none());

    assertThat(records.leads().stream().map(Lead::leadSource).distinct())
        .contains("Web form", "Paid search", "Trade show", "Webinar", "Referral", "Partner", "Import");
    assertThat(records.leads()).extracting(Lead::status)
        .contains(LeadStatus.CONVERTED, LeadStatus.UNQUALIFIED, LeadStatus.NURTURING);
    assertThat(records.accounts()).extracting(a -> a.kind()).contains(AccountKind.ORGANISATION, AccountKind.HOUSEHOLD);
    assertThat(records.accounts()).as("colleagues converted into one account")
        .anyMatch(a -> run.ports().contacts().findByAccount(a.id()).size() > 1);
    assertThat(records.opportunities()).anyMatch(Opportunity::isWon).anyMatch(d -> !d.isClosed())
        .anyMatch(d -> d.isLost() && d.lostReason().isPresent())
        .anyMatch(d -> !d.lineItems().isEmpty());
    assertThat(records.orders()).extracting(o -> o.status()).contains(OrderStatus.PLACED, OrderStatus.FULFILLED);
    assertThat(records.supportCases()).extracting(SupportCase::status)
        .contains(CaseStatus.CLOSED, CaseStatus.ON_HOLD);
    assertThat(records.supportCases()).extracting(SupportCase::severity).hasSizeGreaterThan(2);
    assertThat(records.activities()).extracting(Activity::type)
        .contains(ActivityType.CALL, ActivityType.EMAIL, ActivityType.MEETING, ActivityType.TASK, ActivityType.NOTE);
    List<ConsentRecord> consent = records.contacts().stream().flatMap(c -> c.consent().records().stream()).toList();
    assertThat(consent).extracting(ConsentRecord::status).contains(ConsentStatus.GRANTED, ConsentStatus.WITHDRAWN);
  }

  @Test
  void the_conversions_shown_are_one_of_each_kind_in_the_order_they_happened() {
    List<SampleCompany.ConversionExample> shown = SampleRuns.make(5, 400).generated().conversions();

    List<String> kinds = new ArrayList<>();
    for (SampleCompany.ConversionExample example : shown) {
      ConversionResult result = example.result();
      kinds.add(result.report().map(r -> r.repeat() ? "repeat"
          : r.contactMatch() == ContactMatch.MATCHED_BY_EMAIL ? "contact by e-mail" : r.accountMatch().name())
          .orElse("refused"));
    }
    assertThat(kinds).doesNotHaveDuplicates()
        .contains(AccountMatch.CREATED_ORGANISATION.name(), AccountMatch.MATCHED_BY_DOMAIN.name(),
            AccountMatch.CREATED_HOUSEHOLD.name());
    assertThat(shown).extracting(e -> e.lead().createdAt()).isNotEmpty();
  }

  @Test
  void every_activity_is_owned_by_a_sales_rep_and_meetings_are_held_in_office_hours() {
    Run run = SampleRuns.make(9);
    CrmRecords records = CrmRecords.read(run.ports(), Progress.none());

    assertThat(records.activities()).allSatisfy(a -> assertThat(a.ownerId()).hasValueSatisfying(owner ->
        assertThat(run.generated().salesReps()).contains(owner)));
    assertThat(records.activities()).filteredOn(a -> a.type() == ActivityType.MEETING).isNotEmpty()
        .allSatisfy(a -> assertThat(a.occurredAt().atZone(ZoneOffset.UTC).getHour()).isBetween(8, 17));
  }

  @Test
  void a_number_of_leads_out_of_range_is_refused() {
    assertRejected("demo.leads", "range", () -> new SampleCompany.Settings(1, 0));
    assertRejected("demo.leads", "range", () -> new SampleCompany.Settings(1, SampleCompany.MAX_LEADS + 1));
  }

  @Test
  void a_clock_already_past_the_set_up_is_refused() {
    DemoClock late = new DemoClock(SampleCompany.SET_UP_AT.plusSeconds(1));

    assertRejected("demo.clock", "order", () -> SampleCompany.generate(new SampleCompany.Settings(1, 10),
        CrmPorts.of(InMemoryCrm.create()), late, new DemoIds(), Progress.none()));
  }

  private static Set<String> emails(CrmRecords records) {
    return records.leads().stream().map(Lead::email).flatMap(Optional::stream).map(e -> e.value())
        .collect(Collectors.toSet());
  }
}
