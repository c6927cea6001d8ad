package io.crmkit.core.consent;

import static io.crmkit.core.consent.ConsentChannel.EMAIL;
import static io.crmkit.core.consent.ConsentChannel.SMS;
import static io.crmkit.core.consent.ConsentPurpose.MARKETING;
import static io.crmkit.core.consent.ConsentPurpose.NEWSLETTER;
import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static io.crmkit.core.fixtures.PeopleFixtures.aConsentRecord;
import static io.crmkit.core.fixtures.PeopleFixtures.hoursAfterT0;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsentLedgerTest {

  private static final ConsentScope EMAIL_MARKETING = ConsentScope.of(EMAIL, MARKETING);

  @Test
  void an_empty_ledger_permits_nothing_and_says_there_is_no_record() {
    ConsentLedger ledger = ConsentLedger.empty();

    ConsentDecision decision = ledger.decision(EMAIL, MARKETING, T0);

    assertThat(decision.permitted()).isFalse();
    assertThat(decision.reason()).isEqualTo(ConsentReason.NO_RECORD);
    assertThat(decision.answeredBy()).isEmpty();
    assertThat(decision.scope()).isEqualTo(EMAIL_MARKETING);
    assertThat(decision.at()).isEqualTo(T0);
  }

  @Test
  void a_grant_permits_from_its_effective_time_on() {
    ConsentRecord grant = aConsentRecord(ConsentStatus.GRANTED, hoursAfterT0(1)).build();
    ConsentLedger ledger = ConsentLedger.empty().record(grant);

    assertThat(ledger.permits(EMAIL, MARKETING, T0)).isFalse();
    assertThat(ledger.permits(EMAIL, MARKETING, hoursAfterT0(1))).isTrue();
    ConsentDecision later = ledger.decision(EMAIL, MARKETING, hoursAfterT0(1000));
    assertThat(later.reason()).isEqualTo(ConsentReason.GRANTED);
    assertThat(later.answeredBy()).contains(grant);
  }

  @Test
  void recording_returns_a_new_ledger_and_leaves_the_old_one_as_it_was() {
    ConsentLedger empty = ConsentLedger.empty();

    ConsentLedger withGrant = empty.record(aConsentRecord().build());

    assertThat(empty.isEmpty()).isTrue();
    assertThat(withGrant.records()).hasSize(1);
  }

  @Test
  void a_later_withdrawal_wins_from_its_effective_time_and_the_earlier_grant_stays_provable() {
    ConsentRecord grant = aConsentRecord(ConsentStatus.GRANTED, T0).build();
    ConsentRecord withdrawal = aConsentRecord(ConsentStatus.WITHDRAWN, hoursAfterT0(10)).source("unsubscribe link").build();

    ConsentLedger ledger = ConsentLedger.empty().record(grant).record(withdrawal);

    ConsentDecision before = ledger.decision(EMAIL, MARKETING, hoursAfterT0(9));
    assertThat(before.permitted()).isTrue();
    assertThat(before.answeredBy()).contains(grant);
    ConsentDecision after = ledger.decision(EMAIL, MARKETING, hoursAfterT0(10));
    assertThat(after.permitted()).isFalse();
    assertThat(after.reason()).isEqualTo(ConsentReason.WITHDRAWN);
    assertThat(after.answeredBy()).contains(withdrawal);
  }

  @Test
  void a_withdrawal_effective_in_the_future_lets_the_grant_answer_until_then() {
    ConsentRecord grant = aConsentRecord(ConsentStatus.GRANTED, T0).build();
    ConsentRecord withdrawal = aConsentRecord(ConsentStatus.WITHDRAWN, hoursAfterT0(1))
        .effectiveFrom(hoursAfterT0(48)).build();

    ConsentLedger ledger = ConsentLedger.empty().record(grant).record(withdrawal);

    assertThat(ledger.permits(EMAIL, MARKETING, hoursAfterT0(47))).isTrue();
    assertThat(ledger.permits(EMAIL, MARKETING, hoursAfterT0(48))).isFalse();
  }

  @Test
  void a_record_does_not_answer_for_instants_before_it_was_captured_even_when_effective_earlier() {
    ConsentRecord imported = aConsentRecord(ConsentStatus.GRANTED, hoursAfterT0(100))
        .source("import").effectiveFrom(T0).build();
    ConsentLedger ledger = ConsentLedger.empty().record(imported);

    assertThat(ledger.decision(EMAIL, MARKETING, hoursAfterT0(50)).reason()).isEqualTo(ConsentReason.NO_RECORD);
    assertThat(ledger.permits(EMAIL, MARKETING, hoursAfterT0(100))).isTrue();
  }

  @Test
  void a_denial_does_not_permit() {
    ConsentLedger ledger = ConsentLedger.empty().record(aConsentRecord(ConsentStatus.DENIED, T0).build());

    ConsentDecision decision = ledger.decision(EMAIL, MARKETING, hoursAfterT0(1));

    assertThat(decision.permitted()).isFalse();
    assertThat(decision.reason()).isEqualTo(ConsentReason.DENIED);
  }

  @Test
  void a_grant_awaiting_double_opt_in_does_not_permit_until_the_confirmation_is_recorded() {
    ConsentRecord pending = aConsentRecord().doubleOptInRequired(true).build();
    ConsentLedger ledger = ConsentLedger.empty().record(pending);
    assertThat(ledger.decision(EMAIL, MARKETING, hoursAfterT0(5)).reason())
        .isEqualTo(ConsentReason.AWAITING_DOUBLE_OPT_IN);

    ConsentLedger confirmed = ledger.record(pending.confirmation(hoursAfterT0(2)));

    assertThat(confirmed.decision(EMAIL, MARKETING, hoursAfterT0(1)).reason())
        .isEqualTo(ConsentReason.AWAITING_DOUBLE_OPT_IN);
    assertThat(confirmed.decision(EMAIL, MARKETING, hoursAfterT0(2)).reason()).isEqualTo(ConsentReason.GRANTED);
    assertThat(confirmed.permits(EMAIL, MARKETING, hoursAfterT0(2))).isTrue();
  }

  @Test
  void a_confirmation_time_after_the_instant_asked_about_does_not_permit() {
    ConsentRecord importedWithLaterConfirmation = aConsentRecord().doubleOptInRequired(true)
        .doubleOptInConfirmedAt(hoursAfterT0(3)).build();
    ConsentLedger ledger = ConsentLedger.empty().record(importedWithLaterConfirmation);

    assertThat(ledger.decision(EMAIL, MARKETING, hoursAfterT0(2)).reason())
        .isEqualTo(ConsentReason.AWAITING_DOUBLE_OPT_IN);
    assertThat(ledger.permits(EMAIL, MARKETING, hoursAfterT0(3))).isTrue();
  }

  @Test
  void a_grant_ends_at_its_effective_end() {
    ConsentLedger ledger = ConsentLedger.empty()
        .record(aConsentRecord().effectiveTo(hoursAfterT0(24)).build());

    assertThat(ledger.permits(EMAIL, MARKETING, hoursAfterT0(23))).isTrue();
    assertThat(ledger.decision(EMAIL, MARKETING, hoursAfterT0(24)).reason()).isEqualTo(ConsentReason.NO_RECORD);
  }

  @Test
  void when_a_temporary_refusal_ends_the_earlier_grant_answers_again() {
    ConsentRecord grant = aConsentRecord(ConsentStatus.GRANTED, T0).build();
    ConsentRecord pause = aConsentRecord(ConsentStatus.DENIED, hoursAfterT0(1)).effectiveTo(hoursAfterT0(24)).build();
    ConsentLedger ledger = ConsentLedger.empty().record(grant).record(pause);

    assertThat(ledger.decision(EMAIL, MARKETING, hoursAfterT0(12)).reason()).isEqualTo(ConsentReason.DENIED);
    assertThat(ledger.decision(EMAIL, MARKETING, hoursAfterT0(24)).answeredBy()).contains(grant);
  }

  @Test
  void the_record_with_the_later_effective_start_wins_whatever_the_order_of_capture() {
    ConsentRecord grantFromNextWeek = aConsentRecord(ConsentStatus.GRANTED, T0).effectiveFrom(hoursAfterT0(168)).build();
    ConsentRecord denialFromToday = aConsentRecord(ConsentStatus.DENIED, hoursAfterT0(1)).build();
    ConsentLedger ledger = ConsentLedger.empty().record(grantFromNextWeek).record(denialFromToday);

    assertThat(ledger.decision(EMAIL, MARKETING, hoursAfterT0(100)).reason()).isEqualTo(ConsentReason.DENIED);
    assertThat(ledger.decision(EMAIL, MARKETING, hoursAfterT0(168)).answeredBy()).contains(grantFromNextWeek);
  }

  @Test
  void on_the_same_effective_start_the_later_captured_record_wins() {
    ConsentRecord grant = aConsentRecord(ConsentStatus.GRANTED, T0).build();
    ConsentRecord correction = aConsentRecord(ConsentStatus.DENIED, hoursAfterT0(5)).effectiveFrom(T0).build();
    ConsentLedger ledger = ConsentLedger.empty().record(grant).record(correction);

    assertThat(ledger.decision(EMAIL, MARKETING, hoursAfterT0(4)).answeredBy()).contains(grant);
    assertThat(ledger.decision(EMAIL, MARKETING, hoursAfterT0(5)).answeredBy()).contains(correction);
  }

  @Test
  void on_the_same_effective_start_and_capture_time_the_record_appended_last_wins() {
    ConsentRecord grant = aConsentRecord(ConsentStatus.GRANTED, T0).build();
    ConsentRecord withdrawal = aConsentRecord(ConsentStatus.WITHDRAWN, T0).build();

    ConsentLedger grantThenWithdrawal = ConsentLedger.empty().record(grant).record(withdrawal);
    ConsentLedger withdrawalThenGrant = ConsentLedger.empty().record(withdrawal).record(grant);

    assertThat(grantThenWithdrawal.decision(EMAIL, MARKETING, T0).answeredBy()).contains(withdrawal);
    assertThat(withdrawalThenGrant.decision(EMAIL, MARKETING, T0).answeredBy()).contains(grant);
  }

  @Test
  void channels_and_purposes_are_answered_separately() {
    ConsentLedger ledger = ConsentLedger.empty()
        .record(aConsentRecord(ConsentStatus.GRANTED, T0).build())
        .record(aConsentRecord(ConsentStatus.WITHDRAWN, hoursAfterT0(1)).channel(SMS).build())
        .record(aConsentRecord(ConsentStatus.DENIED, hoursAfterT0(2)).purpose(NEWSLETTER).build());

    Optional<ConsentRecord> answer = ledger.decision(EMAIL, MARKETING, hoursAfterT0(3)).answeredBy();

    assertThat(ledger.permits(EMAIL, MARKETING, hoursAfterT0(3))).isTrue();
    assertThat(answer.map(ConsentRecord::status)).contains(ConsentStatus.GRANTED);
    assertThat(ledger.permits(SMS, MARKETING, hoursAfterT0(3))).isFalse();
    assertThat(ledger.permits(EMAIL, NEWSLETTER, hoursAfterT0(3))).isFalse();
  }

  @Test
  void a_record_captured_before_the_last_one_is_rejected_so_the_past_cannot_be_rewritten() {
    ConsentLedger ledger = ConsentLedger.empty().record(aConsentRecord(ConsentStatus.GRANTED, hoursAfterT0(5)).build());

    assertRejected("consent.capturedAt", "order",
        () -> ledger.record(aConsentRecord(ConsentStatus.WITHDRAWN, hoursAfterT0(4)).build()));
  }

  @Test
  void a_ledger_made_from_records_out_of_capture_order_is_rejected() {
    List<ConsentRecord> outOfOrder = List.of(
        aConsentRecord(ConsentStatus.GRANTED, hoursAfterT0(5)).build(),
        aConsentRecord(ConsentStatus.WITHDRAWN, hoursAfterT0(4)).build());

    assertRejected("consent.capturedAt", "order", () -> ConsentLedger.of(outOfOrder));
  }

  @Test
  void a_ledger_made_from_records_equals_one_they_were_appended_to() {
    ConsentRecord grant = aConsentRecord(ConsentStatus.GRANTED, T0).build();
    ConsentRecord withdrawal = aConsentRecord(ConsentStatus.WITHDRAWN, hoursAfterT0(1)).build();

    assertThat(ConsentLedger.of(List.of(grant, withdrawal)))
        .isEqualTo(ConsentLedger.empty().record(grant).record(withdrawal))
        .hasSameHashCodeAs(ConsentLedger.empty().record(grant).record(withdrawal));
  }

  @Test
  void the_history_of_a_channel_and_purpose_lists_its_records_in_the_order_appended() {
    ConsentRecord grant = aConsentRecord(ConsentStatus.GRANTED, T0).build();
    ConsentRecord sms = aConsentRecord(ConsentStatus.GRANTED, hoursAfterT0(1)).channel(SMS).build();
    ConsentRecord withdrawal = aConsentRecord(ConsentStatus.WITHDRAWN, hoursAfterT0(2)).build();
    ConsentLedger ledger = ConsentLedger.of(List.of(grant, sms, withdrawal));

    assertThat(ledger.history(EMAIL, MARKETING)).containsExactly(grant, withdrawal);
    assertThat(ledger.history(SMS, MARKETING)).containsExactly(sms);
    assertThat(ledger.history(ConsentChannel.POST, MARKETING)).isEmpty();
  }

  @Test
  void current_statuses_list_the_recorded_status_of_every_scope_that_has_a_record_applying() {
    ConsentLedger ledger = ConsentLedger.of(List.of(
        aConsentRecord(ConsentStatus.GRANTED, T0).doubleOptInRequired(true).build(),
        aConsentRecord(ConsentStatus.WITHDRAWN, hoursAfterT0(1)).channel(SMS).build(),
        aConsentRecord(ConsentStatus.GRANTED, hoursAfterT0(2)).purpose(NEWSLETTER).effectiveTo(hoursAfterT0(3)).build()));

    assertThat(ledger.currentStatuses(hoursAfterT0(5))).containsExactly(
        org.assertj.core.api.Assertions.entry(EMAIL_MARKETING, ConsentStatus.GRANTED),
        org.assertj.core.api.Assertions.entry(ConsentScope.of(SMS, MARKETING), ConsentStatus.WITHDRAWN));
    assertThat(ledger.currentStatuses(T0)).containsOnlyKeys(EMAIL_MARKETING);
  }

  @Test
  void a_decision_without_a_record_must_say_no_record() {
    ConsentRecord grant = aConsentRecord().build();

    assertRejected("decision.answeredBy", "reason",
        () -> new ConsentDecision(EMAIL_MARKETING, T0, ConsentReason.GRANTED, Optional.empty()));
    assertRejected("decision.answeredBy", "reason",
        () -> new ConsentDecision(EMAIL_MARKETING, T0, ConsentReason.NO_RECORD, Optional.of(grant)));
  }

  @Test
  void a_decision_is_answered_by_a_record_of_its_own_scope_and_status() {
    ConsentRecord smsGrant = aConsentRecord().channel(SMS).build();
    ConsentRecord grant = aConsentRecord().build();

    assertRejected("decision.answeredBy", "scope",
        () -> new ConsentDecision(EMAIL_MARKETING, T0, ConsentReason.GRANTED, Optional.of(smsGrant)));
    assertRejected("decision.reason", "status",
        () -> new ConsentDecision(EMAIL_MARKETING, T0, ConsentReason.WITHDRAWN, Optional.of(grant)));
  }

  @Test
  void only_the_granted_reason_permits() {
    assertThat(ConsentReason.values()).filteredOn(ConsentReason::permits).containsExactly(ConsentReason.GRANTED);
  }
}
