package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.fixtures.ValueArbitraries;
import io.crmkit.core.internal.Texts;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;

class PhoneNumberProperties {

  @Property(tries = 3000)
  void the_rule_agrees_with_its_statement_as_regular_expressions(@ForAll("phoneLikeTexts") String text) {
    Optional<String> expected = RuleAsRegularExpressions.normalised(text);
    Optional<String> actual;
    try {
      actual = Optional.of(PhoneNumber.of(text).value());
    } catch (CrmValidationException e) {
      actual = Optional.empty();
    }

    assertThat(actual).as(text).isEqualTo(expected);
  }

  @Property
  void normalisation_is_idempotent(@ForAll("written") Tuple2<String, String> e164AndWritten) {
    PhoneNumber once = PhoneNumber.of(e164AndWritten.get2());

    assertThat(PhoneNumber.of(once.value())).isEqualTo(once);
  }

  @Property
  void a_number_written_with_separators_equals_its_e164_form(@ForAll("written") Tuple2<String, String> e164AndWritten) {
    PhoneNumber written = PhoneNumber.of(e164AndWritten.get2());

    assertThat(written).isEqualTo(PhoneNumber.of(e164AndWritten.get1()));
    assertThat(written.value()).isEqualTo(e164AndWritten.get1());
  }

  @Property
  void a_number_is_plus_and_7_to_15_digits(@ForAll("phones") PhoneNumber phone) {
    assertThat(phone.value()).matches("\\+[1-9][0-9]{6,14}");
  }

  @Property
  void a_number_without_country_code_or_of_the_wrong_length_is_rejected_naming_phone_and_e164(
      @ForAll("badNumbers") String bad) {
    assertRejected(() -> PhoneNumber.of(bad), "phone", "e164");
  }

  @Provide
  Arbitrary<PhoneNumber> phones() {
    return ValueArbitraries.phones();
  }

  @Provide
  Arbitrary<Tuple2<String, String>> written() {
    return ValueArbitraries.phoneTexts()
        .flatMap(e164 -> ValueArbitraries.writtenPhone(e164).map(w -> Tuple.of(e164, w)));
  }

  @Provide
  Arbitrary<String> badNumbers() {
    Arbitrary<String> e164 = ValueArbitraries.phoneTexts();
    return Arbitraries.oneOf(
        e164.map(p -> p.substring(1)),
        e164.map(p -> "+0" + p.substring(1)),
        e164.map(p -> p.substring(0, Math.min(p.length(), 7))),
        e164.map(p -> p + "1234567890123456".substring(0, 17 - p.length())),
        e164.map(p -> p + "x12"),
        e164.map(p -> p.replace("+", "++")),
        e164.map(p -> p.replace('1', 'l')).filter(p -> p.contains("l")));
  }

  @Provide
  Arbitrary<String> phoneLikeTexts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMaxLength(8),
        Arbitraries.of("+", "00", "0", "(0)", "( 0 )", "(\t0\n)", "(00)", "(1)", "(", ")", " ", "\u00A0", "\u2009",
            "\u2028", "\u2011", "\u2016", ".", "-", "/", "x", "+4", "\u0660"));
    return Arbitraries.oneOf(piece.list().ofMaxSize(8).map(pieces -> String.join("", pieces)),
        ValueArbitraries.phoneTexts());
  }

  /** The phone rule as PhoneNumber first wrote it, in regular expressions: the oracle of its written-out steps. */
  private static final class RuleAsRegularExpressions {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}.\\-\\u2010-\\u2015/()]");
    private static final Pattern TRUNK_PREFIX = Pattern.compile("\\(\\s*0\\s*\\)");

    static Optional<String> normalised(String raw) {
      if (Texts.isBlank(raw)) {
        return Optional.empty();
      }
      String compact = SEPARATORS.matcher(TRUNK_PREFIX.matcher(Texts.strip(raw)).replaceFirst("")).replaceAll("");
      if (compact.startsWith("00")) {
        compact = "+" + compact.substring(2);
      }
      return E164.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
  }
}
