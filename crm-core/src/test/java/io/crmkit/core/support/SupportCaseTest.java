package io.crmkit.core.support;

import static io.crmkit.core.fixtures.SalesFixtures.CREATED_AT;
import static io.crmkit.core.fixtures.SalesFixtures.aSupportCase;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.ContactId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupportCaseTest {
  private static final Instant OPENED = CREATED_AT;
  private static final Instant ANSWERED = OPENED.plus(Duration.ofMinutes(45));
  private static final Instant RESOLVED = OPENED.plus(Duration.ofHours(6));
  private static final Instant CLOSED = OPENED.plus(Duration.ofDays(3));

  @Test
  void a_case_starts_new_unanswered_and_never_reopened() {
    // when
    SupportCase c = aSupportCase().build();
    // then
    assertThat(c.status()).isEqualTo(CaseStatus.NEW);
    assertThat(c.reopenCount()).isZero();
    assertThat(c.timeToFirstResponse()).isEmpty();
    assertThat(c.isDone()).isFalse();
    assertThat(c.recordType()).isEqualTo("SupportCase");
  }

  @Test
  void a_case_measures_its_response_and_resolution_times() {
    // when
    SupportCase c = aSupportCase().status(CaseStatus.RESOLVED).firstRespondedAt(ANSWERED).resolvedAt(RESOLVED).build();
    // then
    assertThat(c.timeToFirstResponse()).contains(Duration.ofMinutes(45));
    assertThat(c.timeToResolution()).contains(Duration.ofHours(6));
    assertThat(c.isDone()).isTrue();
  }

  @Test
  void a_case_number_is_folded_and_upper_case() {
    assertThat(aSupportCase().caseNumber(" cs- 42 ").build().caseNumber()).isEqualTo("CS- 42");
    assertRejected("supportCase.caseNumber", "required", () -> aSupportCase().caseNumber(" ").build());
  }

  @Test
  void a_subject_is_folded_and_required() {
    assertThat(aSupportCase().subject(" Export   fails ").build().subject()).isEqualTo("Export fails");
    assertRejected("supportCase.subject", "required", () -> aSupportCase().subject("\t").build());
  }

  @Test
  void an_origin_is_folded_lower_case_and_required() {
    assertThat(aSupportCase().origin("  Social   Media ").build().origin()).isEqualTo("social media");
    assertRejected("supportCase.origin", "required", () -> aSupportCase().origin(" ").build());
  }

  @Test
  void a_description_is_stripped_and_a_blank_one_is_absent() {
    assertThat(aSupportCase().description("\n Steps: export, then open the file \n").build().description())
        .contains("Steps: export, then open the file");
    assertThat(aSupportCase().description(" ").build().description()).isEmpty();
  }

  @Test
  void a_case_concerns_a_contact_an_account_or_both() {
    assertThat(aSupportCase().accountId(Optional.empty()).contactId(ContactId.of("c-1")).build().contactId()).isPresent();
    assertRejected("supportCase.contactOrAccount", "required",
        () -> aSupportCase().accountId(Optional.empty()).build());
  }

  @Test
  void a_first_response_before_the_opening_is_rejected() {
    assertRejected("supportCase.firstRespondedAt", "order",
        () -> aSupportCase().status(CaseStatus.OPEN).firstRespondedAt(OPENED.minusSeconds(1)).build());
  }

  @Test
  void a_new_case_has_no_response_yet() {
    assertRejected("supportCase.firstRespondedAt", "forbidden", () -> aSupportCase().firstRespondedAt(ANSWERED).build());
  }

  @Test
  void a_resolved_or_closed_case_needs_a_resolution_time() {
    assertRejected("supportCase.resolvedAt", "required", () -> aSupportCase().status(CaseStatus.RESOLVED).build());
    assertRejected("supportCase.resolvedAt", "required",
        () -> aSupportCase().status(CaseStatus.CLOSED).closedAt(CLOSED).build());
  }

  @Test
  void a_resolution_before_the_opening_is_rejected() {
    assertRejected("supportCase.resolvedAt", "order",
        () -> aSupportCase().status(CaseStatus.RESOLVED).resolvedAt(OPENED.minusSeconds(1)).build());
  }

  @Test
  void a_case_being_worked_has_no_resolution_time_unless_it_was_reopened() {
    assertRejected("supportCase.resolvedAt", "forbidden",
        () -> aSupportCase().status(CaseStatus.OPEN).resolvedAt(RESOLVED).build());
    // when
    SupportCase reopened = aSupportCase().status(CaseStatus.OPEN).resolvedAt(RESOLVED).reopenCount(1).build();
    // then
    assertThat(reopened.resolvedAt()).contains(RESOLVED);
  }

  @Test
  void a_closed_case_needs_a_closing_time() {
    assertRejected("supportCase.closedAt", "required",
        () -> aSupportCase().status(CaseStatus.CLOSED).resolvedAt(RESOLVED).build());
  }

  @Test
  void only_a_closed_case_has_a_closing_time() {
    assertRejected("supportCase.closedAt", "forbidden",
        () -> aSupportCase().status(CaseStatus.RESOLVED).resolvedAt(RESOLVED).closedAt(CLOSED).build());
  }

  @Test
  void a_closing_before_the_resolution_is_rejected() {
    assertRejected("supportCase.closedAt", "order",
        () -> aSupportCase().status(CaseStatus.CLOSED).resolvedAt(RESOLVED).closedAt(RESOLVED.minusSeconds(1)).build());
  }

  @Test
  void a_closed_case_may_close_when_it_was_resolved() {
    // when
    SupportCase c = aSupportCase().status(CaseStatus.CLOSED).resolvedAt(RESOLVED).closedAt(RESOLVED).build();
    // then
    assertThat(c.closedAt()).contains(RESOLVED);
  }

  @Test
  void a_negative_reopen_count_is_rejected() {
    assertRejected("supportCase.reopenCount", "range", () -> aSupportCase().reopenCount(-1).build());
  }

  @Test
  void an_update_before_the_creation_is_rejected() {
    assertRejected("supportCase.updatedAt", "order",
        () -> aSupportCase().updatedAt(CREATED_AT.minusSeconds(1)).build());
  }

  @Test
  void a_negative_version_is_rejected() {
    assertRejected("supportCase.version", "range", () -> aSupportCase().version(-1).build());
  }
}
