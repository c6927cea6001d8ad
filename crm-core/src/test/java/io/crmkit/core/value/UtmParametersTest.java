package io.crmkit.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UtmParametersTest {

  @Test
  void tags_are_lower_cased_and_folded() {
    UtmParameters utm = UtmParameters.of(" Google ", "CPC", "Spring  Sale", null, "");

    assertThat(utm.source()).contains("google");
    assertThat(utm.medium()).contains("cpc");
    assertThat(utm.campaign()).contains("spring sale");
    assertThat(utm.term()).isEmpty();
    assertThat(utm.content()).isEmpty();
  }

  @Test
  void null_optionals_are_read_as_absent() {
    UtmParameters utm = new UtmParameters(null, null, null, null, Optional.of("banner"));

    assertThat(utm).isEqualTo(UtmParameters.of(null, null, null, null, "banner"));
  }

  @Test
  void no_tags_is_none() {
    assertThat(UtmParameters.of(null, null, null, null, null)).isEqualTo(UtmParameters.none());
  }
}
