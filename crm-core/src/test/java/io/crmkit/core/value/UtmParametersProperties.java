package io.crmkit.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;

class UtmParametersProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("utm") UtmParameters utm) {
    UtmParameters again = new UtmParameters(utm.source(), utm.medium(), utm.campaign(), utm.term(), utm.content());

    assertThat(again).isEqualTo(utm);
  }

  @Property
  void tags_equal_up_to_case_and_space_give_equal_parameters(@ForAll("tagSpellings") Tuple2<String, String> tidyAndTyped) {
    UtmParameters typed = UtmParameters.of(tidyAndTyped.get2(), null, tidyAndTyped.get2(), null, tidyAndTyped.get2());

    assertThat(typed).isEqualTo(UtmParameters.of(tidyAndTyped.get1(), null, tidyAndTyped.get1(), null, tidyAndTyped.get1()));
    assertThat(typed.source()).contains(tidyAndTyped.get1());
  }

  @Property
  void a_blank_tag_is_absent(@ForAll("blanks") String blank) {
    assertThat(UtmParameters.of(blank, blank, blank, blank, blank)).isEqualTo(UtmParameters.none());
  }

  @Provide
  Arbitrary<UtmParameters> utm() {
    return ValueArbitraries.utmParameters();
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueArbitraries.spaces();
  }

  @Provide
  Arbitrary<Tuple2<String, String>> tagSpellings() {
    return ValueArbitraries.names().map(n -> n.toLowerCase(java.util.Locale.ROOT))
        .flatMap(tidy -> ValueArbitraries.anyCase(tidy).flatMap(ValueArbitraries::untidy).map(t -> Tuple.of(tidy, t)));
  }
}
