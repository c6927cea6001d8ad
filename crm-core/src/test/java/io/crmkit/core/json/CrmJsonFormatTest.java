package io.crmkit.core.json;

import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static io.crmkit.core.fixtures.PeopleFixtures.hoursAfterT0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityDirection;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.event.ContactCreated;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.LeadConverted;
import io.crmkit.core.event.OpportunityStageChanged;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.ProductId;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.LeadQualification;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.product.Discount;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.product.TaxRate;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.Money;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.PostalAddress;
import io.crmkit.core.value.Touch;
import io.crmkit.core.value.UtmParameters;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JSON as documented, kept in golden strings: a change to the format makes one of these fail,
 * so that it is made on purpose (and noted in the changelog). Each golden string also reads back
 * to the object it was written from.
 */
class CrmJsonFormatTest {
  private static final ObjectMapper MAPPER = CrmJson.mapper();

  @Test
  void a_contact_is_written_as_documented() throws JsonProcessingException {
    Contact contact = PeopleFixtures.aContact()
        .jobTitle("Analyst")
        .addPhone(PhoneNumber.of("+44 20 7946 0958"))
        .addPostalAddress(PostalAddress.builder().addLine("12 St James's Square").locality("London")
            .postalCode("SW1Y 4JH").country("GB").build())
        .addAccountLink(AccountLink.primary(PeopleFixtures.ACME, ContactRole.DECISION_MAKER))
        .lifecycleStage(LifecycleStage.MQL)
        .consent(ConsentLedger.of(List.of(PeopleFixtures.aConsentRecord().build())))
        .attribution(Attribution.of(new Touch("paid search", "google",
                UtmParameters.of("google", "cpc", "spring-sale", null, null), hoursAfterT0(-24)))
            .record(Touch.of("email", "newsletter", hoursAfterT0(-1))))
        .customFields(CustomFields.of(Map.of(
            "tier", CustomFieldValue.choice("Gold"),
            "seats", CustomFieldValue.number(new BigDecimal("250")),
            "renewal", CustomFieldValue.date(LocalDate.of(2026, 12, 31)),
            "vip", CustomFieldValue.flag(true),
            "note", CustomFieldValue.text("Met at the spring webinar"))))
        .updatedAt(hoursAfterT0(2))
        .version(3)
        .build();

    assertWrittenAs(Contact.class, contact, """
        {
          "id": "con-ada",
          "firstName": "Ada",
          "lastName": "Lovelace",
          "jobTitle": "Analyst",
          "emails": ["ada@example.com"],
          "phones": ["+442079460958"],
          "postalAddresses": [
            {"lines": ["12 St James's Square"], "locality": "London", "postalCode": "SW1Y 4JH", "country": "GB"}
          ],
          "accountLinks": [{"accountId": "acc-acme", "role": "Decision maker", "primary": true}],
          "lifecycleStage": "MQL",
          "consent": [
            {
              "channel": "EMAIL",
              "purpose": "marketing",
              "status": "GRANTED",
              "capturedAt": "2026-01-05T09:00:00Z",
              "source": "web form",
              "evidence": "https://example.com/newsletter signup from 203.0.113.7",
              "effectiveFrom": "2026-01-05T09:00:00Z",
              "doubleOptInRequired": false
            }
          ],
          "attribution": {
            "firstTouch": {
              "channel": "paid search",
              "source": "google",
              "utm": {"source": "google", "medium": "cpc", "campaign": "spring-sale"},
              "capturedAt": "2026-01-04T09:00:00Z"
            },
            "lastTouch": {"channel": "email", "source": "newsletter", "utm": {}, "capturedAt": "2026-01-05T08:00:00Z"}
          },
          "ownerId": "user-ada",
          "createdAt": "2026-01-05T09:00:00Z",
          "updatedAt": "2026-01-05T11:00:00Z",
          "version": 3,
          "customFields": {
            "note": {"type": "TEXT", "value": "Met at the spring webinar"},
            "renewal": {"type": "DATE", "value": "2026-12-31"},
            "seats": {"type": "NUMBER", "value": "250"},
            "tier": {"type": "PICKLIST", "value": "Gold"},
            "vip": {"type": "BOOLEAN", "value": true}
          }
        }""");
  }

  @Test
  void a_merged_contact_names_the_contact_it_was_merged_into() throws JsonProcessingException {
    Contact contact = Contact.builder().id(ContactId.of("con-2")).lastName("Hopper")
        .mergedInto(ContactId.of("con-1")).createdAt(T0).updatedAt(T0).build();

    assertWrittenAs(Contact.class, contact, """
        {
          "id": "con-2",
          "lastName": "Hopper",
          "emails": [],
          "phones": [],
          "postalAddresses": [],
          "accountLinks": [],
          "lifecycleStage": "Lead",
          "consent": [],
          "attribution": {},
          "mergedInto": "con-1",
          "createdAt": "2026-01-05T09:00:00Z",
          "updatedAt": "2026-01-05T09:00:00Z",
          "version": 0,
          "customFields": {}
        }""");
  }

  @Test
  void a_contact_with_only_what_it_needs_leaves_out_every_absent_optional_property() throws JsonProcessingException {
    Contact contact = Contact.builder().id(ContactId.of("con-1")).lastName("Hopper").createdAt(T0).updatedAt(T0)
        .build();

    assertWrittenAs(Contact.class, contact, """
        {
          "id": "con-1",
          "lastName": "Hopper",
          "emails": [],
          "phones": [],
          "postalAddresses": [],
          "accountLinks": [],
          "lifecycleStage": "Lead",
          "consent": [],
          "attribution": {},
          "createdAt": "2026-01-05T09:00:00Z",
          "updatedAt": "2026-01-05T09:00:00Z",
          "version": 0,
          "customFields": {}
        }""");
  }

  @Test
  void an_event_is_written_with_its_type_name_and_its_components() throws JsonProcessingException {
    CrmEvent event = new ContactCreated(EventId.of("evt-1"), ContactId.of("con-ada"), 1, T0);

    assertWrittenAs(CrmEvent.class, event, """
        {
          "type": "contact.created",
          "eventId": "evt-1",
          "contactId": "con-ada",
          "aggregateVersion": 1,
          "occurredAt": "2026-01-05T09:00:00Z"
        }""");
  }

  @Test
  void an_event_leaves_out_an_absent_optional_component() throws JsonProcessingException {
    CrmEvent event = new LeadConverted(EventId.of("evt-2"), LeadId.of("lead-grace"), AccountId.of("acc-acme"),
        ContactId.of("con-grace"), Optional.empty(), 4, hoursAfterT0(3));

    assertWrittenAs(CrmEvent.class, event, """
        {
          "type": "lead.converted",
          "eventId": "evt-2",
          "leadId": "lead-grace",
          "accountId": "acc-acme",
          "contactId": "con-grace",
          "aggregateVersion": 4,
          "occurredAt": "2026-01-05T12:00:00Z"
        }""");
  }

  @Test
  void a_stage_change_carries_the_stages_in_full_because_stages_are_configurable() throws JsonProcessingException {
    CrmEvent event = new OpportunityStageChanged(EventId.of("evt-3"), OpportunityId.of("opp-1"), Stage.PROPOSAL,
        Stage.CLOSED_WON, 7, T0);

    assertWrittenAs(CrmEvent.class, event, """
        {
          "type": "opportunity.stage-changed",
          "eventId": "evt-3",
          "opportunityId": "opp-1",
          "from": {"name": "Proposal", "outcome": "OPEN", "probability": 60, "forecastCategory": "BEST_CASE"},
          "to": {"name": "Closed won", "outcome": "WON", "probability": 100, "forecastCategory": "CLOSED"},
          "aggregateVersion": 7,
          "occurredAt": "2026-01-05T09:00:00Z"
        }""");
  }

  @Test
  void money_keeps_its_amount_as_a_string_at_the_currency_s_minor_units() throws JsonProcessingException {
    assertWrittenAs(Money.class, Money.of("12.5", "EUR"), """
        {"amount": "12.50", "currency": "EUR"}""");
    assertWrittenAs(Money.class, Money.of("1250", "JPY"), """
        {"amount": "1250", "currency": "JPY"}""");
    assertWrittenAs(Money.class, Money.of("0.005", "USD"), """
        {"amount": "0.005", "currency": "USD"}""");
  }

  @Test
  void a_line_item_writes_its_quantity_as_a_string_and_its_discount_with_a_type() throws JsonProcessingException {
    LineItem percent = SalesFixtures.aLineItem().quantity(new BigDecimal("2.5")).discount(Discount.percent("10"))
        .build();
    LineItem amount = SalesFixtures.aLineItem().productId(ProductId.of("prod-setup")).description("Set-up, on site")
        .discount(Discount.amount(Money.of("20", "EUR"))).build();
    LineItem none = SalesFixtures.aLineItem().build();

    assertWrittenAs(LineItem.class, percent, """
        {
          "productId": "prod-crm-pro",
          "quantity": "2.5",
          "unitPrice": {"amount": "100.00", "currency": "EUR"},
          "discount": {"type": "percent", "percent": "10"}
        }""");
    assertWrittenAs(LineItem.class, amount, """
        {
          "productId": "prod-setup",
          "description": "Set-up, on site",
          "quantity": "2",
          "unitPrice": {"amount": "100.00", "currency": "EUR"},
          "discount": {"type": "amount", "amount": {"amount": "20.00", "currency": "EUR"}}
        }""");
    assertWrittenAs(LineItem.class, none, """
        {
          "productId": "prod-crm-pro",
          "quantity": "2",
          "unitPrice": {"amount": "100.00", "currency": "EUR"},
          "discount": {"type": "none"}
        }""");
  }

  @Test
  void an_activity_writes_times_as_iso_8601_instants_and_durations() throws JsonProcessingException {
    Activity call = PeopleFixtures.anActivity()
        .type(ActivityType.CALL)
        .subject("Intro call")
        .direction(ActivityDirection.OUTBOUND)
        .due(hoursAfterT0(24))
        .doneAt(hoursAfterT0(25))
        .duration(Duration.ofMinutes(30))
        .addContactId(ContactId.of("con-ada"))
        .build();

    assertWrittenAs(Activity.class, call, """
        {
          "id": "act-1",
          "type": "CALL",
          "subject": "Intro call",
          "due": "2026-01-06T09:00:00Z",
          "doneAt": "2026-01-06T10:00:00Z",
          "duration": "PT30M",
          "direction": "OUTBOUND",
          "contactIds": ["con-ada"],
          "accountId": "acc-acme",
          "ownerId": "user-ada",
          "createdAt": "2026-01-05T09:00:00Z",
          "updatedAt": "2026-01-05T09:00:00Z",
          "version": 0,
          "customFields": {}
        }""");
  }

  @Test
  void a_lead_qualification_writes_where_it_routes_only_when_routed() throws JsonProcessingException {
    assertWrittenAs(LeadQualification.class, LeadQualification.of(72, FitGrade.A, 2, "A2").routedTo(LifecycleStage.MQL),
        """
        {"score": 72, "fitGrade": "A", "engagementLevel": 2, "grade": "A2", "lifecycleStage": "MQL"}""");
    assertWrittenAs(LeadQualification.class, LeadQualification.of(12, FitGrade.D, 3, "D3"), """
        {"score": 12, "fitGrade": "D", "engagementLevel": 3, "grade": "D3"}""");
  }

  @Test
  void single_value_types_are_plain_json_values() throws JsonProcessingException {
    assertThat(MAPPER.writeValueAsString(ContactId.of("con-ada"))).isEqualTo("\"con-ada\"");
    assertThat(MAPPER.writeValueAsString(LifecycleStage.CUSTOMER)).isEqualTo("\"Customer\"");
    assertThat(MAPPER.writeValueAsString(ActivityType.MEETING)).isEqualTo("\"MEETING\"");
    assertThat(MAPPER.writeValueAsString(TaxRate.of("7.50"))).isEqualTo("\"7.5\"");
  }

  @Test
  void the_json_does_not_change_with_the_mapper_s_settings() throws JsonProcessingException {
    ObjectMapper configured = JsonMapper.builder()
        .addModule(new CrmJsonModule())
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
        .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX)
        .build();
    Activity activity = PeopleFixtures.anActivity().duration(Duration.ofMinutes(5)).build();

    assertThat(configured.writeValueAsString(activity)).isEqualTo(MAPPER.writeValueAsString(activity));
  }

  /** Asserts the JSON written (compared without white space outside strings) and that it reads back. */
  private static <T> void assertWrittenAs(Class<T> type, T value, String expected) throws JsonProcessingException {
    String compact = MAPPER.readTree(expected).toString();

    assertThat(MAPPER.writeValueAsString(value)).isEqualTo(compact);
    assertThat(MAPPER.readValue(compact, type)).isEqualTo(value);
  }
}
