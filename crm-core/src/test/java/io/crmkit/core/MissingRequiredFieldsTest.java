package io.crmkit.core;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.account.Account;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.id.ContactId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A record built without a required field is bad input like any other: a CrmValidationException naming it. */
class MissingRequiredFieldsTest {
  @Test
  void a_builder_missing_fields_names_the_first_one_and_lists_them_all() {
    CrmValidationException refused = assertRejected("contact.id", "required", () -> Contact.builder().build());

    assertThat(refused).hasMessageContaining("[id, createdAt, updatedAt]");
  }

  @Test
  void the_field_is_named_after_the_record_type_and_the_attribute() {
    Instant at = Instant.parse("2026-01-05T09:00:00Z");

    assertRejected("contact.updatedAt", "required",
        () -> Contact.builder().id(ContactId.of("c-1")).createdAt(at).build());
    assertRejected("account.id", "required", () -> Account.builder().build());
  }

  @Test
  void a_message_not_from_a_builder_is_kept_whole_as_the_field() {
    assertThat(MissingFields.field("something else")).isEqualTo("something else");
    assertThat(MissingFields.field("Cannot build X without a list")).isEqualTo("Cannot build X without a list");
    assertThat(MissingFields.field("Cannot build Lead, some of required attributes are not set [email]"))
        .isEqualTo("lead.email");
  }
}
