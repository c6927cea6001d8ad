package io.crmkit.core.consent;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentPurposeTest {

  @Test
  void a_purpose_is_lower_cased() {
    assertThat(ConsentPurpose.of(" Marketing ")).isEqualTo(ConsentPurpose.MARKETING);
    assertThat(ConsentPurpose.of("Product-Updates").toString()).isEqualTo("product-updates");
  }

  @Test
  void a_purpose_of_two_words_is_rejected() {
    assertRejected(() -> ConsentPurpose.of("direct marketing"), "consent.purpose", "token");
  }

  @Test
  void a_missing_purpose_is_rejected() {
    assertRejected(() -> ConsentPurpose.of(null), "consent.purpose", "required");
  }
}
