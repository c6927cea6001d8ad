package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TouchTest {
  private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

  @Test
  void channel_and_source_are_folded_and_lower_cased() {
    Touch touch = Touch.of("  Paid   Social ", "LinkedIn", NOON);

    assertThat(touch.channel()).isEqualTo("paid social");
    assertThat(touch.source()).isEqualTo("linkedin");
    assertThat(touch.utm()).isEqualTo(UtmParameters.none());
  }

  @Test
  void a_touch_without_utm_or_time_is_rejected() {
    assertRejected(() -> new Touch("email", "newsletter", null, NOON), "touch.utm", "required");
    assertRejected(() -> Touch.of("email", "newsletter", null), "touch.capturedAt", "required");
  }

  @Test
  void a_touch_without_channel_is_rejected() {
    assertRejected(() -> Touch.of(null, "google", NOON), "touch.channel", "required");
  }
}
