package io.crmkit.lifecycle;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** The canonical form of names: idempotent, blind to case and spacing, and {@code matches} agrees with it. */
class NameProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("typed") String typed) {
    StageName once = StageName.of(typed);

    assertThat(StageName.of(once.value())).isEqualTo(once);
    assertThat(TriggerName.of(TriggerName.of(typed).value())).isEqualTo(TriggerName.of(typed));
  }

  @Property
  void spellings_that_differ_in_case_or_white_space_name_the_same_stage(
      @ForAll("spellings") Tuple2<String, String> tidyAndTyped) {
    String tidy = tidyAndTyped.get1();
    String typed = tidyAndTyped.get2();

    assertThat(StageName.of(typed)).isEqualTo(StageName.of(tidy.toUpperCase(Locale.ROOT)));
    assertThat(StageName.of(typed).value()).isEqualTo(tidy.toLowerCase(Locale.ROOT));
    assertThat(CriterionId.of(typed)).isEqualTo(CriterionId.of(tidy));
  }

  @Property
  void a_name_matches_a_text_exactly_when_the_text_makes_the_same_name(
      @ForAll("typed") String name, @ForAll("typed") String text) {
    assertThat(StageName.of(name).matches(text)).isEqualTo(StageName.of(name).equals(StageName.of(text)));
    assertThat(StageName.of(name).matches(text.toUpperCase(Locale.ROOT) + " ")).isEqualTo(
        StageName.of(name).equals(StageName.of(text.toUpperCase(Locale.ROOT))));
  }

  @Property
  void a_blank_name_is_refused(@ForAll("blanks") String blank) {
    assertRejected(() -> StageName.of(blank), "stageName", "required");
    assertRejected(() -> EventName.of(blank), "eventName", "required");
  }

  @Provide
  Arbitrary<String> typed() {
    return ValueArbitraries.names().flatMap(ValueArbitraries::untidy);
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueArbitraries.spaces();
  }

  @Provide
  Arbitrary<Tuple2<String, String>> spellings() {
    return ValueArbitraries.names().flatMap(tidy -> ValueArbitraries.untidy(tidy)
        .flatMap(ValueArbitraries::anyCase)
        .map(typed -> Tuple.of(tidy, typed)));
  }
}
