package io.crmkit.core.json;

import static io.crmkit.core.json.ObjectCodec.of;
import static io.crmkit.core.json.ObjectCodec.optional;
import static io.crmkit.core.json.ObjectCodec.required;
import static io.crmkit.core.json.ObjectCodec.set;
import static io.crmkit.core.json.Scalars.INSTANT;
import static io.crmkit.core.json.Scalars.LONG;
import static io.crmkit.core.json.Scalars.TEXT;
import static io.crmkit.core.json.Scalars.enumeration;
import static io.crmkit.core.json.ValueCodecs.ACCOUNT_ID;
import static io.crmkit.core.json.ValueCodecs.ACTIVITY_ID;
import static io.crmkit.core.json.ValueCodecs.CAMPAIGN_ID;
import static io.crmkit.core.json.ValueCodecs.CAMPAIGN_MEMBER_ID;
import static io.crmkit.core.json.ValueCodecs.CASE_ID;
import static io.crmkit.core.json.ValueCodecs.CONSENT_CHANNEL;
import static io.crmkit.core.json.ValueCodecs.CONSENT_PURPOSE;
import static io.crmkit.core.json.ValueCodecs.CONSENT_STATUS;
import static io.crmkit.core.json.ValueCodecs.CONTACT_ID;
import static io.crmkit.core.json.ValueCodecs.EVENT_ID;
import static io.crmkit.core.json.ValueCodecs.LEAD_ID;
import static io.crmkit.core.json.ValueCodecs.LIFECYCLE_STAGE;
import static io.crmkit.core.json.ValueCodecs.OPPORTUNITY_ID;
import static io.crmkit.core.json.ValueCodecs.ORDER_ID;
import static io.crmkit.core.json.ValueCodecs.PRICE_BOOK_ID;
import static io.crmkit.core.json.ValueCodecs.PRODUCT_ID;
import static io.crmkit.core.json.ValueCodecs.QUOTE_ID;
import static io.crmkit.core.json.ValueCodecs.STAGE;

import io.crmkit.core.AggregateId;
import io.crmkit.core.event.AccountChanged;
import io.crmkit.core.event.AccountCreated;
import io.crmkit.core.event.AccountsMerged;
import io.crmkit.core.event.ActivityChanged;
import io.crmkit.core.event.ActivityCreated;
import io.crmkit.core.event.CampaignChanged;
import io.crmkit.core.event.CampaignCreated;
import io.crmkit.core.event.CampaignMemberChanged;
import io.crmkit.core.event.CampaignMemberCreated;
import io.crmkit.core.event.CaseStatusChanged;
import io.crmkit.core.event.ConsentChanged;
import io.crmkit.core.event.ContactChanged;
import io.crmkit.core.event.ContactCreated;
import io.crmkit.core.event.ContactLifecycleStageChanged;
import io.crmkit.core.event.ContactsMerged;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.CrmEvents;
import io.crmkit.core.event.LeadChanged;
import io.crmkit.core.event.LeadConverted;
import io.crmkit.core.event.LeadCreated;
import io.crmkit.core.event.OpportunityChanged;
import io.crmkit.core.event.OpportunityCreated;
import io.crmkit.core.event.OpportunityStageChanged;
import io.crmkit.core.event.OrderChanged;
import io.crmkit.core.event.OrderCreated;
import io.crmkit.core.event.PriceBookChanged;
import io.crmkit.core.event.PriceBookCreated;
import io.crmkit.core.event.ProductChanged;
import io.crmkit.core.event.ProductCreated;
import io.crmkit.core.event.QuoteChanged;
import io.crmkit.core.event.QuoteCreated;
import io.crmkit.core.event.SupportCaseChanged;
import io.crmkit.core.event.SupportCaseCreated;
import io.crmkit.core.id.EventId;
import io.crmkit.core.support.CaseStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON of crm-core's events: an object whose {@code "type"} is the event's stable type name
 * ({@code "contact.created"}), followed by the record's components by name. Read back by looking
 * the name up in {@link CrmEvents#typeNamed(String)}, never by a class name.
 */
final class EventCodecs {
  private EventCodecs() {}

  /** Every event of the catalogue. */
  static final TaggedCodec<CrmEvent> EVENT = TaggedCodec.<CrmEvent>builder("event", "event type")
      .variant(ContactCreated.TYPE, ContactCreated.class,
          created(ContactCreated.class, "contactId", CONTACT_ID, ContactCreated::contactId, ContactCreated::new))
      .variant(ContactChanged.TYPE, ContactChanged.class,
          changed(ContactChanged.class, "contactId", CONTACT_ID,
              ContactChanged::contactId, ContactChanged::changedFields, ContactChanged::new))
      .variant(AccountCreated.TYPE, AccountCreated.class,
          created(AccountCreated.class, "accountId", ACCOUNT_ID, AccountCreated::accountId, AccountCreated::new))
      .variant(AccountChanged.TYPE, AccountChanged.class,
          changed(AccountChanged.class, "accountId", ACCOUNT_ID,
              AccountChanged::accountId, AccountChanged::changedFields, AccountChanged::new))
      .variant(LeadCreated.TYPE, LeadCreated.class,
          created(LeadCreated.class, "leadId", LEAD_ID, LeadCreated::leadId, LeadCreated::new))
      .variant(LeadChanged.TYPE, LeadChanged.class,
          changed(LeadChanged.class, "leadId", LEAD_ID,
              LeadChanged::leadId, LeadChanged::changedFields, LeadChanged::new))
      .variant(OpportunityCreated.TYPE, OpportunityCreated.class,
          created(OpportunityCreated.class, "opportunityId", OPPORTUNITY_ID,
              OpportunityCreated::opportunityId, OpportunityCreated::new))
      .variant(OpportunityChanged.TYPE, OpportunityChanged.class,
          changed(OpportunityChanged.class, "opportunityId", OPPORTUNITY_ID,
              OpportunityChanged::opportunityId, OpportunityChanged::changedFields, OpportunityChanged::new))
      .variant(ProductCreated.TYPE, ProductCreated.class,
          created(ProductCreated.class, "productId", PRODUCT_ID, ProductCreated::productId, ProductCreated::new))
      .variant(ProductChanged.TYPE, ProductChanged.class,
          changed(ProductChanged.class, "productId", PRODUCT_ID,
              ProductChanged::productId, ProductChanged::changedFields, ProductChanged::new))
      .variant(PriceBookCreated.TYPE, PriceBookCreated.class,
          created(PriceBookCreated.class, "priceBookId", PRICE_BOOK_ID,
              PriceBookCreated::priceBookId, PriceBookCreated::new))
      .variant(PriceBookChanged.TYPE, PriceBookChanged.class,
          changed(PriceBookChanged.class, "priceBookId", PRICE_BOOK_ID,
              PriceBookChanged::priceBookId, PriceBookChanged::changedFields, PriceBookChanged::new))
      .variant(QuoteCreated.TYPE, QuoteCreated.class,
          created(QuoteCreated.class, "quoteId", QUOTE_ID, QuoteCreated::quoteId, QuoteCreated::new))
      .variant(QuoteChanged.TYPE, QuoteChanged.class,
          changed(QuoteChanged.class, "quoteId", QUOTE_ID,
              QuoteChanged::quoteId, QuoteChanged::changedFields, QuoteChanged::new))
      .variant(OrderCreated.TYPE, OrderCreated.class,
          created(OrderCreated.class, "orderId", ORDER_ID, OrderCreated::orderId, OrderCreated::new))
      .variant(OrderChanged.TYPE, OrderChanged.class,
          changed(OrderChanged.class, "orderId", ORDER_ID,
              OrderChanged::orderId, OrderChanged::changedFields, OrderChanged::new))
      .variant(SupportCaseCreated.TYPE, SupportCaseCreated.class,
          created(SupportCaseCreated.class, "caseId", CASE_ID, SupportCaseCreated::caseId, SupportCaseCreated::new))
      .variant(SupportCaseChanged.TYPE, SupportCaseChanged.class,
          changed(SupportCaseChanged.class, "caseId", CASE_ID,
              SupportCaseChanged::caseId, SupportCaseChanged::changedFields, SupportCaseChanged::new))
      .variant(ActivityCreated.TYPE, ActivityCreated.class,
          created(ActivityCreated.class, "activityId", ACTIVITY_ID, ActivityCreated::activityId, ActivityCreated::new))
      .variant(ActivityChanged.TYPE, ActivityChanged.class,
          changed(ActivityChanged.class, "activityId", ACTIVITY_ID,
              ActivityChanged::activityId, ActivityChanged::changedFields, ActivityChanged::new))
      .variant(CampaignCreated.TYPE, CampaignCreated.class,
          created(CampaignCreated.class, "campaignId", CAMPAIGN_ID, CampaignCreated::campaignId, CampaignCreated::new))
      .variant(CampaignChanged.TYPE, CampaignChanged.class,
          changed(CampaignChanged.class, "campaignId", CAMPAIGN_ID,
              CampaignChanged::campaignId, CampaignChanged::changedFields, CampaignChanged::new))
      .variant(CampaignMemberCreated.TYPE, CampaignMemberCreated.class,
          created(CampaignMemberCreated.class, "campaignMemberId", CAMPAIGN_MEMBER_ID,
              CampaignMemberCreated::campaignMemberId, CampaignMemberCreated::new))
      .variant(CampaignMemberChanged.TYPE, CampaignMemberChanged.class,
          changed(CampaignMemberChanged.class, "campaignMemberId", CAMPAIGN_MEMBER_ID,
              CampaignMemberChanged::campaignMemberId, CampaignMemberChanged::changedFields,
              CampaignMemberChanged::new))
      .variant(LeadConverted.TYPE, LeadConverted.class, named(LeadConverted.class, of(
          required("eventId", EVENT_ID, LeadConverted::eventId),
          required("leadId", LEAD_ID, LeadConverted::leadId),
          required("accountId", ACCOUNT_ID, LeadConverted::accountId),
          required("contactId", CONTACT_ID, LeadConverted::contactId),
          optional("opportunityId", OPPORTUNITY_ID, LeadConverted::opportunityId),
          required("aggregateVersion", LONG, LeadConverted::aggregateVersion),
          required("occurredAt", INSTANT, LeadConverted::occurredAt),
          LeadConverted::new)))
      .variant(OpportunityStageChanged.TYPE, OpportunityStageChanged.class, named(OpportunityStageChanged.class, of(
          required("eventId", EVENT_ID, OpportunityStageChanged::eventId),
          required("opportunityId", OPPORTUNITY_ID, OpportunityStageChanged::opportunityId),
          required("from", STAGE, OpportunityStageChanged::from),
          required("to", STAGE, OpportunityStageChanged::to),
          required("aggregateVersion", LONG, OpportunityStageChanged::aggregateVersion),
          required("occurredAt", INSTANT, OpportunityStageChanged::occurredAt),
          OpportunityStageChanged::new)))
      .variant(ContactLifecycleStageChanged.TYPE, ContactLifecycleStageChanged.class,
          named(ContactLifecycleStageChanged.class, of(
              required("eventId", EVENT_ID, ContactLifecycleStageChanged::eventId),
              required("contactId", CONTACT_ID, ContactLifecycleStageChanged::contactId),
              required("from", LIFECYCLE_STAGE, ContactLifecycleStageChanged::from),
              required("to", LIFECYCLE_STAGE, ContactLifecycleStageChanged::to),
              required("aggregateVersion", LONG, ContactLifecycleStageChanged::aggregateVersion),
              required("occurredAt", INSTANT, ContactLifecycleStageChanged::occurredAt),
              ContactLifecycleStageChanged::new)))
      .variant(ConsentChanged.TYPE, ConsentChanged.class, named(ConsentChanged.class, of(
          required("eventId", EVENT_ID, ConsentChanged::eventId),
          required("contactId", CONTACT_ID, ConsentChanged::contactId),
          required("channel", CONSENT_CHANNEL, ConsentChanged::channel),
          required("purpose", CONSENT_PURPOSE, ConsentChanged::purpose),
          required("status", CONSENT_STATUS, ConsentChanged::status),
          required("aggregateVersion", LONG, ConsentChanged::aggregateVersion),
          required("occurredAt", INSTANT, ConsentChanged::occurredAt),
          ConsentChanged::new)))
      .variant(CaseStatusChanged.TYPE, CaseStatusChanged.class, named(CaseStatusChanged.class, of(
          required("eventId", EVENT_ID, CaseStatusChanged::eventId),
          required("caseId", CASE_ID, CaseStatusChanged::caseId),
          required("from", enumeration(CaseStatus.class), CaseStatusChanged::from),
          required("to", enumeration(CaseStatus.class), CaseStatusChanged::to),
          required("aggregateVersion", LONG, CaseStatusChanged::aggregateVersion),
          required("occurredAt", INSTANT, CaseStatusChanged::occurredAt),
          CaseStatusChanged::new)))
      .variant(ContactsMerged.TYPE, ContactsMerged.class, named(ContactsMerged.class, of(
          required("eventId", EVENT_ID, ContactsMerged::eventId),
          required("survivorId", CONTACT_ID, ContactsMerged::survivorId),
          set("mergedIds", CONTACT_ID, ContactsMerged::mergedIds),
          required("aggregateVersion", LONG, ContactsMerged::aggregateVersion),
          required("occurredAt", INSTANT, ContactsMerged::occurredAt),
          ContactsMerged::new)))
      .variant(AccountsMerged.TYPE, AccountsMerged.class, named(AccountsMerged.class, of(
          required("eventId", EVENT_ID, AccountsMerged::eventId),
          required("survivorId", ACCOUNT_ID, AccountsMerged::survivorId),
          set("mergedIds", ACCOUNT_ID, AccountsMerged::mergedIds),
          required("aggregateVersion", LONG, AccountsMerged::aggregateVersion),
          required("occurredAt", INSTANT, AccountsMerged::occurredAt),
          AccountsMerged::new)))
      .buildWith(CrmEvents.types(), CrmEvents::typeNamed);

  /** Makes an event that an aggregate was created. */
  interface Created<I extends AggregateId, E> {
    E make(EventId eventId, I id, long aggregateVersion, Instant occurredAt);
  }

  /** Makes an event that fields of an aggregate changed. */
  interface Changed<I extends AggregateId, E> {
    E make(EventId eventId, I id, Set<String> changedFields, long aggregateVersion, Instant occurredAt);
  }

  private static <I extends AggregateId, E extends CrmEvent> ObjectCodec<E> created(
      Class<E> type, String idName, Codec<I> id, Function<E, I> getId, Created<I, E> make) {
    return named(type, of(
        required("eventId", EVENT_ID, CrmEvent::eventId),
        required(idName, id, getId),
        required("aggregateVersion", LONG, CrmEvent::aggregateVersion),
        required("occurredAt", INSTANT, CrmEvent::occurredAt),
        make::make));
  }

  private static <I extends AggregateId, E extends CrmEvent> ObjectCodec<E> changed(
      Class<E> type, String idName, Codec<I> id, Function<E, I> getId, Function<E, Set<String>> getChangedFields,
      Changed<I, E> make) {
    return named(type, of(
        required("eventId", EVENT_ID, CrmEvent::eventId),
        required(idName, id, getId),
        set("changedFields", TEXT, getChangedFields),
        required("aggregateVersion", LONG, CrmEvent::aggregateVersion),
        required("occurredAt", INSTANT, CrmEvent::occurredAt),
        make::make));
  }

  /** The codec reporting failures under the event's name: {@code contactCreated.occurredAt}. */
  private static <E> ObjectCodec<E> named(Class<E> type, ObjectCodec<E> codec) {
    String simple = type.getSimpleName();
    return codec.withRoot(simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1));
  }

  /** Hands the event codecs to {@code codecs}: the union, and each event type on its own. */
  static void registerAll(Registry codecs) {
    codecs.add(CrmEvent.class, EVENT);
    CrmEvents.types().values().forEach(type -> addOne(codecs, type));
  }

  private static <E extends CrmEvent> void addOne(Registry codecs, Class<E> type) {
    codecs.add(type, EVENT.only(type));
  }
}
