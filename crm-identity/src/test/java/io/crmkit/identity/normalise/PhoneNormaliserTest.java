package io.crmkit.identity.normalise;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.value.PhoneNumber;
import io.crmkit.identity.record.IdentityRecord;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhoneNormaliserTest {

  @Test
  void a_london_number_written_nationally_is_e164_in_gb() {
    assertThat(PhoneNormaliser.forRegion("GB").normalise("020 7031 3000")).contains("+442070313000");
  }

  @Test
  void the_same_national_number_is_not_valid_in_the_us() {
    assertThat(PhoneNormaliser.forRegion("US").normalise("020 7031 3000")).isEmpty();
  }

  @Test
  void a_number_with_its_country_code_reads_the_same_in_every_region() {
    assertThat(PhoneNormaliser.forRegion("US").normalise("+44 20 7031 3000")).contains("+442070313000");
    assertThat(PhoneNormaliser.forRegion("DE").normalise("+44 (0)20 7031 3000")).contains("+442070313000");
  }

  @Test
  void the_regions_international_prefix_is_read_as_a_country_code() {
    assertThat(PhoneNormaliser.forRegion("GB").normalise("0044 20 7031 3000")).contains("+442070313000");
    assertThat(PhoneNormaliser.forRegion("US").normalise("011 44 20 7031 3000")).contains("+442070313000");
  }

  @Test
  void us_numbers_in_the_usual_us_formats_agree() {
    PhoneNormaliser us = PhoneNormaliser.forRegion("us");

    assertThat(us.normalise("(212) 736-3100")).contains("+12127363100");
    assertThat(us.normalise("212.736.3100")).contains("+12127363100");
    assertThat(us.normalise("+1 212 736 3100")).contains("+12127363100");
  }

  @Test
  void the_value_is_crm_cores_phone_number() {
    assertThat(PhoneNormaliser.forRegion("GB").parse("020 7031 3000")).contains(PhoneNumber.of("+442070313000"));
  }

  @Test
  void text_that_is_no_number_has_no_matching_form() {
    PhoneNormaliser gb = PhoneNormaliser.forRegion("GB");

    assertThat(gb.normalise("call me")).isEmpty();
    assertThat(gb.normalise("   ")).isEmpty();
    assertThat(gb.normalise("12")).isEmpty();
  }

  @Test
  void a_record_can_name_its_own_region() {
    PhoneNormaliser phones = PhoneNormaliser.forRegion("US").regionFrom("country");
    IdentityRecord inLondon = IdentityRecord.of("r1", Map.of("phone", "020 7031 3000", "country", "gb"));
    IdentityRecord withoutCountry = IdentityRecord.of("r2", Map.of("phone", "020 7031 3000"));
    IdentityRecord withUnknownCountry = IdentityRecord.of("r3", Map.of("phone", "(212) 736-3100", "country", "XX"));

    assertThat(phones.normalise(inLondon, "phone")).contains("+442070313000");
    assertThat(phones.normalise(withoutCountry, "phone")).isEmpty();
    assertThat(phones.normalise(withUnknownCountry, "phone")).contains("+12127363100");
  }

  @Test
  void an_unknown_region_is_refused() {
    assertRejected("phone.region", "unsupported", () -> PhoneNormaliser.forRegion("XX"));
    assertRejected("phone.region", "unsupported", () -> PhoneNormaliser.forRegion("Britain"));
    assertRejected("phone.region", "unsupported", () -> PhoneNormaliser.parse("020 7031 3000", "ZZ"));
  }

  @Test
  void a_missing_region_is_refused() {
    assertRejected("phone.region", "required", () -> PhoneNormaliser.forRegion(" "));
    assertRejected("phone.regionField", "required", () -> PhoneNormaliser.forRegion("GB").regionFrom(""));
  }

  @Test
  void regions_are_known_without_regard_to_case_or_space() {
    assertThat(PhoneNormaliser.isSupportedRegion(" gb ")).isTrue();
    assertThat(PhoneNormaliser.isSupportedRegion("XX")).isFalse();
    assertThat(PhoneNormaliser.forRegion(" de ").region()).isEqualTo("DE");
  }
}
