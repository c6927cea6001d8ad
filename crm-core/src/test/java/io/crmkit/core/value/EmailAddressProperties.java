package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import io.crmkit.core.internal.Texts;
import java.util.Locale;
import java.util.regex.Pattern;
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

  @Property(tries = 3000)
  void the_rule_agrees_with_its_statement_as_regular_expressions(@ForAll("addressLikeTexts") String text) {
    assertThat(EmailAddress.isValid(text)).as(text).isEqualTo(RuleAsRegularExpressions.isValid(text));
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

  @Provide
  Arbitrary<String> addressLikeTexts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withChars("aZ9.-_!+~").ofMaxLength(6),
        Arbitraries.strings().withChars("ab").ofMinLength(55).ofMaxLength(70),
        Arbitraries.of("xn--", "xn--p1ai", "xn--a-", "-", ".", "..", "\u00E9", "\u212A", " ", "@", "com", "a-", "-a",
            "1", "io", "x"));
    Arbitrary<String> local = piece.list().ofMaxSize(3).map(pieces -> String.join("", pieces));
    Arbitrary<String> domain = piece.list().ofMaxSize(5).map(pieces -> String.join(".", pieces));
    Arbitrary<String> structured = Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
    Arbitrary<String> label = Arbitraries.strings().withChars("ab0-").ofMaxLength(65);
    Arbitrary<String> longLocal = Arbitraries.strings().withChars("a.").ofMinLength(1).ofMaxLength(66);
    Arbitrary<String> labelled = Combinators.combine(longLocal,
            label.list().ofMinSize(1).ofMaxSize(3), Arbitraries.strings().withChars("ab").ofMaxLength(65))
        .as((l, labels, top) -> l + "@" + String.join(".", labels) + "." + top);
    return Arbitraries.oneOf(structured, labelled, Arbitraries.strings().withChars("a.@-x1n \u00E9").ofMaxLength(12),
        ValueArbitraries.emailTexts());
  }

  /** The address rule as EmailAddress first wrote it, in regular expressions: the oracle of its written-out checks. */
  private static final class RuleAsRegularExpressions {
    private static final Pattern LOCAL =
        Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LABEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9]([a-z0-9-]{0,57}[a-z0-9])?");
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");

    static boolean isValid(String raw) {
      String stripped = Texts.strip(raw);
      if (!ASCII.matcher(stripped).matches()) {
        return false;
      }
      String s = stripped.toLowerCase(Locale.ROOT);
      if (s.length() > 254) {
        return false;
      }
      int at = s.lastIndexOf('@');
      if (at <= 0 || at != s.indexOf('@') || at > 64) {
        return false;
      }
      if (!LOCAL.matcher(s.substring(0, at)).matches()) {
        return false;
      }
      String[] labels = s.substring(at + 1).split("\\.", -1);
      if (labels.length < 2) {
        return false;
      }
      for (String label : labels) {
        if (!LABEL.matcher(label).matches()) {
          return false;
        }
      }
      return TOP_LABEL.matcher(labels[labels.length - 1]).matches();
    }
  }
}
