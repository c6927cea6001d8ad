package io.crmkit.identity.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

class NormaliserProperties {

  @Property
  void folding_text_twice_gives_what_folding_once_gives(@ForAll String text) {
    String once = Folding.matchingForm(text);

    assertThat(Folding.matchingForm(once)).isEqualTo(once);
  }

  @Property
  void the_matching_form_holds_only_lower_case_letters_digits_and_single_spaces(@ForAll String text) {
    String form = Folding.matchingForm(text);

    assertThat(form).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    form.codePoints().forEach(c -> assertThat(c == ' ' || Character.isLetterOrDigit(c)).isTrue());
    assertThat(form.toLowerCase(Locale.ROOT)).isEqualTo(form);
  }

  @Property
  void every_text_normaliser_is_idempotent(@ForAll("textNormalisers") Normaliser normaliser, @ForAll String text) {
    assertIdempotent(normaliser, text);
  }

  @Property
  void name_normalisation_is_idempotent_on_names(@ForAll("names") String name) {
    assertIdempotent(Normaliser.name(), name);
  }

  @Property
  void address_normalisation_is_idempotent_on_addresses(@ForAll("addresses") String address) {
    assertIdempotent(AddressNormaliser.standard(), address);
  }

  @Property
  void email_normalisation_is_idempotent(@ForAll("emails") String email) {
    assertIdempotent(Normaliser.email(), email);
  }

  @Property
  void an_accepted_email_address_is_crm_cores_value(@ForAll("emails") String email) {
    Normaliser.email().normalise(email).ifPresent(form ->
        assertThat(form).isEqualTo(io.crmkit.core.value.EmailAddress.of(email).value()));
    assertThat(Normaliser.email().normalise(email).isPresent())
        .isEqualTo(io.crmkit.core.value.EmailAddress.isValid(email));
  }

  @Property
  void nickname_groups_agree_with_same_name(@ForAll("nicknames") String a, @ForAll("nicknames") String b) {
    Nicknames nicknames = Nicknames.standard();

    boolean byGroups = a.equals(b) || Nicknames.shareGroup(nicknames.groupsOf(a), nicknames.groupsOf(b));

    assertThat(nicknames.sameName(a, b)).isEqualTo(byGroups).isEqualTo(nicknames.sameName(b, a));
  }

  @Property
  void phone_normalisation_is_idempotent_and_gives_e164(@ForAll("phones") String phone,
      @ForAll("regions") String region) {
    Optional<String> once = PhoneNormaliser.forRegion(region).normalise(phone);

    once.ifPresent(e164 -> assertThat(e164).matches("\\+[1-9][0-9]{6,14}"));
    assertIdempotent(PhoneNormaliser.forRegion(region), phone);
  }

  @Property
  void a_date_written_any_accepted_way_reads_back_as_itself(@ForAll("dates") LocalDate date,
      @ForAll("dateFormats") String format) {
    String written = switch (format) {
      case "iso" -> date.toString();
      case "compact" -> date.toString().replace("-", "");
      case "dotted" -> date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
      case "slashed" -> String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
      default -> date.getDayOfMonth() + " " + date.getMonth().toString().toLowerCase(Locale.ROOT) + " " + date.getYear();
    };

    assertThat(DateNormaliser.dayFirst().parse(written)).contains(date);
    assertIdempotent(DateNormaliser.dayFirst(), written);
  }

  @Property
  void date_normalisation_is_idempotent_on_any_text(@ForAll String text) {
    assertIdempotent(DateNormaliser.monthFirst(), text);
  }

  private static void assertIdempotent(Normaliser normaliser, String raw) {
    Optional<String> once = normaliser.normalise(raw);
    once.ifPresent(form -> assertThat(normaliser.normalise(form)).contains(form));
  }

  @Provide
  Arbitrary<Normaliser> textNormalisers() {
    return Arbitraries.of(Normaliser.text(), Normaliser.identifier(), Normaliser.name(), Normaliser.address(),
        Normaliser.email(), Normaliser.date());
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéøßÆÅçñ'-. ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        .ofMinLength(1).ofMaxLength(20);
    return word;
  }

  @Provide
  Arbitrary<String> addresses() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("st", "St.", "rd", "Rd", "ave", "street", "saint", "road", "apt", "12", "4b", "main", "Cres"),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
    return token.list().ofMinSize(1).ofMaxSize(6).map(tokens -> String.join(" ", tokens));
  }

  @Provide
  Arbitrary<String> emails() {
    Arbitrary<String> local = Arbitraries.strings().withChars("abcXYZ019._+- \u00a0").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> domain = Arbitraries.of("example.com", "Example.CO.UK", "mail.example.org", "localhost", "x.y");
    return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
  }

  @Provide
  Arbitrary<String> nicknames() {
    return Arbitraries.of("bob", "robert", "rob", "bert", "albert", "al", "alan", "alfred", "bill", "will", "william",
        "liam", "zebedee", "ann", "anne", "nancy", "peggy", "margaret");
  }

  @Provide
  Arbitrary<String> phones() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(14);
    Arbitrary<String> prefix = Arbitraries.of("", "+", "0", "00", "+44 ", "+1 ", "+49 (0)");
    return Combinators.combine(prefix, digits).as(String::concat);
  }

  @Provide
  Arbitrary<String> regions() {
    return Arbitraries.of("GB", "US", "DE", "FR", "AU", "IN", "JP", "BR");
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Dates.dates().between(LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31));
  }

  @Provide
  Arbitrary<String> dateFormats() {
    return Arbitraries.of("iso", "compact", "dotted", "slashed", "named");
  }
}
