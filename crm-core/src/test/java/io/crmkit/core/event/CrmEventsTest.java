package io.crmkit.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.TestEvents;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue of event types and what every event carries. */
class CrmEventsTest {
  private final List<CrmEvent> oneOfEach = TestEvents.oneOfEach();

  @Test
  void the_catalogue_lists_every_event_type_once() {
    Set<Class<?>> permitted = Set.of(CrmEvent.class.getPermittedSubclasses());

    assertThat(Set.copyOf(CrmEvents.types().values())).isEqualTo(permitted);
    assertThat(CrmEvents.types()).hasSameSizeAs(permitted);
  }

  @Test
  void each_type_name_is_its_class_type_constant_lower_case_and_dotted() throws Exception {
    for (Map.Entry<String, Class<? extends CrmEvent>> entry : CrmEvents.types().entrySet()) {
      assertThat(entry.getValue().getField("TYPE").get(null)).isEqualTo(entry.getKey());
      assertThat(entry.getKey()).matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");
    }
  }

  @Test
  void an_event_reports_its_class_type_name() {
    for (CrmEvent event : oneOfEach) {
      assertThat(CrmEvents.typeNamed(event.type())).contains(event.getClass());
    }
  }

  @Test
  void the_fixture_holds_one_event_of_every_type() {
    assertThat(oneOfEach.stream().map(CrmEvent::getClass).collect(Collectors.toSet()))
        .isEqualTo(Set.copyOf(CrmEvents.types().values()));
  }

  @Test
  void an_unknown_type_name_names_no_class() {
    assertThat(CrmEvents.typeNamed("contact.exploded")).isEmpty();
    assertThat(CrmEvents.typeNamed("io.crmkit.core.event.ContactCreated")).isEmpty();
  }

  @Test
  void the_aggregate_id_is_the_events_second_component() throws Exception {
    for (CrmEvent event : oneOfEach) {
      RecordComponent second = event.getClass().getRecordComponents()[1];

      assertThat(event.aggregateId()).isEqualTo(second.getAccessor().invoke(event));
    }
  }

  @Test
  void events_are_equal_by_value() {
    CrmEvent event = TestEvents.anAccountCreated("evt-1", "acc-1");

    assertThat(event).isEqualTo(TestEvents.anAccountCreated("evt-1", "acc-1"));
    assertThat(event).isNotEqualTo(TestEvents.anAccountCreated("evt-2", "acc-1"));
  }
}
