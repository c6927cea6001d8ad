package io.crmkit.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.rules.RuleArbitraries;
import io.crmkit.scoring.rules.ScoringModel;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScoringModelJsonProperties {

  @Property
  void reading_what_was_written_gives_an_equal_model(@ForAll("models") ScoringModel model) {
    assertThat(ScoringModelJson.read(ScoringModelJson.write(model))).isEqualTo(model);
  }

  @Property
  void writing_is_stable_once_read_back(@ForAll("models") ScoringModel model) {
    String once = ScoringModelJson.write(model);

    assertThat(ScoringModelJson.write(ScoringModelJson.read(once))).isEqualTo(once);
  }

  @Provide
  Arbitrary<ScoringModel> models() {
    return RuleArbitraries.models();
  }
}
