package io.crmkit.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmValidationException;
import org.junit.jupiter.api.Test;

/** The name key accounts are looked up by. */
class AccountRepositoryTest {

  @Test
  void the_name_key_folds_white_space_and_case() {
    assertThat(AccountRepository.nameKey("  ACME \t Corp\n")).isEqualTo("acme corp");
  }

  @Test
  void names_that_differ_in_more_than_case_and_spacing_have_different_keys() {
    assertThat(AccountRepository.nameKey("Acme Corp")).isNotEqualTo(AccountRepository.nameKey("AcmeCorp"));
  }

  @Test
  void a_blank_name_has_no_key() {
    assertThatThrownBy(() -> AccountRepository.nameKey(" \t "))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("account.name");
          assertThat(e.rule()).isEqualTo("required");
        });
  }
}
