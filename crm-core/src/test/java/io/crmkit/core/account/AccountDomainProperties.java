package io.crmkit.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** How a web domain or URL is read into the bare domain accounts are found by. */
class AccountDomainProperties {

  @Property(tries = 3000)
  void the_rule_agrees_with_its_statement_as_regular_expressions(@ForAll("urlLikeTexts") String text) {
    assertThat(normalisedOrEmpty(text)).as(text).isEqualTo(RuleAsRegularExpressions.normalised(text));
  }

  @Property
  void normalising_twice_is_normalising_once(@ForAll("urlLikeTexts") String text) {
    Optional<String> once = normalisedOrEmpty(text);

    assertThat(once.flatMap(AccountDomainProperties::normalisedOrEmpty)).isEqualTo(once);
  }

  @Example
  void a_url_with_scheme_www_port_path_and_final_dot_reads_as_its_bare_domain() {
    assertThat(Account.normaliseDomain(" HTTPS://www.Acme.co.uk.:8443/about?x=1 ")).isEqualTo("acme.co.uk");
  }

  @Example
  void a_text_without_a_top_level_label_of_letters_is_refused_naming_the_field_and_rule() {
    CrmValidationException refused = catchThrowableOfType(
        CrmValidationException.class, () -> Account.normaliseDomain("localhost:8080"));

    assertThat(refused.field()).isEqualTo("account.domain");
    assertThat(refused.rule()).isEqualTo("invalid");
  }

  @Provide
  Arbitrary<String> urlLikeTexts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withChars("abz09-").ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings().withChars("ab").ofMinLength(60).ofMaxLength(66),
        Arbitraries.of("http://", "HTTPS://", "a+b.c-d://", "1http://", "www.", "WWW.", "acme", "com", "io", "co.uk",
            ":", ":8080", ":x", "/", "/about", "?q=1", ".", "..", "-", "x", "\n", "\u00E9", "\u0130", " ", "://"));
    Arbitrary<String> label = Arbitraries.strings().withChars("ab0-").ofMinLength(0).ofMaxLength(65);
    Arbitrary<String> topLabel = Arbitraries.strings().withChars("ab").ofMinLength(0).ofMaxLength(65);
    Arbitrary<String> labelled = Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3), topLabel)
        .as((labels, top) -> String.join(".", labels) + "." + top);
    return Arbitraries.oneOf(piece.list().ofMinSize(1).ofMaxSize(7).map(pieces -> String.join("", pieces)), labelled);
  }

  private static Optional<String> normalisedOrEmpty(String text) {
    try {
      return Optional.of(Account.normaliseDomain(text));
    } catch (CrmValidationException e) {
      return Optional.empty();
    }
  }

  /**
   * The domain rule as Account first wrote it, in regular expressions (with the later rule that
   * {@code www.} goes only when a domain remains): the oracle of its written-out steps.
   */
  private static final class RuleAsRegularExpressions {
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    static Optional<String> normalised(String raw) {
      if (Texts.isBlank(raw)) {
        return Optional.empty();
      }
      String d = Texts.strip(raw).toLowerCase(Locale.ROOT);
      d = d.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
      int cut = d.indexOf('/');
      if (cut >= 0) {
        d = d.substring(0, cut);
      }
      d = d.replaceFirst(":\\d+$", "").replaceFirst("\\.$", "");
      if (d.startsWith("www.") && d.indexOf('.', 4) > 0) {
        d = d.substring(4);
      }
      return DOMAIN.matcher(d).matches() ? Optional.of(d) : Optional.empty();
    }
  }
}
