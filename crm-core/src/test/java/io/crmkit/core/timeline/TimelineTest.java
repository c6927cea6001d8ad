package io.crmkit.core.timeline;

import static io.crmkit.core.fixtures.PeopleFixtures.aConsentRecord;
import static io.crmkit.core.fixtures.PeopleFixtures.aContact;
import static io.crmkit.core.fixtures.PeopleFixtures.anActivity;
import static io.crmkit.core.fixtures.PeopleFixtures.hoursAfterT0;
import static io.crmkit.core.fixtures.SalesFixtures.aSupportCase;
import static io.crmkit.core.fixtures.SalesFixtures.anOpportunityIn;
import static io.crmkit.core.fixtures.SalesFixtures.anOrder;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.activity.ActivityDirection;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.event.ContactLifecycleStageChanged;
import io.crmkit.core.event.OpportunityStageChanged;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.support.CaseStatus;
import io.crmkit.core.timeline.TimelineEntry.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A contact's and an account's timeline: what a salesperson reads before calling. */
class TimelineTest {
  private static final AccountId ACME = SalesFixtures.ACCOUNT_ID;
  private static final ContactId ADA = ContactId.of("con-ada");

  private final InMemoryCrm crm = InMemoryCrm.create();
  private final Timeline timeline = new Timeline(crm.contacts(), crm.activities(), crm.supportCases(), crm.orders(),
      crm.opportunities(), crm.eventHistory());

  /** Ada at Acme with a call, a task, a case, an order, a deal moved twice, a lifecycle move and two consent records. */
  private void givenAdasHistory() {
    crm.contacts().save(aContact().addAccountLinks(AccountLink.primary(ACME, ContactRole.DECISION_MAKER))
        .consent(ConsentLedger.of(List.of(aConsentRecord(ConsentStatus.GRANTED, hoursAfterT0(1)).build(),
            aConsentRecord(ConsentStatus.WITHDRAWN, hoursAfterT0(50)).source("unsubscribe link").build())))
        .build());
    crm.activities().save(anActivity().id(ActivityId.of("act-call")).type(ActivityType.CALL)
        .direction(ActivityDirection.OUTBOUND).subject("Intro call").addContactIds(ADA).doneAt(hoursAfterT0(2))
        .build());
    crm.activities().save(anActivity().id(ActivityId.of("act-task")).subject("Send the proposal").addContactIds(ADA)
        .due(hoursAfterT0(30)).build());
    crm.supportCases().save(aSupportCase().contactId(ADA).openedAt(hoursAfterT0(3)).build());
    crm.orders().save(anOrder().contactId(ADA).status(OrderStatus.PLACED).orderedAt(hoursAfterT0(4)).build());
    Opportunity deal = crm.opportunities().save(anOpportunityIn(Stage.DISCOVERY)
        .addContactRoles(OpportunityContactRole.primary(ADA, OpportunityContactRole.DECISION_MAKER)).build());
    crm.publisher().publish(new OpportunityStageChanged(EventId.of("ev-1"), deal.id(), Stage.DISCOVERY,
        Stage.SOLUTION_FIT, 2, hoursAfterT0(5)));
    crm.publisher().publish(new OpportunityStageChanged(EventId.of("ev-2"), deal.id(), Stage.SOLUTION_FIT,
        Stage.PROPOSAL, 3, hoursAfterT0(6)));
    crm.publisher().publish(new ContactLifecycleStageChanged(EventId.of("ev-3"), ADA, LifecycleStage.LEAD,
        LifecycleStage.OPPORTUNITY, 2, hoursAfterT0(7)));
  }

  @Test
  void a_contact_s_timeline_lists_everything_that_happened_with_it_oldest_first_in_words_a_salesperson_reads() {
    givenAdasHistory();

    List<TimelineEntry> entries = timeline.forContact(ADA);

    assertThat(entries).extracting(TimelineEntry::at).isSorted();
    assertThat(entries).extracting(TimelineEntry::summary).containsExactly(
        "Consent to marketing by e-mail granted (web form)",
        "Call (outbound): Intro call",
        "Case CS-000001 opened: Cannot export contacts (problem, medium severity, now new)",
        "Order SO-10001 placed: 200.00 EUR (placed)",
        "Deal Acme - 200 seats moved from Discovery to Solution fit",
        "Deal Acme - 200 seats moved from Solution fit to Proposal",
        "Lifecycle stage moved from Lead to Opportunity",
        "Task: Send the proposal (open)",
        "Consent to marketing by e-mail withdrawn (unsubscribe link)");
    assertThat(entries).extracting(TimelineEntry::kind).containsExactly(Kind.CONSENT_CHANGE, Kind.ACTIVITY,
        Kind.SUPPORT_CASE, Kind.ORDER, Kind.OPPORTUNITY_STAGE_CHANGE, Kind.OPPORTUNITY_STAGE_CHANGE,
        Kind.LIFECYCLE_STAGE_CHANGE, Kind.ACTIVITY, Kind.CONSENT_CHANGE);
    assertThat(entries).extracting(TimelineEntry::sourceId).containsExactly(ADA, ActivityId.of("act-call"),
        CaseId.of("case-acme-1"), OrderId.of("order-acme-1"), OpportunityId.of("opp-acme-seats"),
        OpportunityId.of("opp-acme-seats"), ADA, ActivityId.of("act-task"), ADA);
  }

  @Test
  void records_of_other_contacts_and_deals_without_the_contact_stay_out() {
    givenAdasHistory();
    crm.activities().save(anActivity().id(ActivityId.of("act-other")).addContactIds(ContactId.of("con-bob")).build());
    Opportunity other = crm.opportunities().save(anOpportunityIn(Stage.DISCOVERY).id(OpportunityId.of("opp-other"))
        .build());
    crm.publisher().publish(new OpportunityStageChanged(EventId.of("ev-9"), other.id(), Stage.DISCOVERY,
        Stage.COMMIT, 2, hoursAfterT0(8)));

    List<TimelineEntry> entries = timeline.forContact(ADA);

    assertThat(entries).extracting(TimelineEntry::sourceId)
        .doesNotContain(ActivityId.of("act-other"), OpportunityId.of("opp-other"));
  }

  @Test
  void entries_at_the_same_instant_are_ordered_by_kind_then_by_the_record_s_id() {
    Instant noon = hoursAfterT0(3);
    crm.activities().save(anActivity().id(ActivityId.of("act-b")).subject("Second").addContactIds(ADA).doneAt(noon)
        .build());
    crm.activities().save(anActivity().id(ActivityId.of("act-a")).subject("First").addContactIds(ADA).doneAt(noon)
        .build());
    crm.supportCases().save(aSupportCase().contactId(ADA).openedAt(noon).build());

    List<TimelineEntry> entries = timeline.forContact(ADA);

    assertThat(entries).extracting(e -> e.sourceId().value())
        .containsExactly("act-a", "act-b", "case-acme-1");
  }

  @Test
  void an_account_s_timeline_covers_its_records_its_deals_and_the_consent_of_its_contacts() {
    givenAdasHistory();
    crm.activities().save(anActivity().id(ActivityId.of("act-elsewhere")).subject("Elsewhere")
        .accountId(AccountId.of("acc-other")).build());

    List<TimelineEntry> entries = timeline.forAccount(ACME);

    assertThat(entries).extracting(TimelineEntry::summary).containsExactly(
        "Ada Lovelace: Consent to marketing by e-mail granted (web form)",
        "Call (outbound): Intro call",
        "Case CS-000001 opened: Cannot export contacts (problem, medium severity, now new)",
        "Order SO-10001 placed: 200.00 EUR (placed)",
        "Deal Acme - 200 seats moved from Discovery to Solution fit",
        "Deal Acme - 200 seats moved from Solution fit to Proposal",
        "Task: Send the proposal (open)",
        "Ada Lovelace: Consent to marketing by e-mail withdrawn (unsubscribe link)");
  }

  @Test
  void a_query_keeps_a_time_window_the_kinds_asked_for_and_the_most_recent_entries() {
    givenAdasHistory();

    List<TimelineEntry> window = timeline.forContact(ADA, TimelineQuery.all().since(hoursAfterT0(3))
        .until(hoursAfterT0(6)));
    List<TimelineEntry> activities = timeline.forContact(ADA, TimelineQuery.all().onlyKinds(Kind.ACTIVITY));
    List<TimelineEntry> lastTwo = timeline.forContact(ADA, TimelineQuery.all().mostRecent(2));

    assertThat(window).extracting(TimelineEntry::kind)
        .containsExactly(Kind.SUPPORT_CASE, Kind.ORDER, Kind.OPPORTUNITY_STAGE_CHANGE);
    assertThat(activities).extracting(e -> e.sourceId().value()).containsExactly("act-call", "act-task");
    assertThat(lastTwo).extracting(TimelineEntry::kind).containsExactly(Kind.ACTIVITY, Kind.CONSENT_CHANGE);
  }

  @Test
  void a_task_reads_as_done_once_done_and_a_case_shows_its_current_status() {
    crm.activities().save(anActivity().addContactIds(ADA).doneAt(hoursAfterT0(1)).build());
    crm.supportCases().save(aSupportCase().contactId(ADA).status(CaseStatus.OPEN).firstRespondedAt(hoursAfterT0(1))
        .build());

    assertThat(timeline.forContact(ADA)).extracting(TimelineEntry::summary).containsExactly(
        "Case CS-000001 opened: Cannot export contacts (problem, medium severity, now open)",
        "Task: Send the proposal (done)");
  }

  @Test
  void a_contact_nobody_stored_has_only_the_records_that_name_it() {
    crm.activities().save(anActivity().addContactIds(ContactId.of("con-ghost")).build());

    assertThat(timeline.forContact(ContactId.of("con-ghost"))).extracting(TimelineEntry::kind)
        .containsExactly(Kind.ACTIVITY);
    assertThat(timeline.forContact(ContactId.of("con-nobody"))).isEmpty();
  }

  @Test
  void a_double_opt_in_reads_as_awaiting_then_confirmed() {
    var grant = aConsentRecord(ConsentStatus.GRANTED, hoursAfterT0(1)).doubleOptInRequired(true).build();
    Contact ada = aContact().consent(ConsentLedger.of(List.of(grant, grant.confirmation(hoursAfterT0(2))))).build();
    crm.contacts().save(ada);

    assertThat(timeline.forContact(ADA)).extracting(TimelineEntry::summary).containsExactly(
        "Consent to marketing by e-mail granted, awaiting double opt-in (web form)",
        "Consent to marketing by e-mail confirmed by double opt-in (web form)");
  }

  @Test
  void a_query_refuses_an_empty_window_no_kinds_and_a_limit_below_one() {
    assertRejected(() -> TimelineQuery.all().since(hoursAfterT0(2)).until(hoursAfterT0(2)), "timelineQuery.until",
        "order");
    assertRejected(() -> new TimelineQuery(Optional.empty(), Optional.empty(), java.util.Set.of(),
        java.util.OptionalInt.empty()), "timelineQuery.kinds", "empty");
    assertRejected(() -> TimelineQuery.all().mostRecent(0), "timelineQuery.limit", "range");
    assertRejected(() -> timeline.forContact(null), "contactId", "required");
    assertRejected(() -> timeline.forAccount(ACME, null), "query", "required");
  }

  @Test
  void an_entry_is_one_line() {
    TimelineEntry entry = new TimelineEntry(Kind.ACTIVITY, hoursAfterT0(1), "Note:\n  two\tlines ", ADA);

    assertThat(entry.summary()).isEqualTo("Note: two lines");
    assertRejected(() -> new TimelineEntry(Kind.ACTIVITY, hoursAfterT0(1), " ", ADA), "timelineEntry.summary",
        "required");
  }
}
