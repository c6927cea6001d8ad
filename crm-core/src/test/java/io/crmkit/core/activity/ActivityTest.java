package io.crmkit.core.activity;

import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static io.crmkit.core.fixtures.PeopleFixtures.anActivity;
import static io.crmkit.core.fixtures.PeopleFixtures.hoursAfterT0;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityTest {

  @Test
  void a_new_activity_has_version_zero_and_its_record_type() {
    Activity task = anActivity().build();

    assertThat(task.version()).isZero();
    assertThat(task.recordType()).isEqualTo("Activity");
  }

  @Test
  void the_subject_is_folded_and_the_body_stripped() {
    Activity call = anActivity().type(ActivityType.CALL)
        .subject("  Intro \t call ")
        .body("\n  Talked about pricing.\n\n  Follow up Friday.  \n")
        .build();

    assertThat(call.subject()).isEqualTo("Intro call");
    assertThat(call.body()).contains("Talked about pricing.\n\n  Follow up Friday.");
  }

  @Test
  void a_blank_body_is_dropped() {
    assertThat(anActivity().body(" \n ").build().body()).isEmpty();
  }

  @Test
  void a_blank_subject_is_rejected() {
    assertRejected("activity.subject", "required", () -> anActivity().subject(" \t ").build());
  }

  @Test
  void it_occurred_when_it_was_done() {
    Activity done = anActivity().due(hoursAfterT0(48)).doneAt(hoursAfterT0(30)).build();

    assertThat(done.occurredAt()).isEqualTo(hoursAfterT0(30));
  }

  @Test
  void until_it_is_done_it_occurs_when_it_is_due() {
    assertThat(anActivity().due(hoursAfterT0(48)).build().occurredAt()).isEqualTo(hoursAfterT0(48));
  }

  @Test
  void without_a_due_or_done_time_it_occurred_when_it_was_created() {
    assertThat(anActivity().createdAt(hoursAfterT0(2)).updatedAt(hoursAfterT0(3)).build().occurredAt())
        .isEqualTo(hoursAfterT0(2));
  }

  @Test
  void a_task_not_done_is_open_and_a_done_task_is_not() {
    assertThat(anActivity().build().isOpen()).isTrue();
    assertThat(anActivity().doneAt(hoursAfterT0(1)).build().isOpen()).isFalse();
  }

  @Test
  void only_tasks_are_open() {
    for (ActivityType type : ActivityType.values()) {
      if (type != ActivityType.TASK) {
        assertThat(anActivity().type(type).build().isOpen()).as("%s", type).isFalse();
      }
    }
  }

  @Test
  void an_open_task_is_overdue_after_its_due_time() {
    Activity task = anActivity().due(hoursAfterT0(24)).build();

    assertThat(task.isOverdue(hoursAfterT0(24))).isFalse();
    assertThat(task.isOverdue(hoursAfterT0(25))).isTrue();
    assertThat(anActivity().due(hoursAfterT0(24)).doneAt(hoursAfterT0(26)).build().isOverdue(hoursAfterT0(25)))
        .isFalse();
    assertThat(anActivity().build().isOverdue(hoursAfterT0(1000))).isFalse();
  }

  @Test
  void a_call_lasts_a_duration_and_goes_in_or_out() {
    Activity call = anActivity().type(ActivityType.CALL).subject("Support callback")
        .direction(ActivityDirection.INBOUND).duration(Duration.ofMinutes(12)).doneAt(T0).build();

    assertThat(call.direction()).contains(ActivityDirection.INBOUND);
    assertThat(call.duration()).contains(Duration.ofMinutes(12));
  }

  @Test
  void a_zero_duration_is_accepted_and_a_negative_one_rejected() {
    assertThat(anActivity().duration(Duration.ZERO).build().duration()).contains(Duration.ZERO);
    assertRejected("activity.duration", "range", () -> anActivity().duration(Duration.ofSeconds(-1)).build());
  }

  @Test
  void only_calls_and_e_mails_have_a_direction() {
    assertThat(anActivity().type(ActivityType.EMAIL).direction(ActivityDirection.OUTBOUND).build().direction())
        .contains(ActivityDirection.OUTBOUND);
    for (ActivityType type : new ActivityType[] {ActivityType.MEETING, ActivityType.TASK, ActivityType.NOTE}) {
      assertRejected("activity.direction", "type",
          () -> anActivity().type(type).direction(ActivityDirection.INBOUND).build());
    }
  }

  @Test
  void an_activity_related_to_nothing_is_rejected() {
    assertRejected("activity.related", "required", () -> anActivity().accountId(Optional.empty()).build());
  }

  @Test
  void any_one_related_record_is_enough() {
    assertThat(anActivity().accountId(Optional.empty()).addContactId(ContactId.of("con-1")).build().contactIds())
        .containsExactly(ContactId.of("con-1"));
    assertThat(anActivity().accountId(Optional.empty()).leadId(LeadId.of("lead-1")).build().leadId()).contains(LeadId.of("lead-1"));
    assertThat(anActivity().accountId(Optional.empty()).opportunityId(OpportunityId.of("opp-1")).build().opportunityId())
        .contains(OpportunityId.of("opp-1"));
    assertThat(anActivity().accountId(Optional.empty()).caseId(CaseId.of("case-1")).build().caseId())
        .contains(CaseId.of("case-1"));
  }

  @Test
  void the_same_contact_twice_is_rejected() {
    assertRejected("activity.contactIds", "duplicate",
        () -> anActivity().addContactId(ContactId.of("con-1")).addContactId(ContactId.of("con-1")).build());
  }

  @Test
  void updated_before_created_is_rejected() {
    assertRejected("activity.updatedAt", "order", () -> anActivity().createdAt(hoursAfterT0(1)).updatedAt(T0).build());
  }

  @Test
  void a_negative_version_is_rejected() {
    assertRejected("activity.version", "range", () -> anActivity().version(-1).build());
  }
}
