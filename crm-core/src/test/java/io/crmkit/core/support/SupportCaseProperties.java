package io.crmkit.core.support;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.SalesFixtures;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SupportCaseProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("supportCases") SupportCase c) {
    assertThat(SupportCase.builder().from(c).build()).isEqualTo(c);
    assertThat(SupportCase.normaliseCaseNumber(c.caseNumber())).isEqualTo(c.caseNumber());
    assertThat(c.origin()).isEqualTo(c.origin().toLowerCase(Locale.ROOT)).doesNotContain("  ");
  }

  @Property
  void times_never_run_backwards(@ForAll("supportCases") SupportCase c) {
    c.timeToFirstResponse().ifPresent(d -> assertThat(d.isNegative()).isFalse());
    c.timeToResolution().ifPresent(d -> assertThat(d.isNegative()).isFalse());
    c.closedAt().ifPresent(closed -> assertThat(closed).isAfterOrEqualTo(c.resolvedAt().orElseThrow()));
  }

  @Property
  void resolution_and_closing_times_follow_the_status(@ForAll("supportCases") SupportCase c) {
    assertThat(c.closedAt().isPresent()).isEqualTo(c.status() == CaseStatus.CLOSED);
    if (c.isDone()) {
      assertThat(c.resolvedAt()).isPresent();
    }
    if (c.resolvedAt().isPresent() && !c.isDone()) {
      assertThat(c.reopenCount()).isPositive();
    }
    assertThat(c.contactId().isPresent() || c.accountId().isPresent()).isTrue();
  }

  @Property
  void dropping_the_closing_time_of_a_closed_case_is_always_rejected(@ForAll("closedCases") SupportCase c) {
    assertRejected("supportCase.closedAt", "required",
        () -> SupportCase.builder().from(c).closedAt(Optional.empty()).build());
  }

  @Property
  void a_case_for_nobody_is_always_rejected(@ForAll("supportCases") SupportCase c) {
    assertRejected("supportCase.contactOrAccount", "required",
        () -> SupportCase.builder().from(c).contactId(Optional.empty()).accountId(Optional.empty()).build());
  }

  @Provide
  Arbitrary<SupportCase> supportCases() {
    return SalesFixtures.supportCases();
  }

  @Provide
  Arbitrary<SupportCase> closedCases() {
    return SalesFixtures.supportCases().filter(c -> c.status() == CaseStatus.CLOSED);
  }
}
