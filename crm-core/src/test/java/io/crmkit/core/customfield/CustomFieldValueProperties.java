package io.crmkit.core.customfield;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class CustomFieldValueProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("values") CustomFieldValue value) {
    CustomFieldValue again = remade(value);

    assertThat(again).isEqualTo(value);
  }

  @Property
  void numbers_equal_in_value_are_equal(@ForAll("amounts") BigDecimal number, @ForAll @IntRange(max = 6) int extraZeros) {
    CustomFieldValue padded = CustomFieldValue.number(number.setScale(number.scale() + extraZeros));

    assertThat(padded).isEqualTo(CustomFieldValue.number(number));
    assertThat(CustomFieldValue.number(number.toPlainString())).isEqualTo(CustomFieldValue.number(number));
  }

  @Property
  void texts_and_choices_equal_up_to_surrounding_space_are_equal(@ForAll("spellings") Tuple2<String, String> tidyAndTyped) {
    assertThat(CustomFieldValue.choice(tidyAndTyped.get2())).isEqualTo(CustomFieldValue.choice(tidyAndTyped.get1()));
    assertThat(((CustomFieldValue.Text) CustomFieldValue.text(tidyAndTyped.get2())).value())
        .doesNotStartWith(" ").doesNotEndWith(" ")
        .contains(tidyAndTyped.get1().split(" ")[0]);
  }

  @Property
  void a_blank_text_or_choice_is_rejected(@ForAll("blanks") String blank) {
    assertRejected(() -> CustomFieldValue.text(blank), "customField.text", "required");
    assertRejected(() -> CustomFieldValue.choice(blank), "customField.choice", "required");
  }

  private static CustomFieldValue remade(CustomFieldValue value) {
    if (value instanceof CustomFieldValue.Text t) {
      return new CustomFieldValue.Text(t.value());
    } else if (value instanceof CustomFieldValue.Number n) {
      return new CustomFieldValue.Number(n.value());
    } else if (value instanceof CustomFieldValue.Date d) {
      return new CustomFieldValue.Date(d.value());
    } else if (value instanceof CustomFieldValue.Flag f) {
      return new CustomFieldValue.Flag(f.value());
    }
    return new CustomFieldValue.Choice(((CustomFieldValue.Choice) value).value());
  }

  @Provide
  Arbitrary<CustomFieldValue> values() {
    return ValueArbitraries.customFieldValues();
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return ValueArbitraries.amounts();
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
