package io.crmkit.core.contact;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;

class LifecycleStageProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("stages") LifecycleStage stage) {
    assertThat(LifecycleStage.of(stage.name())).isEqualTo(stage);
    assertThat(stage.toString()).isEqualTo(stage.name());
  }

  @Property
  void names_equal_up_to_white_space_give_equal_stages(@ForAll("spellings") Tuple2<String, String> tidyAndTyped) {
    assertThat(LifecycleStage.of(tidyAndTyped.get2())).isEqualTo(LifecycleStage.of(tidyAndTyped.get1()));
  }

  @Property
  void a_blank_name_is_rejected(@ForAll("blanks") String blank) {
    assertRejected(() -> LifecycleStage.of(blank), "lifecycleStage", "required");
  }

  @Provide
  Arbitrary<LifecycleStage> stages() {
    return ValueArbitraries.lifecycleStages();
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueArbitraries.spaces();
  }

  @Provide
  Arbitrary<Tuple2<String, String>> spellings() {
    return ValueArbitraries.names().flatMap(tidy -> ValueArbitraries.untidy(tidy).map(t -> Tuple.of(tidy, t)));
  }
}
