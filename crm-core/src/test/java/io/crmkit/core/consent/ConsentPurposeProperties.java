package io.crmkit.core.consent;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;

class ConsentPurposeProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("purposes") ConsentPurpose purpose) {
    assertThat(ConsentPurpose.of(purpose.name())).isEqualTo(purpose);
  }

  @Property
  void names_equal_up_to_case_and_surrounding_space_give_equal_purposes(
      @ForAll("spellings") Tuple2<String, String> tidyAndTyped) {
    ConsentPurpose typed = ConsentPurpose.of(tidyAndTyped.get2());

    assertThat(typed).isEqualTo(ConsentPurpose.of(tidyAndTyped.get1()));
    assertThat(typed.name()).isEqualTo(tidyAndTyped.get1());
  }

  @Property
  void a_name_that_is_not_a_token_is_rejected(@ForAll("notTokens") String name) {
    assertRejected(() -> ConsentPurpose.of(name), "consent.purpose", "token");
  }

  @Property
  void a_blank_name_is_rejected(@ForAll("blanks") String blank) {
    assertRejected(() -> ConsentPurpose.of(blank), "consent.purpose", "required");
  }

  @Provide
  Arbitrary<ConsentPurpose> purposes() {
    return ValueArbitraries.consentPurposes();
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueArbitraries.spaces();
  }

  @Provide
  Arbitrary<Tuple2<String, String>> spellings() {
    return ValueArbitraries.consentPurposes().map(ConsentPurpose::name)
        .flatMap(tidy -> ValueArbitraries.anyCase(tidy).flatMap(ValueArbitraries::untidy).map(t -> Tuple.of(tidy, t)));
  }

  @Provide
  Arbitrary<String> notTokens() {
    Arbitrary<String> token = ValueArbitraries.consentPurposes().map(ConsentPurpose::name);
    return Arbitraries.oneOf(
        token.map(t -> "1" + t),
        token.map(t -> "_" + t),
        token.map(t -> t + " x"),
        token.map(t -> t + ".x"),
        token.map(t -> t + "é"),
        token.map(t -> t + "x".repeat(64)));
  }
}
