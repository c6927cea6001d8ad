package io.crmkit.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.fixtures.TestEvents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every publisher inherits: publishing a list. */
class CrmEventPublisherTest {
  private final List<CrmEvent> published = new ArrayList<>();
  private final CrmEventPublisher publisher = published::add;

  @Test
  void publishing_a_list_publishes_each_event_in_order() {
    List<CrmEvent> events = TestEvents.oneOfEach();

    publisher.publishAll(events);

    assertThat(published).containsExactlyElementsOf(events);
  }

  @Test
  void a_list_holding_a_missing_event_is_refused_at_that_event() {
    List<CrmEvent> withHole = Arrays.asList(TestEvents.anAccountChanged("evt-1", 2), null);

    assertThatThrownBy(() -> publisher.publishAll(withHole)).isInstanceOf(NullPointerException.class);
    assertThat(published).hasSize(1);
  }
}
