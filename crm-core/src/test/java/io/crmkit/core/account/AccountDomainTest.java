package io.crmkit.core.account;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountDomainTest {

  @Test
  void a_web_address_is_cut_down_to_its_domain_without_www() {
    assertThat(Account.normaliseDomain("https://www.ACME.com:8080/about")).isEqualTo("acme.com");
  }

  @Test
  void www_is_kept_when_it_is_the_domain_itself() {
    assertThat(Account.normaliseDomain("www.de")).isEqualTo("www.de");
    assertThat(Account.normaliseDomain("http://WWW.de/")).isEqualTo("www.de");
  }

  @Test
  void text_that_is_no_domain_is_refused() {
    assertRejected(() -> Account.normaliseDomain("acme"), "account.domain", "invalid");
  }
}
