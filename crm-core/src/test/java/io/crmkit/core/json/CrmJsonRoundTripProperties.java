package io.crmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.account.Account;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.event.ContactCreated;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.CrmEvents;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.fixtures.TestEvents;
import io.crmkit.core.fixtures.ValueArbitraries;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.order.Order;
import io.crmkit.core.product.PriceBook;
import io.crmkit.core.product.Product;
import io.crmkit.core.quote.Quote;
import io.crmkit.core.support.SupportCase;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing then reading gives an equal object, for every value, aggregate and event type of
 * crm-core; and writing what was read gives the same JSON again, so the form is stable.
 */
class CrmJsonRoundTripProperties {
  private static final ObjectMapper MAPPER = CrmJson.mapper();

  @Property
  void every_instant_is_written_as_instant_to_string_writes_it_whatever_was_written_before(
      @ForAll("instantsWithRepeats") List<Instant> instants) throws JsonProcessingException {
    for (Instant instant : instants) {
      ContactCreated event = new ContactCreated(EventId.of("evt-1"), ContactId.of("con-1"), 1, instant);

      assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event)).get("occurredAt").asText())
          .isEqualTo(instant.toString());
    }
  }

  @Provide
  Arbitrary<List<Instant>> instantsWithRepeats() {
    return ValueArbitraries.instants().list().ofMinSize(1).ofMaxSize(4)
        .flatMap(distinct -> Arbitraries.of(distinct).list().ofMaxSize(8));
  }

  // ---------------------------------------------------------------------------------- values

  @Property(tries = 5000)
  void every_value_type_round_trips(@ForAll("values") Sample<?> sample) throws JsonProcessingException {
    assertRoundTrip(sample);
  }

  @Provide
  Arbitrary<Sample<?>> values() {
    return JsonArbitraries.values();
  }

  // ------------------------------------------------------------------------------ aggregates

  @Property
  void an_account_round_trips(@ForAll("accounts") Account account) throws JsonProcessingException {
    assertRoundTrip(Sample.of(Account.class, account));
  }

  @Provide
  Arbitrary<Account> accounts() {
    return JsonArbitraries.accounts();
  }

  @Property
  void a_contact_round_trips(@ForAll("contacts") Contact contact) throws JsonProcessingException {
    assertRoundTrip(Sample.of(Contact.class, contact));
  }

  @Provide
  Arbitrary<Contact> contacts() {
    return PeopleFixtures.contacts();
  }

  @Property
  void a_lead_round_trips(@ForAll("leads") Lead lead) throws JsonProcessingException {
    assertRoundTrip(Sample.of(Lead.class, lead));
  }

  @Provide
  Arbitrary<Lead> leads() {
    return PeopleFixtures.leads();
  }

  @Property
  void an_activity_round_trips(@ForAll("activities") Activity activity) throws JsonProcessingException {
    assertRoundTrip(Sample.of(Activity.class, activity));
  }

  @Provide
  Arbitrary<Activity> activities() {
    return PeopleFixtures.activities();
  }

  @Property
  void a_campaign_round_trips(@ForAll("campaigns") Campaign campaign) throws JsonProcessingException {
    assertRoundTrip(Sample.of(Campaign.class, campaign));
  }

  @Provide
  Arbitrary<Campaign> campaigns() {
    return PeopleFixtures.campaigns();
  }

  @Property
  void a_campaign_member_round_trips(@ForAll("campaignMembers") CampaignMember member)
      throws JsonProcessingException {
    assertRoundTrip(Sample.of(CampaignMember.class, member));
  }

  @Provide
  Arbitrary<CampaignMember> campaignMembers() {
    return PeopleFixtures.campaignMembers();
  }

  @Property
  void an_opportunity_round_trips(@ForAll("opportunities") Opportunity opportunity)
      throws JsonProcessingException {
    assertRoundTrip(Sample.of(Opportunity.class, opportunity));
  }

  @Provide
  Arbitrary<Opportunity> opportunities() {
    return SalesFixtures.opportunities();
  }

  @Property
  void a_product_round_trips(@ForAll("products") Product product) throws JsonProcessingException {
    assertRoundTrip(Sample.of(Product.class, product));
  }

  @Provide
  Arbitrary<Product> products() {
    return SalesFixtures.products();
  }

  @Property
  void a_price_book_round_trips(@ForAll("priceBooks") PriceBook book) throws JsonProcessingException {
    assertRoundTrip(Sample.of(PriceBook.class, book));
  }

  @Provide
  Arbitrary<PriceBook> priceBooks() {
    return SalesFixtures.priceBooks();
  }

  @Property
  void a_quote_round_trips(@ForAll("quotes") Quote quote) throws JsonProcessingException {
    assertRoundTrip(Sample.of(Quote.class, quote));
  }

  @Provide
  Arbitrary<Quote> quotes() {
    return SalesFixtures.quotes();
  }

  @Property
  void an_order_round_trips(@ForAll("orders") Order order) throws JsonProcessingException {
    assertRoundTrip(Sample.of(Order.class, order));
  }

  @Provide
  Arbitrary<Order> orders() {
    return SalesFixtures.orders();
  }

  @Property
  void a_support_case_round_trips(@ForAll("supportCases") SupportCase supportCase) throws JsonProcessingException {
    assertRoundTrip(Sample.of(SupportCase.class, supportCase));
  }

  @Provide
  Arbitrary<SupportCase> supportCases() {
    return SalesFixtures.supportCases();
  }

  // ---------------------------------------------------------------------------------- events

  @Property(tries = 3000)
  void every_event_type_round_trips_as_a_crm_event(@ForAll("events") CrmEvent event) throws JsonProcessingException {
    assertRoundTrip(Sample.of(CrmEvent.class, event));
  }

  @Property(tries = 3000)
  void every_event_type_round_trips_as_its_own_class(@ForAll("events") CrmEvent event)
      throws JsonProcessingException {
    assertRoundTrip(asItsOwnClass(event, CrmEvents.typeNamed(event.type()).orElseThrow()));
  }

  @Property
  void an_event_is_written_with_its_type_name_first(@ForAll("events") CrmEvent event) throws JsonProcessingException {
    JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(event));

    assertThat(json.fieldNames().next()).isEqualTo("type");
    assertThat(json.get("type").textValue()).isEqualTo(event.type());
  }

  @Provide
  Arbitrary<CrmEvent> events() {
    return JsonArbitraries.events();
  }

  @Example
  void the_generated_events_cover_the_whole_catalogue() {
    assertThat(JsonArbitraries.eventsByType().keySet()).isEqualTo(CrmEvents.types().keySet());
  }

  @Example
  void one_event_of_each_type_round_trips() throws JsonProcessingException {
    for (CrmEvent event : TestEvents.oneOfEach()) {
      assertRoundTrip(Sample.of(CrmEvent.class, event));
    }
  }

  // ----------------------------------------------------------------------------------------

  private static <E extends CrmEvent> Sample<E> asItsOwnClass(CrmEvent event, Class<E> type) {
    return Sample.of(type, type.cast(event));
  }

  private static <T> void assertRoundTrip(Sample<T> sample) throws JsonProcessingException {
    String json = MAPPER.writeValueAsString(sample.value());

    T read = MAPPER.readValue(json, sample.type());

    assertThat(read).as(json).isEqualTo(sample.value());
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
  }
}
