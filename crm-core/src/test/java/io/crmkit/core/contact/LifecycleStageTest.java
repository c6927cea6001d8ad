package io.crmkit.core.contact;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LifecycleStageTest {

  @Test
  void a_stage_named_like_a_default_equals_the_default() {
    assertThat(LifecycleStage.of("  MQL ")).isEqualTo(LifecycleStage.MQL);
  }

  @Test
  void case_is_kept_as_the_host_configured_it() {
    assertThat(LifecycleStage.of("mql")).isNotEqualTo(LifecycleStage.MQL);
  }

  @Test
  void a_missing_name_is_rejected() {
    assertRejected(() -> LifecycleStage.of(null), "lifecycleStage", "required");
  }
}
