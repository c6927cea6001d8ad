package io.crmkit.core;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.UserId;
import org.junit.jupiter.api.Test;

class AggregateIdTest {

  @Test
  void an_id_keeps_inner_spaces_and_case() {
    assertThat(ContactId.of(" Contact 42 ").value()).isEqualTo("Contact 42");
  }

  @Test
  void an_id_of_64_characters_is_accepted() {
    assertThat(ContactId.of("c".repeat(64)).value()).hasSize(64);
  }

  @Test
  void a_missing_id_is_rejected_as_required() {
    assertRejected(() -> ContactId.of(null), "contactId", "required");
  }

  @Test
  void an_id_of_no_break_spaces_is_rejected_as_required() {
    assertRejected(() -> UserId.of("\u00A0\u00A0"), "ownerId", "required");
  }

  @Test
  void an_id_with_a_line_break_inside_is_rejected() {
    assertRejected(() -> ContactId.of("c-1\nc-2"), "contactId", "invalid");
  }
}
