package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostalAddressTest {

  private static PostalAddress.Builder anAddress() {
    return PostalAddress.builder().addLine("Unter den Linden 1").locality("Berlin").postalCode("10117").country("DE");
  }

  @Test
  void parts_are_folded_and_the_country_upper_cased() {
    PostalAddress address = PostalAddress.builder()
        .addLine("  Unter  den\u00A0Linden 1 ")
        .addLine("   ")
        .locality(" Berlin ")
        .region("\t")
        .postalCode(" 10117 ")
        .country(" de ")
        .build();

    assertThat(address).isEqualTo(anAddress().build());
    assertThat(address.region()).isEmpty();
  }

  @Test
  void a_locality_alone_is_enough() {
    PostalAddress address = PostalAddress.builder().locality("Reykjavík").country("IS").build();

    assertThat(address.lines()).isEmpty();
    assertThat(address.locality()).contains("Reykjavík");
  }

  @Test
  void a_street_line_alone_is_enough() {
    PostalAddress address = PostalAddress.builder().addLine("1 Infinite Loop").country("US").build();

    assertThat(address.locality()).isEqualTo(Optional.empty());
  }

  @Test
  void a_country_written_as_uk_is_rejected_for_gb() {
    assertRejected(() -> anAddress().country("UK").build(), "address.country", "iso3166");
  }

  @Test
  void a_three_letter_country_code_is_rejected() {
    assertRejected(() -> anAddress().country("DEU").build(), "address.country", "iso3166");
  }

  @Test
  void a_street_line_of_201_characters_is_rejected() {
    assertRejected(() -> anAddress().addLine("x".repeat(201)).build(), "address.lines", "length");
  }

  @Test
  void a_street_line_of_200_characters_is_accepted() {
    assertThat(anAddress().addLine("x".repeat(200)).build().lines()).hasSize(2);
  }

  @Test
  void an_address_with_only_blank_parts_is_rejected() {
    assertRejected(() -> PostalAddress.builder().addLine(" ").locality("\u00A0").country("FR").build(),
        "address.lines", "required");
  }
}
