package io.crmkit.core.json;

import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.account.Account;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.event.ContactCreated;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.LeadCreated;
import io.crmkit.core.fixtures.TestEvents;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What reading does with JSON it cannot accept: it fails with a {@link CrmJsonException} (a Jackson
 * {@link JsonMappingException}) that names the path and what was wrong, and with the model's
 * {@link CrmValidationException} as the cause when a value broke a rule of the model.
 */
class CrmJsonReadingTest {
  private static final ObjectMapper MAPPER = CrmJson.mapper();

  /** A valid contact with {@code properties} added; {@code id}, {@code createdAt} and {@code updatedAt} are given. */
  private static String contactWith(String properties) {
    return "{\"id\":\"con-1\",\"createdAt\":\"2026-01-05T09:00:00Z\",\"updatedAt\":\"2026-01-05T09:00:00Z\","
        + properties + "}";
  }

  private static CrmJsonException refused(String json, Class<?> type) {
    CrmJsonException e = catchThrowableOfType(CrmJsonException.class, () -> MAPPER.readValue(json, type));
    assertThat(e).as("reading %s as %s fails with a CrmJsonException", json, type.getSimpleName()).isNotNull();
    return e;
  }

  @Nested
  class Malformed_json {
    @Test
    void text_that_is_not_json_is_refused_as_a_json_processing_exception() {
      Throwable e = catchThrowableOfType(JsonProcessingException.class,
          () -> MAPPER.readValue("contact: Ada Lovelace", Contact.class));

      assertThat(e).isNotNull().hasMessageContaining("Unrecognized token");
    }

    @Test
    void a_syntax_error_inside_a_contact_names_the_path_where_it_broke() {
      CrmJsonException e = refused(contactWith("\"emails\":[\"ada@example.com\", ]"), Contact.class);

      assertThat(e.path()).isEqualTo("contact.emails[1]");
      assertThat(e.getMessage()).startsWith("contact.emails[1]: malformed JSON").contains("line: 1");
    }

    @Test
    void a_contact_cut_off_in_the_middle_of_a_text_names_the_property() {
      CrmJsonException e = refused("{\"id\":\"con-1\",\"lastName\":\"Hop", Contact.class);

      assertThat(e.getMessage()).startsWith("contact.lastName: malformed JSON").contains("end-of-input");
    }
  }

  @Nested
  class Wrong_json_types {
    @Test
    void a_number_given_as_text_is_refused_saying_what_was_expected() {
      CrmJsonException e = refused(contactWith("\"lastName\":\"Hopper\",\"version\":\"3\""), Contact.class);

      assertThat(e.getMessage()).startsWith("contact.version: expected a whole number, found a string");
    }

    @Test
    void a_list_given_as_a_single_value_is_refused() {
      CrmJsonException e = refused(contactWith("\"emails\":\"ada@example.com\""), Contact.class);

      assertThat(e.getMessage()).startsWith("contact.emails: expected an array, found a string");
    }

    @Test
    void an_amount_given_as_a_boolean_is_refused_at_its_path() {
      String campaign = """
          {"id":"cmp-1","name":"Spring webinar","type":"WEBINAR","channel":"email","startDate":"2026-03-01",
           "cost":{"amount":true,"currency":"EUR"},
           "createdAt":"2026-01-05T09:00:00Z","updatedAt":"2026-01-05T09:00:00Z"}""";

      CrmJsonException e = refused(campaign, Campaign.class);

      assertThat(e.path()).isEqualTo("campaign.cost.amount");
      assertThat(e.problem()).isEqualTo("expected a decimal number as a string such as \"12.50\", found a boolean");
    }

    @Test
    void a_whole_number_beyond_64_bits_is_refused() {
      CrmJsonException e = refused(contactWith("\"lastName\":\"Hopper\",\"version\":99999999999999999999"),
          Contact.class);

      assertThat(e.getMessage()).startsWith("contact.version: out of range");
    }

    @Test
    void a_decimal_with_an_absurd_exponent_is_refused_before_it_is_expanded() {
      String line = """
          {"productId":"prod-1","quantity":"1E+999999999","unitPrice":{"amount":"1","currency":"EUR"}}""";

      CrmJsonException e = refused(line, LineItem.class);

      assertThat(e.getMessage()).startsWith("quantity: out of range");
    }

    @Test
    void an_unknown_enum_value_is_refused_listing_the_known_ones() {
      String account = """
          {"id":"acc-1","kind":"COMPANY","name":"Acme",
           "createdAt":"2026-01-05T09:00:00Z","updatedAt":"2026-01-05T09:00:00Z"}""";

      CrmJsonException e = refused(account, Account.class);

      assertThat(e.getMessage())
          .startsWith("account.kind: unknown value 'COMPANY'; expected one of ORGANISATION, HOUSEHOLD");
    }

    @Test
    void an_instant_that_is_not_iso_8601_is_refused() {
      CrmJsonException e = refused("{\"id\":\"con-1\",\"lastName\":\"Hopper\",\"createdAt\":\"05/01/2026 09:00\","
          + "\"updatedAt\":\"2026-01-05T09:00:00Z\"}", Contact.class);

      assertThat(e.getMessage())
          .startsWith("contact.createdAt: not an ISO-8601 instant such as \"2026-11-22T10:15:30Z\": "
              + "'05/01/2026 09:00'");
    }
  }

  @Nested
  class Values_the_model_refuses {
    @Test
    void a_bad_email_address_inside_a_contact_names_the_path_the_field_and_the_rule() {
      CrmJsonException e = refused(contactWith("\"emails\":[\"ada@example.com\",\"ada at example\"]"),
          Contact.class);

      assertThat(e).isInstanceOf(JsonMappingException.class);
      assertThat(e.path()).isEqualTo("contact.emails[1]");
      assertThat(e.getMessage()).startsWith("contact.emails[1]: email: invalid (was 'ada at example')");
      assertThat(e.getCause()).isInstanceOfSatisfying(CrmValidationException.class, cause -> {
        assertThat(cause.field()).isEqualTo("email");
        assertThat(cause.rule()).isEqualTo("invalid");
      });
      assertThat(e.violation()).containsSame((CrmValidationException) e.getCause());
    }

    @Test
    void a_rule_of_the_aggregate_itself_is_reported_under_the_field_it_names() {
      String contact = "{\"id\":\"con-1\",\"lastName\":\"Hopper\",\"createdAt\":\"2026-01-05T09:00:00Z\","
          + "\"updatedAt\":\"2026-01-04T09:00:00Z\"}";

      CrmJsonException e = refused(contact, Contact.class);

      assertThat(e.path()).isEqualTo("contact");
      assertThat(e.getMessage()).startsWith("contact.updatedAt: order (was '2026-01-04T09:00:00Z')");
      assertThat(e.violation()).hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo("order"));
    }

    @Test
    void a_contact_without_a_name_or_an_email_address_is_refused_by_its_builder() {
      CrmJsonException e = refused(contactWith("\"jobTitle\":\"Analyst\""), Contact.class);

      assertThat(e.getMessage()).startsWith("contact.name: required");
    }

    @Test
    void an_amount_beyond_what_money_holds_is_refused_with_the_money_rule() {
      CrmJsonException e = refused("{\"amount\":\"1E+30\",\"currency\":\"EUR\"}", Money.class);

      assertThat(e.violation()).hasValueSatisfying(v -> {
        assertThat(v.field()).isEqualTo("money.amount");
        assertThat(v.rule()).isEqualTo("range");
      });
    }

    @Test
    void an_unknown_currency_is_refused() {
      CrmJsonException e = refused("{\"amount\":\"12.50\",\"currency\":\"EURO\"}", Money.class);

      assertThat(e.path()).isEqualTo("currency");
      assertThat(e.getMessage()).startsWith("currency: money.currency: iso4217 (was 'EURO')");
    }

    @Test
    void a_custom_field_name_that_is_not_an_api_name_is_refused() {
      CrmJsonException e = refused(contactWith(
          "\"lastName\":\"Hopper\",\"customFields\":{\"Tier\":{\"type\":\"TEXT\",\"value\":\"Gold\"}}"), Contact.class);

      assertThat(e.path()).isEqualTo("contact.customFields");
      assertThat(e.violation()).hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo("name"));
    }
  }

  @Nested
  class Missing_and_unknown_properties {
    @Test
    void every_missing_required_property_is_named() {
      CrmJsonException e = refused("{\"lastName\":\"Hopper\"}", Contact.class);

      assertThat(e.path()).isEqualTo("contact");
      assertThat(e.problem()).isEqualTo("missing required properties id, createdAt, updatedAt");
    }

    @Test
    void a_required_property_given_as_null_is_missing() {
      CrmJsonException e = refused("{\"id\":null,\"lastName\":\"Hopper\",\"createdAt\":\"2026-01-05T09:00:00Z\","
          + "\"updatedAt\":\"2026-01-05T09:00:00Z\"}", Contact.class);

      assertThat(e.getMessage()).startsWith("contact: missing required property id");
    }

    @Test
    void an_optional_property_given_as_null_is_absent() throws JsonProcessingException {
      Contact read = MAPPER.readValue(contactWith("\"lastName\":\"Hopper\",\"firstName\":null,\"ownerId\":null"),
          Contact.class);

      assertThat(read.firstName()).isEmpty();
      assertThat(read.ownerId()).isEmpty();
    }

    @Test
    void a_list_or_a_defaulted_property_given_as_null_or_left_out_takes_its_default() throws JsonProcessingException {
      Contact read = MAPPER.readValue(contactWith("\"lastName\":\"Hopper\",\"emails\":null,\"version\":null"),
          Contact.class);

      assertThat(read).isEqualTo(Contact.builder().id(ContactId.of("con-1")).lastName("Hopper")
          .createdAt(T0).updatedAt(T0).build());
    }

    @Test
    void an_unknown_property_is_refused_with_its_name() {
      CrmJsonException e = refused(contactWith("\"lastName\":\"Hopper\",\"nickname\":\"Amazing Grace\""),
          Contact.class);

      assertThat(e.path()).isEqualTo("contact.nickname");
      assertThat(e.problem()).startsWith("unknown property; expected one of id, firstName, middleName");
    }

    @Test
    void an_unknown_property_deep_inside_is_refused_with_its_path() {
      CrmJsonException e = refused(contactWith(
          "\"lastName\":\"Hopper\",\"postalAddresses\":[{\"street\":\"1 Main St\",\"country\":\"US\"}]"),
          Contact.class);

      assertThat(e.path()).isEqualTo("contact.postalAddresses[0].street");
    }

    @Test
    void a_property_given_twice_is_refused() {
      CrmJsonException e = refused(contactWith("\"lastName\":\"Hopper\",\"lastName\":\"Lovelace\""), Contact.class);

      assertThat(e.getMessage()).startsWith("contact.lastName: duplicate property");
    }
  }

  @Nested
  class Custom_fields {
    @Test
    void a_custom_field_value_of_an_unknown_type_is_refused_listing_the_types() {
      CrmJsonException e = refused(contactWith(
          "\"lastName\":\"Hopper\",\"customFields\":{\"tier\":{\"type\":\"CHOICE\",\"value\":\"Gold\"}}"),
          Contact.class);

      assertThat(e.getMessage()).startsWith("contact.customFields.tier.type: unknown custom field type 'CHOICE'; "
          + "expected one of TEXT, NUMBER, DATE, BOOLEAN, PICKLIST");
    }

    @Test
    void a_custom_field_value_that_does_not_fit_its_type_is_refused() {
      CrmJsonException e = refused(contactWith(
          "\"lastName\":\"Hopper\",\"customFields\":{\"seats\":{\"type\":\"NUMBER\",\"value\":true}}"), Contact.class);

      assertThat(e.path()).isEqualTo("contact.customFields.seats.value");
    }

    @Test
    void a_custom_field_value_without_its_type_is_refused() {
      CrmJsonException e = refused(contactWith(
          "\"lastName\":\"Hopper\",\"customFields\":{\"tier\":{\"value\":\"Gold\"}}"), Contact.class);

      assertThat(e.getMessage()).startsWith("contact.customFields.tier: missing required property type");
    }

    @Test
    void the_type_of_a_custom_field_value_may_follow_its_value() throws JsonProcessingException {
      Contact read = MAPPER.readValue(contactWith(
          "\"lastName\":\"Hopper\",\"customFields\":{\"seats\":{\"value\":\"250.0\",\"type\":\"NUMBER\"}}"),
          Contact.class);

      assertThat(read.customFields().get("seats")).contains(CustomFieldValue.number(new BigDecimal("250")));
    }
  }

  @Nested
  class Events {
    private static final String CREATED = """
        "eventId":"evt-1","contactId":"con-1","aggregateVersion":1,"occurredAt":"2026-01-05T09:00:00Z\"""";

    @Test
    void an_unknown_event_type_is_refused_naming_it() {
      CrmJsonException e = refused("{\"type\":\"contact.archived\"," + CREATED + "}", CrmEvent.class);

      assertThat(e.path()).isEqualTo("event.type");
      assertThat(e.problem()).startsWith("unknown event type 'contact.archived'");
    }

    @Test
    void a_class_name_given_as_the_type_is_refused_and_never_loaded() {
      CrmJsonException e = refused("{\"type\":\"" + ContactCreated.class.getName() + "\"," + CREATED + "}",
          CrmEvent.class);

      assertThat(e.path()).isEqualTo("event.type");
      assertThat(e.problem()).isEqualTo("unknown event type 'io.crmkit.core.event.ContactCreated'; "
          + "event types are stable names such as contact.created, never class names");
    }

    @Test
    void a_class_name_in_a_property_of_its_own_is_an_unknown_property() {
      CrmJsonException e = refused("{\"@class\":\"" + ContactCreated.class.getName()
          + "\",\"type\":\"contact.created\"," + CREATED + "}", CrmEvent.class);

      assertThat(e.path()).isEqualTo("contactCreated.@class");
      assertThat(e.problem()).startsWith("unknown property");
    }

    @Test
    void an_event_without_a_type_is_refused() {
      CrmJsonException e = refused("{" + CREATED + "}", CrmEvent.class);

      assertThat(e.getMessage()).startsWith("event: missing required property type");
    }

    @Test
    void a_type_that_is_not_a_string_is_refused() {
      CrmJsonException e = refused("{\"type\":7," + CREATED + "}", CrmEvent.class);

      assertThat(e.getMessage()).startsWith("event.type: expected a string, found a number");
    }

    @Test
    void an_event_read_as_another_event_class_is_refused() {
      CrmJsonException e = refused("{\"type\":\"contact.created\"," + CREATED + "}", LeadCreated.class);

      assertThat(e.getMessage()).startsWith("event.type: expected 'lead.created', found 'contact.created'");
    }

    @Test
    void the_missing_properties_of_an_event_are_named_under_the_event_s_name() {
      CrmJsonException e = refused("{\"type\":\"contact.created\",\"eventId\":\"evt-1\"}", CrmEvent.class);

      assertThat(e.getMessage())
          .startsWith("contactCreated: missing required properties contactId, aggregateVersion, occurredAt");
    }

    @Test
    void a_rule_of_the_event_is_reported_with_its_field() {
      CrmJsonException e = refused("{\"type\":\"contact.created\",\"eventId\":\"evt-1\",\"contactId\":\"con-1\","
          + "\"aggregateVersion\":0,\"occurredAt\":\"2026-01-05T09:00:00Z\"}", CrmEvent.class);

      assertThat(e.getMessage()).startsWith("contactCreated.aggregateVersion: range");
    }

    @Test
    void a_merged_id_given_twice_is_refused() {
      CrmJsonException e = refused("{\"type\":\"contact.merged\",\"eventId\":\"evt-1\",\"survivorId\":\"con-1\","
          + "\"mergedIds\":[\"con-2\",\"con-2\"],\"aggregateVersion\":2,\"occurredAt\":\"2026-01-05T09:00:00Z\"}",
          CrmEvent.class);

      assertThat(e.getMessage()).startsWith("contactsMerged.mergedIds[1]: duplicate element");
    }

    @Test
    void the_type_may_come_after_the_other_properties() throws JsonProcessingException {
      CrmEvent read = MAPPER.readValue("{" + CREATED + ",\"type\":\"contact.created\"}", CrmEvent.class);

      assertThat(read).isEqualTo(new ContactCreated(EventId.of("evt-1"), ContactId.of("con-1"), 1, T0));
    }

    @Test
    void a_list_of_events_round_trips_and_a_bad_one_is_named_by_its_index() throws JsonProcessingException {
      List<CrmEvent> events = TestEvents.oneOfEach();
      String json = MAPPER.writeValueAsString(events);

      List<CrmEvent> read = MAPPER.readValue(json, new TypeReference<List<CrmEvent>>() {});
      CrmJsonException e = catchThrowableOfType(CrmJsonException.class, () -> MAPPER.readValue(
          "[{\"type\":\"contact.created\"," + CREATED + "},{\"type\":\"contact.archived\"}]",
          new TypeReference<List<CrmEvent>>() {}));

      assertThat(read).isEqualTo(events);
      assertThat(e.getMessage()).startsWith("event.type: unknown event type 'contact.archived'").contains("[1]");
    }
  }
}
