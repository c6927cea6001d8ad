package io.crmkit.identity.merge;

import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static io.crmkit.core.fixtures.PeopleFixtures.aContact;
import static io.crmkit.core.fixtures.PeopleFixtures.hoursAfterT0;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.Touch;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Survivorship, rule by rule: which value of a field wins among duplicates, and the sentence that says why. */
class SurvivorshipTest {
  private static final ContactId A = ContactId.of("con-a");
  private static final ContactId B = ContactId.of("con-b");
  private static final ContactId C = ContactId.of("con-c");

  private static FieldCandidate candidate(ContactId id, Object value, Instant updatedAt) {
    return new FieldCandidate(id, value, updatedAt, Optional.empty(), false);
  }

  private static FieldCandidate fromSource(ContactId id, Object value, String source) {
    return new FieldCandidate(id, value, T0, Optional.of(source), false);
  }

  private static FieldDecision decide(List<SurvivorshipRule> rules, FieldCandidate... candidates) {
    return Survivorship.decide("jobTitle", rules, List.of(candidates));
  }

  // ------------------------------------------------------------------------------ the rules

  @Test
  void most_recent_takes_the_value_of_the_record_updated_last() {
    FieldDecision d = decide(List.of(SurvivorshipRule.mostRecent()),
        candidate(A, "Analyst", hoursAfterT0(5)), candidate(B, "Countess", hoursAfterT0(9)));

    assertThat(d.winner()).contains(B);
    assertThat(d.decidedBy()).isEqualTo("most recent");
    assertThat(d.explanation())
        .isEqualTo("jobTitle = \"Countess\" from con-b (most recent): its record was updated last, at 2026-01-05T18:00:00Z");
  }

  @Test
  void most_complete_takes_the_longest_text() {
    FieldDecision d = decide(List.of(SurvivorshipRule.mostComplete()),
        candidate(A, "Bob", hoursAfterT0(9)), candidate(B, "Robert", T0));

    assertThat(d.winner()).contains(B);
    assertThat(d.explanation()).endsWith("it is the most complete value (6 against 3)");
  }

  @Test
  void most_complete_counts_the_elements_of_a_list() {
    FieldDecision d = decide(List.of(SurvivorshipRule.mostComplete()),
        candidate(A, List.of("x", "y"), T0), candidate(B, List.of("a longer single element"), T0));

    assertThat(d.winner()).contains(A);
  }

  @Test
  void source_priority_takes_the_value_of_the_most_trusted_source_and_unranked_sources_come_last() {
    FieldDecision d = decide(List.of(SurvivorshipRule.sourcePriority("ERP", " web   form ")),
        fromSource(A, "Analyst", "import"), fromSource(B, "Countess", "Web Form"), fromSource(C, "Engineer", "zzz"));

    assertThat(d.winner()).contains(B);
    assertThat(d.explanation()).endsWith("its source Web Form ranks 2 in [erp, web form]");
  }

  @Test
  void most_frequent_takes_the_value_most_records_hold() {
    FieldDecision d = decide(List.of(SurvivorshipRule.mostFrequent()),
        candidate(A, "Analyst", hoursAfterT0(9)), candidate(B, "Countess", T0), candidate(C, "Countess", T0));

    assertThat(d.winner()).contains(B);
    assertThat(d.explanation()).endsWith("it is held by 2 of 3 records");
  }

  @Test
  void a_user_rule_chooses_by_a_function_of_your_own() {
    List<LifecycleStage> order = List.of(LifecycleStage.LEAD, LifecycleStage.MQL, LifecycleStage.CUSTOMER);
    SurvivorshipRule furthest = SurvivorshipRule.userRule("furthest stage", cs -> {
      int best = cs.stream().mapToInt(c -> order.indexOf(c.value())).max().orElseThrow();
      return cs.stream().filter(c -> order.indexOf(c.value()) == best).toList();
    });

    FieldDecision d = decide(List.of(furthest, SurvivorshipRule.mostRecent()),
        candidate(A, LifecycleStage.CUSTOMER, T0), candidate(B, LifecycleStage.MQL, hoursAfterT0(9)));

    assertThat(d.winner()).contains(A);
    assertThat(d.decidedBy()).isEqualTo("furthest stage");
    assertThat(d.explanation()).endsWith("the rule furthest stage prefers it");
  }

  @Test
  void a_user_rule_that_returns_no_candidate_is_rejected() {
    SurvivorshipRule broken = SurvivorshipRule.userRule("broken", cs -> List.of());

    assertRejected("userRule.result", "subset", () -> decide(List.of(broken),
        candidate(A, "Analyst", T0), candidate(B, "Countess", T0)));
  }

  // ------------------------------------------------------------------- chains and ties

  @Test
  void when_a_rule_leaves_a_tie_the_next_rule_decides() {
    FieldDecision d = decide(List.of(SurvivorshipRule.mostRecent(), SurvivorshipRule.mostComplete()),
        candidate(A, "Analyst", hoursAfterT0(9)), candidate(B, "Chief analyst", hoursAfterT0(9)),
        candidate(C, "Countess of Lovelace", T0));

    assertThat(d.winner()).contains(B);
    assertThat(d.decidedBy()).isEqualTo("most complete");
  }

  @Test
  void a_tie_left_by_every_rule_goes_to_the_survivor() {
    FieldDecision d = Survivorship.decide("jobTitle", List.of(SurvivorshipRule.mostRecent()), List.of(
        candidate(A, "Analyst", T0), new FieldCandidate(C, "Countess", T0, Optional.empty(), true)));

    assertThat(d.winner()).contains(C);
    assertThat(d.decidedBy()).isEqualTo(FieldDecision.TIE_BREAK);
    assertThat(d.explanation()).endsWith("the rules left 2 values tied and it is the survivor's");
  }

  @Test
  void a_tie_without_the_survivor_goes_to_the_smallest_record_id() {
    FieldDecision d = decide(List.of(), candidate(C, "Analyst", T0), candidate(B, "Countess", T0));

    assertThat(d.winner()).contains(B);
    assertThat(d.explanation()).endsWith("its record id comes first");
  }

  @Test
  void records_that_agree_need_no_rule_and_a_missing_value_is_no_candidate() {
    assertThat(decide(List.of(), candidate(B, "Analyst", T0), candidate(A, "Analyst", T0)).decidedBy())
        .isEqualTo(FieldDecision.AGREEMENT);
    assertThat(decide(List.of(), candidate(B, "Analyst", T0)).decidedBy()).isEqualTo(FieldDecision.ONLY_VALUE);
    FieldDecision none = decide(List.of());
    assertThat(none.winner()).isEmpty();
    assertThat(none.explanation()).isEqualTo("jobTitle is empty: no record holds a value");
  }

  @Test
  void a_record_offering_two_values_for_one_field_is_rejected() {
    assertRejected("survivorship.candidates", "duplicate",
        () -> decide(List.of(), candidate(A, "Analyst", T0), candidate(A, "Countess", T0)));
  }

  // ----------------------------------------------------------------------- rules as data

  @Test
  void rules_name_a_contact_field_or_a_custom_field() {
    assertRejected("survivorshipRules.field", "unknown",
        () -> new ContactSurvivorship(SurvivorshipRules.of().with("shoeSize", SurvivorshipRule.mostRecent())));
    assertRejected("survivorshipRules.field", "unknown",
        () -> new ContactSurvivorship(SurvivorshipRules.of().with("consent", SurvivorshipRule.mostRecent())));
    new ContactSurvivorship(SurvivorshipRules.of().with("customFields.tier", SurvivorshipRule.mostFrequent()));
  }

  @Test
  void a_source_ranked_twice_is_rejected() {
    assertRejected("sourcePriority.sources", "duplicate", () -> SurvivorshipRule.sourcePriority("ERP", "erp"));
    assertRejected("sourcePriority.sources", "empty", () -> SurvivorshipRule.sourcePriority());
  }

  @Test
  void the_defaults_prefer_complete_names_the_usual_owner_and_otherwise_the_latest_value() {
    SurvivorshipRules rules = ContactSurvivorship.defaultRules();

    assertThat(rules.rulesFor("firstName")).containsExactly(SurvivorshipRule.mostComplete(), SurvivorshipRule.mostRecent());
    assertThat(rules.rulesFor("ownerId")).containsExactly(SurvivorshipRule.mostFrequent(), SurvivorshipRule.mostRecent());
    assertThat(rules.rulesFor("jobTitle")).containsExactly(SurvivorshipRule.mostRecent());
    assertThat(rules.rulesFor("customFields.tier")).containsExactly(SurvivorshipRule.mostRecent());
  }

  // -------------------------------------------------------------------- the golden record

  @Test
  void custom_fields_are_decided_one_by_one() {
    Contact survivor = aContact().id(A).customFields(CustomFields.of(Map.of(
        "tier", CustomFieldValue.choice("Gold"), "note", CustomFieldValue.text("old")))).build();
    Contact newer = aContact().id(B).updatedAt(hoursAfterT0(3)).customFields(CustomFields.of(Map.of(
        "tier", CustomFieldValue.choice("Silver"), "seats", CustomFieldValue.number(new java.math.BigDecimal("9")))))
        .build();

    ContactGoldenRecord golden = new ContactSurvivorship(ContactSurvivorship.defaultRules()
        .with("customFields.tier", SurvivorshipRule.userRule("gold first", cs -> cs.stream()
            .filter(c -> c.value().equals(CustomFieldValue.choice("Gold"))).toList())))
        .goldenRecord(survivor, List.of(newer), Map.of(), hoursAfterT0(4));

    assertThat(golden.contact().customFields().asMap()).containsOnlyKeys("tier", "note", "seats");
    assertThat(golden.contact().customFields().get("tier")).contains(CustomFieldValue.choice("Gold"));
    assertThat(golden.decision("customFields.seats").orElseThrow().winner()).contains(B);
  }

  @Test
  void account_links_keep_every_account_once_and_one_primary() {
    AccountId acme = AccountId.of("acc-acme");
    AccountId initech = AccountId.of("acc-initech");
    Contact survivor = aContact().id(A).addAccountLink(AccountLink.primary(acme, ContactRole.DECISION_MAKER)).build();
    Contact other = aContact().id(B).updatedAt(hoursAfterT0(1)).addAccountLink(AccountLink.primary(initech,
        ContactRole.DECISION_MAKER)).addAccountLink(AccountLink.of(acme, ContactRole.DECISION_MAKER)).build();

    Contact golden = new ContactSurvivorship(ContactSurvivorship.defaultRules())
        .goldenRecord(survivor, List.of(other), Map.of(), hoursAfterT0(4)).contact();

    assertThat(golden.accountLinks()).containsExactly(AccountLink.primary(initech, ContactRole.DECISION_MAKER),
        AccountLink.of(acme, ContactRole.DECISION_MAKER));
  }

  @Test
  void attribution_keeps_the_earliest_first_touch_and_the_latest_last_touch() {
    Touch early = Touch.of("paid search", "google", hoursAfterT0(-48));
    Touch middle = Touch.of("email", "newsletter", hoursAfterT0(-24));
    Touch late = Touch.of("referral", "partner", hoursAfterT0(-1));
    Contact survivor = aContact().id(A).attribution(Attribution.of(middle).record(late)).build();
    Contact other = aContact().id(B).attribution(Attribution.of(early)).build();

    ContactGoldenRecord golden = new ContactSurvivorship(ContactSurvivorship.defaultRules())
        .goldenRecord(survivor, List.of(other), Map.of(), hoursAfterT0(4));

    assertThat(golden.contact().attribution()).isEqualTo(Attribution.of(early).record(late));
    assertThat(golden.decision("attribution").orElseThrow().decidedBy()).isEqualTo(FieldDecision.ALL_KEPT);
  }

  @Test
  void the_golden_record_is_updated_at_the_merge_unless_the_survivor_was_updated_later() {
    Contact survivor = aContact().id(A).updatedAt(hoursAfterT0(10)).build();
    ContactSurvivorship survivorship = new ContactSurvivorship(ContactSurvivorship.defaultRules());

    assertThat(survivorship.goldenRecord(survivor, List.of(aContact().id(B).build()), Map.of(), hoursAfterT0(4))
        .contact().updatedAt()).isEqualTo(hoursAfterT0(10));
    assertThat(survivorship.goldenRecord(survivor, List.of(aContact().id(B).build()), Map.of(), hoursAfterT0(12))
        .contact().updatedAt()).isEqualTo(hoursAfterT0(12));
  }
}
