package io.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;

class TextsProperties {

  @Property
  void folding_twice_is_folding_once(@ForAll("texts") String text) {
    assertThat(Texts.fold(Texts.fold(text))).isEqualTo(Texts.fold(text));
  }

  @Property
  void a_folded_text_has_no_white_space_at_its_ends_and_no_run_of_it(@ForAll("texts") String text) {
    String folded = Texts.fold(text);

    assertThat(folded).doesNotMatch("(?s)^[\\s\\p{Z}\\u0085].*|.*[\\s\\p{Z}\\u0085]$");
    assertThat(folded).doesNotContainPattern("[\\s\\p{Z}\\u0085]{2}");
    assertThat(Texts.isBlank(text)).isEqualTo(folded.isEmpty());
  }

  @Property
  void folding_replaces_each_run_of_white_space_by_one_space_and_strips_the_ends(@ForAll("texts") String text) {
    String runsReplaced = text.replaceAll("[\\s\\p{Z}\\u001C-\\u001F\\u0085]+", " ");

    assertThat(Texts.fold(text)).isEqualTo(Texts.strip(runsReplaced));
  }

  @Property
  void folding_keeps_every_character_that_is_not_white_space(@ForAll("texts") String text) {
    assertThat(Texts.fold(text).replace(" ", "")).isEqualTo(text.replaceAll("[\\s\\p{Z}\\u001C-\\u001F\\u0085]", ""));
  }

  @Property
  void an_untidy_name_folds_to_the_tidy_one(@ForAll("spellings") Tuple2<String, String> tidyAndUntidy) {
    assertThat(Texts.fold(tidyAndUntidy.get2())).isEqualTo(tidyAndUntidy.get1());
    assertThat(Texts.strip(" \u00A0" + tidyAndUntidy.get1() + "\u3000")).isEqualTo(tidyAndUntidy.get1());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab \t\n\r\u000B\f\u001C\u001F\u0085\u00A0\u1680\u2007\u2009\u2028\u2029\u202F\u205F\u3000")
        .ofMaxLength(12);
  }

  @Provide
  Arbitrary<Tuple2<String, String>> spellings() {
    return ValueArbitraries.names().flatMap(tidy -> ValueArbitraries.untidy(tidy).map(u -> Tuple.of(tidy, u)));
  }
}
