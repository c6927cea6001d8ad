package io.crmkit.core.consent;

import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static io.crmkit.core.fixtures.PeopleFixtures.aConsentRecord;
import static io.crmkit.core.fixtures.PeopleFixtures.hoursAfterT0;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentRecordTest {

  @Test
  void a_record_is_effective_from_its_capture_time_unless_told_otherwise() {
    ConsentRecord grant = aConsentRecord(ConsentStatus.GRANTED, hoursAfterT0(3)).build();

    assertThat(grant.effectiveFrom()).isEqualTo(hoursAfterT0(3));
    assertThat(grant.effectiveTo()).isEmpty();
    assertThat(grant.doubleOptInRequired()).isFalse();
  }

  @Test
  void a_record_may_be_effective_from_before_its_capture_so_that_past_consents_can_be_imported() {
    ConsentRecord imported = aConsentRecord(ConsentStatus.GRANTED, hoursAfterT0(100))
        .source("import").effectiveFrom(T0).build();

    assertThat(imported.effectiveFrom()).isEqualTo(T0);
  }

  @Test
  void the_source_is_folded_and_the_evidence_stripped_but_otherwise_kept() {
    ConsentRecord grant = aConsentRecord()
        .source("  web \t form ")
        .evidence("\n form https://example.com/a   from 203.0.113.7 \n")
        .build();

    assertThat(grant.source()).isEqualTo("web form");
    assertThat(grant.evidence()).isEqualTo("form https://example.com/a   from 203.0.113.7");
  }

  @Test
  void the_scope_is_the_channel_and_the_purpose() {
    ConsentRecord grant = aConsentRecord().channel(ConsentChannel.SMS).purpose(ConsentPurpose.NEWSLETTER).build();

    assertThat(grant.scope()).isEqualTo(ConsentScope.of(ConsentChannel.SMS, ConsentPurpose.NEWSLETTER));
  }

  @Test
  void the_effective_interval_includes_its_start_and_excludes_its_end() {
    ConsentRecord grant = aConsentRecord().effectiveFrom(hoursAfterT0(1)).effectiveTo(hoursAfterT0(5)).build();

    assertThat(grant.isEffectiveAt(T0)).isFalse();
    assertThat(grant.isEffectiveAt(hoursAfterT0(1))).isTrue();
    assertThat(grant.isEffectiveAt(hoursAfterT0(4))).isTrue();
    assertThat(grant.isEffectiveAt(hoursAfterT0(5))).isFalse();
  }

  @Test
  void an_open_ended_record_stays_effective() {
    ConsentRecord grant = aConsentRecord().build();

    assertThat(grant.isEffectiveAt(hoursAfterT0(24 * 365 * 10))).isTrue();
  }

  @Test
  void a_blank_source_is_rejected() {
    assertRejected("consent.source", "required", () -> aConsentRecord().source(" \t ").build());
  }

  @Test
  void blank_evidence_is_rejected_because_a_consent_must_be_provable() {
    assertRejected("consent.evidence", "required", () -> aConsentRecord().evidence("\n ").build());
  }

  @Test
  void an_end_equal_to_the_start_is_rejected() {
    assertRejected("consent.effectiveTo", "order",
        () -> aConsentRecord().effectiveFrom(hoursAfterT0(2)).effectiveTo(hoursAfterT0(2)).build());
  }

  @Test
  void an_end_before_the_start_is_rejected() {
    assertRejected("consent.effectiveTo", "order",
        () -> aConsentRecord().effectiveFrom(hoursAfterT0(2)).effectiveTo(hoursAfterT0(1)).build());
  }

  @Test
  void only_a_grant_can_require_a_double_opt_in() {
    assertRejected("consent.doubleOptInRequired", "grantOnly",
        () -> aConsentRecord(ConsentStatus.WITHDRAWN, T0).doubleOptInRequired(true).build());
    assertRejected("consent.doubleOptInRequired", "grantOnly",
        () -> aConsentRecord(ConsentStatus.DENIED, T0).doubleOptInRequired(true).build());
  }

  @Test
  void a_confirmation_time_without_a_required_double_opt_in_is_rejected() {
    assertRejected("consent.doubleOptInConfirmedAt", "notRequired",
        () -> aConsentRecord().doubleOptInConfirmedAt(hoursAfterT0(1)).build());
  }

  @Test
  void a_grant_is_confirmed_from_its_confirmation_time_on() {
    ConsentRecord grant = aConsentRecord().doubleOptInRequired(true).doubleOptInConfirmedAt(hoursAfterT0(2)).build();

    assertThat(grant.isConfirmedAt(hoursAfterT0(1))).isFalse();
    assertThat(grant.isConfirmedAt(hoursAfterT0(2))).isTrue();
  }

  @Test
  void the_confirmation_of_a_pending_grant_is_the_same_grant_captured_and_confirmed_when_the_person_confirmed() {
    ConsentRecord pending = aConsentRecord().doubleOptInRequired(true).build();

    ConsentRecord confirmation = pending.confirmation(hoursAfterT0(2));

    assertThat(confirmation.capturedAt()).isEqualTo(hoursAfterT0(2));
    assertThat(confirmation.doubleOptInConfirmedAt()).contains(hoursAfterT0(2));
    assertThat(confirmation.effectiveFrom()).isEqualTo(pending.effectiveFrom());
    assertThat(confirmation.scope()).isEqualTo(pending.scope());
    assertThat(confirmation.evidence()).isEqualTo(pending.evidence());
    assertThat(pending.doubleOptInConfirmedAt()).isEmpty();
  }

  @Test
  void a_grant_without_double_opt_in_cannot_be_confirmed() {
    ConsentRecord grant = aConsentRecord().build();

    assertRejected("consent.doubleOptInConfirmedAt", "notRequired", () -> grant.confirmation(hoursAfterT0(1)));
  }

  @Test
  void a_purpose_is_a_lower_case_token() {
    assertThat(ConsentPurpose.of(" Product-Updates ").name()).isEqualTo("product-updates");
    assertRejected("consent.purpose", "token", () -> ConsentPurpose.of("product updates"));
  }

  @Test
  void scopes_sort_by_channel_then_purpose() {
    ConsentScope emailNewsletter = ConsentScope.of(ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER);
    ConsentScope emailMarketing = ConsentScope.of(ConsentChannel.EMAIL, ConsentPurpose.MARKETING);
    ConsentScope smsMarketing = ConsentScope.of(ConsentChannel.SMS, ConsentPurpose.MARKETING);

    assertThat(java.util.stream.Stream.of(smsMarketing, emailNewsletter, emailMarketing).sorted())
        .containsExactly(emailMarketing, emailNewsletter, smsMarketing);
  }
}
