package io.crmkit.core.value;

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

class PhoneNumberProperties {

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
}
