package io.crmkit.identity.normalise;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.value.PostalAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextNormalisersTest {

  @Test
  void names_lose_accents_case_and_apostrophes() {
    Normaliser names = Normaliser.name();

    assertThat(names.normalise("José")).contains("jose");
    assertThat(names.normalise("  JØRGEN  ")).contains("jorgen");
    assertThat(names.normalise("O'Brien")).contains("obrien");
    assertThat(names.normalise("O\u2019Brien")).contains("obrien");
    assertThat(names.normalise("Strauß")).contains("strauss");
    assertThat(names.normalise("Łukasz")).contains("lukasz");
  }

  @Test
  void hyphens_and_other_punctuation_separate_words() {
    assertThat(Normaliser.name().normalise("Smith-Jones")).contains("smith jones");
    assertThat(Normaliser.name().normalise("Dr. A.  Smith")).contains("dr a smith");
  }

  @Test
  void compatibility_forms_become_plain_letters() {
    assertThat(Normaliser.name().normalise("\uFB01nn")).contains("finn");
    assertThat(Normaliser.text().normalise("\uFF21\uFF22\uFF23 Ltd")).contains("abc ltd");
  }

  @Test
  void a_value_with_no_letter_or_digit_is_missing() {
    assertThat(Normaliser.name().normalise("--")).isEmpty();
    assertThat(Normaliser.text().normalise("\u00a0\u2009")).isEmpty();
    assertThat(Normaliser.identifier().normalise(" - ")).isEmpty();
  }

  @Test
  void identifiers_keep_letters_and_digits_only() {
    assertThat(Normaliser.identifier().normalise("ab 12-34/x")).contains("AB1234X");
  }

  @Test
  void email_addresses_follow_crm_cores_rule() {
    Normaliser emails = Normaliser.email();

    assertThat(emails.normalise("  Ann.Lee+CRM@Example.COM ")).contains("ann.lee+crm@example.com");
    assertThat(emails.normalise("user@localhost")).isEmpty();
    assertThat(emails.normalise("user@[192.0.2.1]")).isEmpty();
    assertThat(emails.normalise("\"quoted\"@example.com")).isEmpty();
    assertThat(emails.normalise("jürgen@example.de")).isEmpty();
    assertThat(emails.normalise("not an address")).isEmpty();
  }

  @Test
  void street_abbreviations_are_spelt_out() {
    AddressNormaliser addresses = AddressNormaliser.standard();

    assertThat(addresses.normalise("12 Main St.")).contains("12 main street");
    assertThat(addresses.normalise("12 main street")).contains("12 main street");
    assertThat(addresses.normalise("4 St James Rd")).contains("4 saint james road");
    assertThat(addresses.normalise("Apt 3, 7 Ocean Blvd")).contains("apartment 3 7 ocean boulevard");
  }

  @Test
  void a_postal_address_gives_its_street_lines_as_one() {
    PostalAddress address = PostalAddress.builder().addLine("Flat 2").addLine("10 Downing St").locality("London")
        .country("GB").build();

    assertThat(AddressNormaliser.standard().street(address)).contains("flat 2 10 downing street");
  }

  @Test
  void own_abbreviations_may_replace_the_shipped_ones() {
    AddressNormaliser german = AddressNormaliser.of(Map.of("str", "strasse", "pl", "platz"));

    assertThat(german.normalise("Hauptstr. 5")).contains("hauptstr 5");
    assertThat(german.normalise("Haupt Str. 5")).contains("haupt strasse 5");
  }

  @Test
  void abbreviations_that_would_change_on_a_second_pass_are_refused() {
    assertRejected("address.abbreviations", "idempotent", () -> AddressNormaliser.of(Map.of("rd", "road", "road", "rte")));
    assertRejected("address.abbreviations", "idempotent", () -> AddressNormaliser.of(Map.of("street", "road")));
    assertRejected("address.abbreviations", "word", () -> AddressNormaliser.of(Map.of("rd", "the road")));
  }

  @Test
  void nicknames_are_the_same_name_as_their_formal_names() {
    Nicknames nicknames = Nicknames.standard();

    assertThat(nicknames.sameName("bob", "robert")).isTrue();
    assertThat(nicknames.sameName("robert", "bob")).isTrue();
    assertThat(nicknames.sameName("bill", "will")).isTrue();
    assertThat(nicknames.sameName("peggy", "margaret")).isTrue();
    assertThat(nicknames.sameName("ann", "ann")).isTrue();
    assertThat(nicknames.sameName("bob", "william")).isFalse();
  }

  @Test
  void a_nickname_of_several_names_does_not_join_them() {
    Nicknames nicknames = Nicknames.standard();

    assertThat(nicknames.sameName("al", "albert")).isTrue();
    assertThat(nicknames.sameName("al", "alan")).isTrue();
    assertThat(nicknames.sameName("albert", "alan")).isFalse();
    assertThat(nicknames.formalNames("al")).contains("albert", "alan", "alfred");
    assertThat(nicknames.formalNames("zebedee")).containsExactly("zebedee");
  }

  @Test
  void own_nickname_groups_are_read_in_matching_form() {
    Nicknames nicknames = Nicknames.of(List.of(List.of("Jürgen", "Jogi")));

    assertThat(nicknames.sameName("jurgen", "jogi")).isTrue();
    assertRejected("nicknames.group", "required", () -> Nicknames.of(List.of(List.of("--"))));
  }
}
