package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;

class EmailAddressProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("typedEmails") String typed) {
    EmailAddress once = EmailAddress.of(typed);

    assertThat(EmailAddress.of(once.value())).isEqualTo(once);
    assertThat(once.value()).isEqualTo(once.toString());
  }

  @Property
  void spellings_equal_up_to_case_and_surrounding_space_give_equal_addresses(
      @ForAll("spellings") Tuple2<String, String> canonicalAndTyped) {
    EmailAddress typed = EmailAddress.of(canonicalAndTyped.get2());

    assertThat(typed).isEqualTo(EmailAddress.of(canonicalAndTyped.get1()));
    assertThat(typed.value()).isEqualTo(canonicalAndTyped.get1());
  }

  @Property
  void an_address_is_accepted_exactly_when_is_valid_says_so(@ForAll("typedEmails") String typed) {
    assertThat(EmailAddress.isValid(typed)).isTrue();
    assertThat(EmailAddress.of(typed).localPart() + "@" + EmailAddress.of(typed).domain())
        .isEqualTo(EmailAddress.of(typed).value());
  }

  @Property
  void a_broken_address_is_rejected_naming_email_and_invalid(@ForAll("brokenEmails") String broken) {
    assertThat(EmailAddress.isValid(broken)).isFalse();
    assertRejected(() -> EmailAddress.of(broken), "email", "invalid");
  }

  @Property
  void blank_text_is_rejected_as_required(@ForAll("blanks") String blank) {
    assertRejected(() -> EmailAddress.of(blank), "email", "required");
  }

  @Property
  void addresses_sort_by_their_canonical_text(@ForAll("canonicalEmails") String a, @ForAll("canonicalEmails") String b) {
    assertThat(Integer.signum(EmailAddress.of(a).compareTo(EmailAddress.of(b))))
        .isEqualTo(Integer.signum(a.compareTo(b)));
  }

  @Provide
  Arbitrary<String> canonicalEmails() {
    return ValueArbitraries.emailTexts();
  }

  @Provide
  Arbitrary<Tuple2<String, String>> spellings() {
    return ValueArbitraries.emailTexts().flatMap(canonical -> ValueArbitraries.anyCase(canonical)
        .flatMap(ValueArbitraries::untidy)
        .map(typed -> Tuple.of(canonical, typed)));
  }

  @Provide
  Arbitrary<String> typedEmails() {
    return ValueArbitraries.emailTexts()
        .flatMap(ValueArbitraries::anyCase)
        .flatMap(ValueArbitraries::untidy);
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueArbitraries.spaces();
  }

  /** A valid address with one thing broken. */
  @Provide
  Arbitrary<String> brokenEmails() {
    Arbitrary<String> email = ValueArbitraries.emailTexts();
    Arbitrary<String> longLabel = Arbitraries.strings().withChars("abc").ofLength(64);
    return Arbitraries.oneOf(
        email.map(e -> e.replace("@", "")),
        email.map(e -> e.replace("@", "@@")),
        email.map(e -> "a@" + e),
        email.map(e -> "." + e),
        email.map(e -> e.replace("@", ".@")),
        email.map(e -> e.replace("@", "@.")),
        email.map(e -> e.replace("@", "@-")),
        email.map(e -> e + "."),
        email.map(e -> e + "-"),
        email.map(e -> e.substring(0, e.indexOf('@') + 1) + "localhost"),
        email.map(e -> e.replace("@", " @")),
        email.map(e -> e.replace("@", "\"@")),
        email.map(e -> e.replace("@", "é@")),
        email.map(e -> "\u212A" + e),
        email.map(e -> e.replace("@", "@[").concat("]")),
        Combinators.combine(email, longLabel).as((e, l) -> e.replace("@", "@" + l + ".")),
        email.map(e -> "a".repeat(65) + e.substring(e.indexOf('@'))),
        email.map(e -> "a".repeat(60) + "@" + (("b".repeat(60) + ".").repeat(4)) + "com"));
  }
}
