package io.crmkit.identity.merge;

import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static io.crmkit.core.fixtures.PeopleFixtures.aCampaignMember;
import static io.crmkit.core.fixtures.PeopleFixtures.aConsentRecord;
import static io.crmkit.core.fixtures.PeopleFixtures.aContact;
import static io.crmkit.core.fixtures.PeopleFixtures.anActivity;
import static io.crmkit.core.fixtures.PeopleFixtures.hoursAfterT0;
import static io.crmkit.core.fixtures.SalesFixtures.aSupportCase;
import static io.crmkit.core.fixtures.SalesFixtures.anOpportunityIn;
import static io.crmkit.core.fixtures.SalesFixtures.anOrder;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.identity.merge.MergeWorld.NOW;
import static io.crmkit.identity.merge.MergeWorld.STEWARD;
import static io.crmkit.identity.merge.MergeWorld.mergeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.consent.ConsentChannel;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentPurpose;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.event.ActivityChanged;
import io.crmkit.core.event.CampaignMemberChanged;
import io.crmkit.core.event.ContactChanged;
import io.crmkit.core.event.ContactsMerged;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.OpportunityChanged;
import io.crmkit.core.event.OrderChanged;
import io.crmkit.core.event.SupportCaseChanged;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.order.Order;
import io.crmkit.core.support.SupportCase;
import io.crmkit.core.value.EmailAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Merging duplicate contacts and undoing it, rule by rule, as a data steward sees it. */
class ContactMergeTest {
  private static final ContactId ADA = ContactId.of("con-ada");
  private static final ContactId ADA_2 = ContactId.of("con-ada-2");
  private static final ContactId ADA_3 = ContactId.of("con-ada-3");

  private final MergeWorld world = new MergeWorld();

  /** The older record: Ada Lovelace, ada@example.com, created and last updated at T0. */
  private Contact givenAda() {
    return world.given(aContact().build());
  }

  /** A newer duplicate: "Ada King", an analyst with a second address, updated a day after T0. */
  private Contact givenAdaTwo() {
    return world.given(aContact().id(ADA_2).lastName("King").jobTitle("Analyst")
        .addEmail(EmailAddress.of("ada.king@example.org")).updatedAt(hoursAfterT0(24)).build());
  }

  // ---------------------------------------------------------------------------- golden record

  @Test
  void the_survivor_takes_the_golden_record_and_each_field_says_whose_value_won_and_why() {
    givenAda();
    givenAdaTwo();

    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));

    Contact survivor = world.contact(ADA);
    assertThat(survivor.lastName()).contains("Lovelace");
    assertThat(survivor.jobTitle()).contains("Analyst");
    assertThat(survivor.emails()).extracting(EmailAddress::value)
        .containsExactly("ada@example.com", "ada.king@example.org");
    assertThat(merge.decision("lastName").orElseThrow().decidedBy()).isEqualTo("most complete");
    assertThat(merge.decision("lastName").orElseThrow().winner()).contains(ADA);
    assertThat(merge.decision("jobTitle").orElseThrow().decidedBy()).isEqualTo(FieldDecision.ONLY_VALUE);
    assertThat(merge.decision("jobTitle").orElseThrow().explanation())
        .isEqualTo("jobTitle = \"Analyst\" from con-ada-2 (only value): it is the only record holding a value");
    assertThat(merge.decision("firstName").orElseThrow().decidedBy()).isEqualTo(FieldDecision.AGREEMENT);
    assertThat(merge.decision("emails").orElseThrow().winner()).contains(ADA_2);
  }

  @Test
  void the_survivor_keeps_its_id_and_creation_time_and_is_updated_at_the_merge() {
    Contact before = givenAda();
    givenAdaTwo();

    world.merged(mergeOf(ADA, ADA_2));

    Contact survivor = world.contact(ADA);
    assertThat(survivor.createdAt()).isEqualTo(before.createdAt());
    assertThat(survivor.updatedAt()).isEqualTo(NOW);
    assertThat(survivor.version()).isEqualTo(before.version() + 1);
    assertThat(survivor.isMerged()).isFalse();
  }

  @Test
  void merged_contacts_are_kept_marked_merged_into_the_survivor_and_otherwise_unchanged() {
    givenAda();
    Contact duplicate = givenAdaTwo();

    world.merged(mergeOf(ADA, ADA_2));

    Contact merged = world.contact(ADA_2);
    assertThat(merged.mergedInto()).contains(ADA);
    assertThat(merged.withMergedInto(java.util.Optional.empty()).withUpdatedAt(duplicate.updatedAt())
        .withVersion(duplicate.version())).isEqualTo(duplicate);
  }

  @Test
  void consent_keeps_every_record_and_the_most_recent_decision_answers() {
    world.given(aContact().consent(ConsentLedger.of(List.of(aConsentRecord(ConsentStatus.GRANTED, T0).build())))
        .build());
    world.given(aContact().id(ADA_2).consent(ConsentLedger.of(List.of(
        aConsentRecord(ConsentStatus.WITHDRAWN, hoursAfterT0(5)).build(),
        aConsentRecord(ConsentStatus.GRANTED, hoursAfterT0(6)).channel(ConsentChannel.SMS).build()))).build());

    world.merged(mergeOf(ADA, ADA_2));

    ConsentLedger ledger = world.contact(ADA).consent();
    assertThat(ledger.records()).hasSize(3);
    assertThat(ledger.permits(ConsentChannel.EMAIL, ConsentPurpose.MARKETING, hoursAfterT0(10))).isFalse();
    assertThat(ledger.permits(ConsentChannel.SMS, ConsentPurpose.MARKETING, hoursAfterT0(10))).isTrue();
  }

  @Test
  void source_priority_picks_the_value_of_the_most_trusted_source() {
    MergeWorld trusting = new MergeWorld(ContactSurvivorship.defaultRules()
        .with("jobTitle", SurvivorshipRule.sourcePriority("hr system", "web form")));
    trusting.given(aContact().jobTitle("Countess").build());
    trusting.given(aContact().id(ADA_2).jobTitle("Analyst").updatedAt(hoursAfterT0(24)).build());

    MergeRecord merge = trusting.merged(mergeOf(ADA, ADA_2).withSources(Map.of(ADA, "HR system", ADA_2, "web form")));

    assertThat(trusting.contact(ADA).jobTitle()).contains("Countess");
    assertThat(merge.decision("jobTitle").orElseThrow().explanation()).contains("its source HR system ranks 1");
  }

  // --------------------------------------------------------------------------- nothing lost

  @Test
  void every_record_of_a_merged_contact_moves_to_the_survivor() {
    givenAda();
    givenAdaTwo();
    world.given(anActivity().contactIds(List.of(ADA_2)).build());
    world.given(aSupportCase().contactId(ADA_2).build());
    world.given(anOpportunityIn(Stage.DISCOVERY).addContactRole(OpportunityContactRole.primary(ADA_2, "Champion"))
        .build());
    world.given(anOrder().contactId(ADA_2).build());
    world.given(aCampaignMember().contactId(ADA_2).build());

    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));

    assertThat(world.crm.activities().findByContact(ADA)).hasSize(1);
    assertThat(world.crm.supportCases().findByContact(ADA)).hasSize(1);
    assertThat(world.crm.opportunities().findByContact(ADA)).singleElement()
        .satisfies(o -> assertThat(o.contactRoles()).containsExactly(OpportunityContactRole.primary(ADA, "Champion")));
    assertThat(world.crm.orders().findByContact(ADA)).hasSize(1);
    assertThat(world.crm.campaignMembers().findByContact(ADA)).hasSize(1);
    assertThat(world.crm.activities().findByContact(ADA_2)).isEmpty();
    assertThat(merge.changes()).hasSize(7);
  }

  @Test
  void an_activity_with_the_survivor_and_a_merged_contact_names_the_survivor_once() {
    givenAda();
    givenAdaTwo();
    world.given(anActivity().contactIds(List.of(ADA_2, ContactId.of("con-bob"), ADA)).build());

    world.merged(mergeOf(ADA, ADA_2));

    assertThat(world.activity(ActivityId.of("act-1")).contactIds()).containsExactly(ADA, ContactId.of("con-bob"));
  }

  @Test
  void in_a_deal_where_both_have_a_role_the_survivor_keeps_its_role_and_the_notes_say_so() {
    givenAda();
    givenAdaTwo();
    world.given(anOpportunityIn(Stage.DISCOVERY).contactRoles(List.of(
        OpportunityContactRole.primary(ADA_2, "Champion"), OpportunityContactRole.of(ADA, "Decision maker"))).build());

    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));

    assertThat(world.opportunity(OpportunityId.of("opp-acme-seats")).contactRoles())
        .containsExactly(OpportunityContactRole.primary(ADA, "Decision maker"));
    assertThat(merge.notes()).containsExactly(
        "Opportunity opp-acme-seats: the role Champion of con-ada-2 was folded into the role Decision maker of con-ada");
  }

  @Test
  void a_survivor_now_twice_in_a_campaign_keeps_both_memberships_and_the_notes_say_so() {
    givenAda();
    givenAdaTwo();
    world.given(aCampaignMember().build());
    world.given(aCampaignMember().id(CampaignMemberId.of("cm-2")).contactId(ADA_2).build());

    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));

    assertThat(world.crm.campaignMembers().findByContact(ADA)).hasSize(2);
    assertThat(merge.notes()).containsExactly(
        "Campaign cmp-spring: con-ada is now a member 2 times (cm-1, cm-2); every membership was kept");
  }

  @Test
  void three_contacts_merge_at_once_and_a_record_of_two_of_them_moves_once() {
    givenAda();
    givenAdaTwo();
    world.given(aContact().id(ADA_3).build());
    world.given(anActivity().contactIds(List.of(ADA_2, ADA_3)).build());

    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2, ADA_3));

    assertThat(world.activity(ActivityId.of("act-1")).contactIds()).containsExactly(ADA);
    assertThat(merge.changesOf("Activity")).hasSize(1);
    assertThat(world.contact(ADA_3).mergedInto()).contains(ADA);
  }

  // ------------------------------------------------------------------------ audit and events

  @Test
  void the_merge_record_says_who_merged_what_when_and_keeps_every_record_as_it_was() {
    Contact ada = givenAda();
    Contact adaTwo = givenAdaTwo();
    Activity call = world.given(anActivity().contactIds(List.of(ADA_2)).build());

    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));

    assertThat(merge.mergedBy()).isEqualTo(STEWARD);
    assertThat(merge.mergedAt()).isEqualTo(NOW);
    assertThat(merge.survivorId()).isEqualTo(ADA);
    assertThat(merge.mergedIds()).containsExactly(ADA_2);
    assertThat(merge.survivorBefore()).isEqualTo(ada);
    assertThat(merge.changeOf(ADA_2).orElseThrow().before()).isEqualTo(adaTwo);
    assertThat(merge.changeOf(call.id()).orElseThrow().before()).isEqualTo(call);
    assertThat(merge.decisions()).extracting(FieldDecision::field)
        .containsSubsequence("firstName", "lastName", "emails", "lifecycleStage", "ownerId", "consent", "attribution");
    assertThat(world.history.findById(merge.id())).contains(merge);
    assertThat(world.history.findByContact(ADA_2)).containsExactly(merge);
    assertThat(world.history.findByContact(ADA)).containsExactly(merge);
  }

  @Test
  void the_merge_publishes_contacts_merged_a_change_per_merged_contact_and_per_moved_record() {
    givenAda();
    givenAdaTwo();
    world.given(anActivity().contactIds(List.of(ADA_2)).build());
    world.given(aSupportCase().contactId(ADA_2).build());
    world.given(anOpportunityIn(Stage.DISCOVERY).addContactRole(OpportunityContactRole.of(ADA_2, "Champion")).build());
    world.given(anOrder().contactId(ADA_2).build());
    world.given(aCampaignMember().contactId(ADA_2).build());

    world.merged(mergeOf(ADA, ADA_2));

    List<CrmEvent> events = world.events();
    assertThat(events).extracting(CrmEvent::getClass).containsExactly(ContactsMerged.class, ContactChanged.class,
        ActivityChanged.class, SupportCaseChanged.class, OpportunityChanged.class, OrderChanged.class,
        CampaignMemberChanged.class);
    assertThat(events).allMatch(e -> e.occurredAt().equals(NOW));
    ContactsMerged merged = (ContactsMerged) events.get(0);
    assertThat(merged.mergedIds()).containsExactly(ADA_2);
    assertThat(merged.aggregateVersion()).isEqualTo(world.contact(ADA).version());
    assertThat(((ContactChanged) events.get(1)).changedFields()).containsExactly("mergedInto");
  }

  // ------------------------------------------------------------------------- unhappy paths

  @Test
  void an_empty_cluster_is_rejected() {
    assertRejected("mergeRequest.contactIds", "empty", () -> MergeRequest.of(ADA, List.of(), STEWARD));
  }

  @Test
  void a_survivor_outside_the_cluster_is_rejected() {
    assertRejected("mergeRequest.survivorId", "notInCluster", () -> MergeRequest.of(ADA, List.of(ADA_2, ADA_3), STEWARD));
  }

  @Test
  void a_cluster_of_only_the_survivor_is_rejected_as_nothing_to_merge() {
    assertRejected("mergeRequest.contactIds", "nothingToMerge", () -> MergeRequest.of(ADA, List.of(ADA, ADA), STEWARD));
  }

  @Test
  void a_source_or_version_of_a_contact_outside_the_cluster_is_rejected() {
    assertRejected("mergeRequest.sources", "notInCluster",
        () -> mergeOf(ADA, ADA_2).withSources(Map.of(ADA_3, "import")));
    assertRejected("mergeRequest.expectedVersions", "notInCluster",
        () -> mergeOf(ADA, ADA_2).expecting(List.of(aContact().id(ADA_3).build())));
  }

  @Test
  void unknown_and_already_merged_contacts_are_refused_with_every_reason_and_nothing_is_written() {
    givenAda();
    givenAdaTwo();
    world.given(aContact().id(ADA_3).mergedInto(ContactId.of("con-elsewhere")).build());
    MergeWorld.Snapshot before = world.snapshot(List.of(ADA, ADA_2, ADA_3));

    MergeResult result = world.merge.merge(mergeOf(ADA, ADA_2, ADA_3, ContactId.of("con-ghost")));

    assertThat(result).isInstanceOfSatisfying(MergeResult.Refused.class, refused -> {
      assertThat(refused.reasons()).extracting(MergeRefusal::kind)
          .containsExactly(MergeRefusal.Kind.ALREADY_MERGED, MergeRefusal.Kind.UNKNOWN_CONTACT);
      assertThat(refused.reasons().get(0).detail()).contains("con-ada-3 was merged into con-elsewhere");
    });
    assertThat(world.snapshot(List.of(ADA, ADA_2, ADA_3))).isEqualTo(before);
  }

  @Test
  void a_contact_changed_since_the_user_saw_it_is_refused_as_stale_and_nothing_is_written() {
    Contact seen = givenAda();
    Contact seenTwo = givenAdaTwo();
    world.crm.contacts().save(seen.withJobTitle("Countess"));
    MergeWorld.Snapshot before = world.snapshot(List.of(ADA, ADA_2));

    MergeResult result = world.merge.merge(mergeOf(ADA, ADA_2).expecting(List.of(seen, seenTwo)));

    assertThat(result).isInstanceOfSatisfying(MergeResult.Refused.class, refused ->
        assertThat(refused.reasons()).singleElement().satisfies(r -> {
          assertThat(r.kind()).isEqualTo(MergeRefusal.Kind.STALE_VERSION);
          assertThat(r.contactId()).isEqualTo(ADA);
          assertThat(r.detail()).contains("is at version 2, not 1");
        }));
    assertThat(world.snapshot(List.of(ADA, ADA_2))).isEqualTo(before);
  }

  @Test
  void a_save_that_fails_midway_leaves_nothing_written_and_publishes_nothing() {
    givenAda();
    givenAdaTwo();
    world.given(anActivity().contactIds(List.of(ADA_2)).build());
    world.given(anActivity().id(ActivityId.of("act-2")).contactIds(List.of(ADA_2)).build());
    MergeWorld.Snapshot before = world.snapshot(List.of(ADA, ADA_2));
    world.failAtActivitySave.set(2);

    assertThatThrownBy(() -> world.merge.merge(mergeOf(ADA, ADA_2))).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(world.snapshot(List.of(ADA, ADA_2))).isEqualTo(before);
  }

  // --------------------------------------------------------------------------------- unmerge

  @Test
  void unmerging_restores_every_record_as_it_was_with_versions_two_ahead() {
    Contact ada = givenAda();
    Contact adaTwo = givenAdaTwo();
    Activity call = world.given(anActivity().contactIds(List.of(ADA_2, ADA)).build());
    SupportCase problem = world.given(aSupportCase().contactId(ADA_2).build());
    Opportunity deal = world.given(anOpportunityIn(Stage.DISCOVERY).contactRoles(List.of(
        OpportunityContactRole.primary(ADA_2, "Champion"), OpportunityContactRole.of(ADA, "Decision maker"))).build());
    Order order = world.given(anOrder().contactId(ADA_2).build());
    CampaignMember member = world.given(aCampaignMember().contactId(ADA_2).build());
    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));
    world.clock.advance(Duration.ofHours(1));

    UnmergeResult.Unmerged result = world.unmerged(merge.id());

    assertThat(world.contact(ADA)).isEqualTo(ada.withVersion(ada.version() + 2));
    assertThat(world.contact(ADA_2)).isEqualTo(adaTwo.withVersion(adaTwo.version() + 2));
    assertThat(world.activity(call.id())).isEqualTo(call.withVersion(call.version() + 2));
    assertThat(world.supportCase(problem.id())).isEqualTo(problem.withVersion(problem.version() + 2));
    assertThat(world.opportunity(deal.id())).isEqualTo(deal.withVersion(deal.version() + 2));
    assertThat(world.crm.orders().findById(order.id())).contains(order.withVersion(order.version() + 2));
    assertThat(world.crm.campaignMembers().findById(member.id())).contains(member.withVersion(member.version() + 2));
    assertThat(result.restored()).hasSize(merge.changes().size());
    assertThat(result.merge().unmerge()).contains(new Unmerge(STEWARD, NOW.plus(Duration.ofHours(1))));
    assertThat(world.history.findById(merge.id()).orElseThrow().isUnmerged()).isTrue();
  }

  @Test
  void unmerging_publishes_a_change_for_every_restored_record() {
    givenAda();
    givenAdaTwo();
    world.given(anActivity().contactIds(List.of(ADA_2)).build());
    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));
    int published = world.events().size();

    world.unmerged(merge.id());

    List<CrmEvent> events = world.events().subList(published, world.events().size());
    assertThat(events).extracting(CrmEvent::getClass)
        .containsExactly(ContactChanged.class, ContactChanged.class, ActivityChanged.class);
    assertThat(((ContactChanged) events.get(0)).changedFields()).contains("emails", "jobTitle");
    assertThat(((ContactChanged) events.get(1)).changedFields()).containsExactly("mergedInto");
  }

  @Test
  void an_unknown_merge_cannot_be_undone() {
    UnmergeResult result = world.merge.unmerge(MergeId.of("merge-ghost"), STEWARD);

    assertThat(result).isInstanceOfSatisfying(UnmergeResult.Refused.class, refused -> {
      assertThat(refused.hasConflict(UnmergeConflict.Kind.UNKNOWN_MERGE)).isTrue();
      assertThat(refused.conflicts().get(0).detail()).isEqualTo("no merge has the id merge-ghost");
    });
  }

  @Test
  void a_merge_is_undone_at_most_once() {
    givenAda();
    givenAdaTwo();
    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));
    world.unmerged(merge.id());
    MergeWorld.Snapshot before = world.snapshot(List.of(ADA, ADA_2));

    UnmergeResult again = world.merge.unmerge(merge.id(), STEWARD);

    assertThat(again).isInstanceOfSatisfying(UnmergeResult.Refused.class,
        refused -> assertThat(refused.hasConflict(UnmergeConflict.Kind.ALREADY_UNMERGED)).isTrue());
    assertThat(world.snapshot(List.of(ADA, ADA_2))).isEqualTo(before);
  }

  @Test
  void a_field_changed_both_by_the_merge_and_since_refuses_the_unmerge_naming_record_and_field() {
    givenAda();
    givenAdaTwo();
    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));
    world.crm.contacts().save(world.contact(ADA).withJobTitle("Countess of Lovelace"));
    MergeWorld.Snapshot before = world.snapshot(List.of(ADA, ADA_2));

    UnmergeResult result = world.merge.unmerge(merge.id(), STEWARD);

    assertThat(result).isInstanceOfSatisfying(UnmergeResult.Refused.class, refused ->
        assertThat(refused.conflicts()).singleElement().satisfies(c -> {
          assertThat(c.kind()).isEqualTo(UnmergeConflict.Kind.CHANGED_SINCE_MERGE);
          assertThat(c.recordId()).isEqualTo(ADA);
          assertThat(c.fields()).containsExactly("jobTitle");
        }));
    assertThat(world.snapshot(List.of(ADA, ADA_2))).isEqualTo(before);
  }

  @Test
  void a_field_changed_since_that_the_merge_did_not_set_is_kept_by_the_unmerge() {
    Contact ada = givenAda();
    givenAdaTwo();
    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));
    world.crm.contacts().save(world.contact(ADA).withMiddleName("Augusta"));
    world.clock.advance(Duration.ofHours(1));

    world.unmerged(merge.id());

    Contact restored = world.contact(ADA);
    assertThat(restored.middleName()).contains("Augusta");
    assertThat(restored.jobTitle()).isEqualTo(ada.jobTitle());
    assertThat(restored.emails()).isEqualTo(ada.emails());
    assertThat(restored.updatedAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void consent_recorded_on_the_survivor_since_the_merge_stays_with_it_after_the_unmerge() {
    world.given(aContact().consent(ConsentLedger.of(List.of(aConsentRecord().build()))).build());
    world.given(aContact().id(ADA_2).consent(ConsentLedger.of(List.of(
        aConsentRecord(ConsentStatus.DENIED, hoursAfterT0(2)).channel(ConsentChannel.SMS).build()))).build());
    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));
    Contact merged = world.contact(ADA);
    world.crm.contacts().save(merged.withConsent(aConsentRecord(ConsentStatus.WITHDRAWN, hoursAfterT0(30)).build()));

    world.unmerged(merge.id());

    assertThat(world.contact(ADA).consent().records()).extracting(r -> r.status())
        .containsExactly(ConsentStatus.GRANTED, ConsentStatus.WITHDRAWN);
    assertThat(world.contact(ADA_2).consent().records()).hasSize(1);
  }

  @Test
  void a_record_moved_elsewhere_since_the_merge_refuses_the_unmerge() {
    givenAda();
    givenAdaTwo();
    Activity call = world.given(anActivity().contactIds(List.of(ADA_2)).build());
    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));
    world.crm.activities().save(world.activity(call.id()).withContactIds(List.of(ContactId.of("con-bob"))));

    UnmergeResult result = world.merge.unmerge(merge.id(), STEWARD);

    assertThat(result).isInstanceOfSatisfying(UnmergeResult.Refused.class, refused ->
        assertThat(refused.conflicts()).singleElement().satisfies(c -> {
          assertThat(c.recordType()).isEqualTo("Activity");
          assertThat(c.recordId()).isEqualTo(call.id());
          assertThat(c.fields()).containsExactly("contactIds");
        }));
  }

  @Test
  void a_record_edited_since_the_merge_goes_back_to_its_contact_and_keeps_the_edit() {
    givenAda();
    givenAdaTwo();
    SupportCase problem = world.given(aSupportCase().contactId(ADA_2).build());
    MergeRecord merge = world.merged(mergeOf(ADA, ADA_2));
    world.crm.supportCases().save(world.supportCase(problem.id()).withSubject("Cannot export contacts to CSV"));

    world.unmerged(merge.id());

    SupportCase restored = world.supportCase(CaseId.of("case-acme-1"));
    assertThat(restored.contactId()).contains(ADA_2);
    assertThat(restored.subject()).isEqualTo("Cannot export contacts to CSV");
  }

  @Test
  void a_contact_can_be_merged_again_after_its_merge_was_undone() {
    givenAda();
    givenAdaTwo();
    MergeRecord first = world.merged(mergeOf(ADA, ADA_2));
    world.unmerged(first.id());

    MergeRecord second = world.merged(mergeOf(ADA_2, ADA));

    assertThat(world.contact(ADA).mergedInto()).contains(ADA_2);
    assertThat(world.history.findByContact(ADA)).containsExactly(first.withUnmerge(
        world.history.findById(first.id()).orElseThrow().unmerge()).withUpdatedAt(NOW).withVersion(2), second);
  }
}
