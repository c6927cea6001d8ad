package io.crmkit.identity.record;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.PostalAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityRecordTest {

  @Test
  void blank_values_are_missing_and_present_ones_stripped() {
    Map<String, String> values = new HashMap<>();
    values.put("given_name", "  ann ");
    values.put("surname", "\u00a0");
    values.put("email", null);

    IdentityRecord record = IdentityRecord.of(" r1 ", values);

    assertThat(record.id()).isEqualTo("r1");
    assertThat(record.value("given_name")).contains("ann");
    assertThat(record.value("surname")).isEmpty();
    assertThat(record.value("email")).isEmpty();
    assertThat(record.values()).containsOnlyKeys("given_name");
  }

  @Test
  void a_record_needs_an_id() {
    assertRejected("record.id", "required", () -> IdentityRecord.of(" ", Map.of()));
  }

  @Test
  void a_field_is_named_once_and_not_blank() {
    assertRejected("record.field", "required", () -> IdentityRecord.of("r1", Map.of(" ", "x")));
    assertRejected("record.field", "unique", () -> IdentityRecord.of("r1", Map.of("name", "a", " name", "b")));
  }

  @Test
  void with_adds_replaces_or_removes_a_value() {
    IdentityRecord record = IdentityRecord.of("r1", Map.of("city", "Leeds"));

    assertThat(record.with("city", "York").value("city")).contains("York");
    assertThat(record.with("postcode", "LS1").values()).containsOnlyKeys("city", "postcode");
    assertThat(record.with("city", "").values()).isEmpty();
    assertThat(record.value("city")).contains("Leeds");
  }

  @Test
  void a_contact_gives_its_names_primary_email_first_phone_and_first_address() {
    Contact contact = PeopleFixtures.aContact()
        .emails(List.of(EmailAddress.of("ada@example.com"), EmailAddress.of("ada@work.example.com")))
        .phones(List.of(PhoneNumber.of("+44 20 7031 3000")))
        .postalAddresses(List.of(PostalAddress.builder().addLine("1 Main St").addLine("Flat 2").locality("Leeds")
            .postalCode("LS1 1AA").country("GB").build()))
        .build();

    IdentityRecord record = IdentityRecords.fromContact(contact);

    assertThat(record.id()).isEqualTo(contact.id().value());
    assertThat(record.value(IdentityRecords.EMAIL)).contains("ada@example.com");
    assertThat(record.value(IdentityRecords.PHONE)).contains("+442070313000");
    assertThat(record.value(IdentityRecords.STREET)).contains("1 Main St, Flat 2");
    assertThat(record.value(IdentityRecords.LOCALITY)).contains("Leeds");
    assertThat(record.value(IdentityRecords.POSTCODE)).contains("LS1 1AA");
    assertThat(record.value(IdentityRecords.COUNTRY)).contains("GB");
    assertThat(record.value(IdentityRecords.FIRST_NAME)).isEqualTo(contact.firstName());
  }

  @Test
  void a_lead_gives_its_names_email_phone_and_company() {
    Lead lead = PeopleFixtures.aLead().email(EmailAddress.of("bo@acme.example")).companyName("Acme")
        .companyDomain("acme.example").build();

    IdentityRecord record = IdentityRecords.fromLead(lead);

    assertThat(record.id()).isEqualTo(lead.id().value());
    assertThat(record.value(IdentityRecords.EMAIL)).contains("bo@acme.example");
    assertThat(record.value(IdentityRecords.COMPANY)).contains("Acme");
    assertThat(record.value(IdentityRecords.COMPANY_DOMAIN)).contains("acme.example");
  }

  @Test
  void a_row_becomes_a_record_by_its_layout() {
    RowLayout layout = RowLayout.of(List.of("rec_id", " given_name", "surname"), "rec_id");

    IdentityRecord record = layout.record(Arrays.asList("rec-1", " ann", ""));

    assertThat(layout.columns()).containsExactly("given_name", "surname");
    assertThat(record.id()).isEqualTo("rec-1");
    assertThat(record.values()).isEqualTo(Map.of("given_name", "ann"));
  }

  @Test
  void a_layout_may_read_some_columns_only() {
    RowLayout layout = RowLayout.of(List.of("id", "a", "b", "c"), "id", List.of("c", "a"));

    assertThat(layout.record(List.of("1", "x", "y", "z")).values()).isEqualTo(Map.of("a", "x", "c", "z"));
  }

  @Test
  void a_layout_refuses_columns_the_header_lacks_or_repeats() {
    List<String> header = List.of("id", "name");

    assertRejected("table.idColumn", "unknown-column", () -> RowLayout.of(header, "rec_id"));
    assertRejected("table.columns", "unknown-column", () -> RowLayout.of(header, "id", List.of("email")));
    assertRejected("table.header", "unique", () -> RowLayout.of(List.of("id", "name", "name "), "id"));
  }

  @Test
  void a_row_of_another_width_or_without_id_is_refused() {
    RowLayout layout = RowLayout.of(List.of("id", "name"), "id");

    assertRejected("table.row", "width", () -> layout.record(List.of("1")));
    assertRejected("record.id", "required", () -> layout.record(List.of(" ", "ann")));
  }
}
