package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;

class PostalAddressProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("addresses") PostalAddress address) {
    PostalAddress again = PostalAddress.builder().from(address).build();

    assertThat(again).isEqualTo(address);
  }

  @Property
  void an_address_typed_with_extra_space_and_a_lower_case_country_equals_the_tidy_one(
      @ForAll("tidyAndUntidy") Tuple2<PostalAddress, PostalAddress> tidyAndUntidy) {
    assertThat(tidyAndUntidy.get2()).isEqualTo(tidyAndUntidy.get1());
  }

  @Property
  void blank_lines_are_dropped(@ForAll("addresses") PostalAddress address, @ForAll("blanks") String blank) {
    PostalAddress withBlank = PostalAddress.builder().from(address).addLine(blank).build();

    assertThat(withBlank).isEqualTo(address);
  }

  @Property
  void a_country_not_in_iso_3166_is_rejected(@ForAll("addresses") PostalAddress address, @ForAll("notCountries") String country) {
    assertRejected(() -> PostalAddress.builder().from(address).country(country).build(), "address.country", "iso3166");
  }

  @Property
  void an_address_without_street_or_locality_is_rejected(@ForAll("addresses") PostalAddress address,
      @ForAll("blanks") String blank) {
    assertRejected(() -> PostalAddress.builder().from(address).lines(List.of(blank)).locality(blank).build(),
        "address.lines", "required");
  }

  @Provide
  Arbitrary<PostalAddress> addresses() {
    return ValueArbitraries.postalAddresses();
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueArbitraries.spaces();
  }

  @Provide
  Arbitrary<String> notCountries() {
    return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3)
        .filter(c -> !List.of(Locale.getISOCountries()).contains(c));
  }

  @Provide
  Arbitrary<Tuple2<PostalAddress, PostalAddress>> tidyAndUntidy() {
    return ValueArbitraries.postalAddresses().flatMap(a -> {
      Arbitrary<List<String>> lines = a.lines().isEmpty() ? Arbitraries.just(List.of())
          : Combinators.combine(a.lines().stream().map(ValueArbitraries::untidy).toList()).as(ls -> ls);
      Arbitrary<String> locality = ValueArbitraries.untidy(a.locality().orElse(""));
      Arbitrary<String> country = ValueArbitraries.anyCase(a.country()).flatMap(ValueArbitraries::untidy);
      return Combinators.combine(lines, locality, country).as((l, loc, c) -> Tuple.of(a,
          PostalAddress.builder().from(a).lines(l).locality(loc).country(c).build()));
    });
  }
}
