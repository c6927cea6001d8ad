package io.crmkit.core.activity;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.PeopleFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class ActivityProperties {

  @Property
  void an_activity_rebuilt_from_its_own_values_is_equal(@ForAll("activities") Activity activity) {
    assertThat(Activity.builder().from(activity).build()).isEqualTo(activity).hasSameHashCodeAs(activity);
  }

  @Property
  void subject_and_body_are_normalised_whatever_the_white_space_around_them(
      @ForAll("activities") Activity activity, @ForAll("padding") String padding) {
    Activity padded = Activity.builder().from(activity)
        .subject(padding + activity.subject().replace(" ", " " + padding) + padding)
        .body(activity.body().map(b -> padding + b + padding))
        .build();

    assertThat(padded).isEqualTo(activity);
  }

  @Property
  void it_occurred_when_done_else_when_due_else_when_created(@ForAll("activities") Activity activity) {
    Instant expected = activity.doneAt().isPresent() ? activity.doneAt().get()
        : activity.due().isPresent() ? activity.due().get() : activity.createdAt();

    assertThat(activity.occurredAt()).isEqualTo(expected);
  }

  @Property
  boolean open_means_a_task_not_done(@ForAll("activities") Activity activity) {
    return activity.isOpen() == (activity.type() == ActivityType.TASK && activity.doneAt().isEmpty());
  }

  @Property
  boolean an_overdue_activity_is_open(@ForAll("activities") Activity activity, @ForAll("instants") Instant at) {
    return !activity.isOverdue(at) || activity.isOpen();
  }

  @Property
  void a_direction_on_anything_but_calls_and_e_mails_is_rejected(@ForAll("undirectedActivities") Activity activity,
      @ForAll ActivityDirection direction) {
    assertRejected("activity.direction", "type", () -> Activity.builder().from(activity).direction(direction).build());
  }

  @Property
  void removing_every_related_record_is_rejected(@ForAll("activities") Activity activity) {
    assertRejected("activity.related", "required", () -> Activity.builder().from(activity)
        .contactIds(List.of()).accountId(Optional.empty()).leadId(Optional.empty())
        .opportunityId(Optional.empty()).caseId(Optional.empty()).build());
  }

  @Property
  void a_negative_duration_is_rejected(
      @ForAll("activities") Activity activity, @ForAll @LongRange(min = 1, max = 1_000_000) long seconds) {
    assertRejected("activity.duration", "range",
        () -> Activity.builder().from(activity).duration(Duration.ofSeconds(-seconds)).build());
  }

  @Property
  void an_update_before_the_creation_is_rejected(
      @ForAll("activities") Activity activity, @ForAll @LongRange(min = 1, max = 1_000_000) long secondsEarlier) {
    assertRejected("activity.updatedAt", "order", () -> Activity.builder().from(activity)
        .updatedAt(activity.createdAt().minus(Duration.ofSeconds(secondsEarlier))).build());
  }

  @Property
  void a_negative_version_is_rejected(
      @ForAll("activities") Activity activity, @ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long version) {
    assertRejected("activity.version", "range", () -> Activity.builder().from(activity).version(version).build());
  }

  @Provide
  Arbitrary<Activity> activities() {
    return PeopleFixtures.activities();
  }

  @Provide
  Arbitrary<Activity> undirectedActivities() {
    return PeopleFixtures.activities().filter(a -> !a.type().hasDirection());
  }

  @Provide
  Arbitrary<Instant> instants() {
    return PeopleFixtures.instants();
  }

  @Provide
  Arbitrary<String> padding() {
    return Arbitraries.strings().withChars(' ', '\t', '\n').ofMaxLength(3);
  }
}
