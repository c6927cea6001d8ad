package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;

class TouchProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("touches") Touch touch) {
    assertThat(new Touch(touch.channel(), touch.source(), touch.utm(), touch.capturedAt())).isEqualTo(touch);
  }

  @Property
  void channels_and_sources_equal_up_to_case_and_space_give_equal_touches(
      @ForAll("touches") Touch touch, @ForAll("spellings") Tuple2<String, String> tidyAndTyped) {
    Touch typed = new Touch(tidyAndTyped.get2(), tidyAndTyped.get2(), touch.utm(), touch.capturedAt());

    assertThat(typed).isEqualTo(new Touch(tidyAndTyped.get1(), tidyAndTyped.get1(), touch.utm(), touch.capturedAt()));
    assertThat(typed.channel()).isEqualTo(tidyAndTyped.get1());
  }

  @Property
  void a_blank_channel_or_source_is_rejected(@ForAll("touches") Touch touch, @ForAll("blanks") String blank) {
    assertRejected(() -> Touch.of(blank, touch.source(), touch.capturedAt()), "touch.channel", "required");
    assertRejected(() -> Touch.of(touch.channel(), blank, touch.capturedAt()), "touch.source", "required");
  }

  @Provide
  Arbitrary<Touch> touches() {
    return ValueArbitraries.touches();
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueArbitraries.spaces();
  }

  @Provide
  Arbitrary<Tuple2<String, String>> spellings() {
    return ValueArbitraries.names().map(n -> n.toLowerCase(Locale.ROOT))
        .flatMap(tidy -> ValueArbitraries.anyCase(tidy).flatMap(ValueArbitraries::untidy).map(t -> Tuple.of(tidy, t)));
  }
}
