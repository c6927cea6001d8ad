package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {
  private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");
  private static final Instant WEDNESDAY = Instant.parse("2026-03-04T09:00:00Z");

  @Test
  void the_first_touch_stays_first_and_a_later_one_becomes_last() {
    Touch webinar = Touch.of("events", "webinar-2026-03", MONDAY);
    Touch search = Touch.of("organic search", "google", TUESDAY);
    Touch email = Touch.of("email", "newsletter", WEDNESDAY);

    Attribution attribution = Attribution.none().record(search).record(email).record(webinar);

    assertThat(attribution.firstTouch()).contains(webinar);
    assertThat(attribution.lastTouch()).contains(email);
  }

  @Test
  void one_touch_is_both_first_and_last() {
    Touch search = Touch.of("organic search", "google", TUESDAY);

    assertThat(Attribution.none().record(search)).isEqualTo(Attribution.of(search));
    assertThat(Attribution.of(search).firstTouch()).isEqualTo(Attribution.of(search).lastTouch());
  }

  @Test
  void touches_captured_at_the_same_instant_give_the_same_attribution_in_either_order() {
    Touch email = Touch.of("email", "newsletter", MONDAY);
    Touch search = Touch.of("organic search", "google", MONDAY);

    Attribution one = Attribution.none().record(email).record(search);
    Attribution other = Attribution.none().record(search).record(email);

    assertThat(one).isEqualTo(other);
    assertThat(one.firstTouch()).contains(email);
    assertThat(one.lastTouch()).contains(search);
  }

  @Test
  void none_is_empty() {
    assertThat(Attribution.none().isEmpty()).isTrue();
    assertThat(Attribution.none().firstTouch()).isEmpty();
  }

  @Test
  void recording_nothing_is_rejected() {
    assertRejected(() -> Attribution.none().record(null), "touch", "required");
  }

  @Test
  void null_optionals_are_rejected() {
    assertRejected(() -> new Attribution(null, Optional.empty()), "attribution.firstTouch", "required");
    assertRejected(() -> new Attribution(Optional.empty(), null), "attribution.lastTouch", "required");
  }
}
