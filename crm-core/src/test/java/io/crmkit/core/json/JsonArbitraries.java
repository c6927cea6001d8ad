package io.crmkit.core.json;

import static io.crmkit.core.fixtures.ValueArbitraries.accountIds;
import static io.crmkit.core.fixtures.ValueArbitraries.activityIds;
import static io.crmkit.core.fixtures.ValueArbitraries.campaignIds;
import static io.crmkit.core.fixtures.ValueArbitraries.caseIds;
import static io.crmkit.core.fixtures.ValueArbitraries.contactIds;
import static io.crmkit.core.fixtures.ValueArbitraries.eventIds;
import static io.crmkit.core.fixtures.ValueArbitraries.idTexts;
import static io.crmkit.core.fixtures.ValueArbitraries.instants;
import static io.crmkit.core.fixtures.ValueArbitraries.leadIds;
import static io.crmkit.core.fixtures.ValueArbitraries.lifecycleStages;
import static io.crmkit.core.fixtures.ValueArbitraries.opportunityIds;
import static io.crmkit.core.fixtures.ValueArbitraries.orderIds;
import static io.crmkit.core.fixtures.ValueArbitraries.priceBookIds;
import static io.crmkit.core.fixtures.ValueArbitraries.productIds;
import static io.crmkit.core.fixtures.ValueArbitraries.quoteIds;
import static io.crmkit.core.fixtures.ValueArbitraries.stages;
import static io.crmkit.core.fixtures.ValueArbitraries.userIds;

import io.crmkit.core.account.Account;
import io.crmkit.core.account.AccountKind;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.consent.ConsentChannel;
import io.crmkit.core.consent.ConsentDecision;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentPurpose;
import io.crmkit.core.consent.ConsentRecord;
import io.crmkit.core.consent.ConsentScope;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldSchema;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
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
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.fixtures.TestAccounts;
import io.crmkit.core.fixtures.ValueArbitraries;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.id.PriceBookId;
import io.crmkit.core.id.ProductId;
import io.crmkit.core.id.QuoteId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversionOutcome;
import io.crmkit.core.lead.LeadQualification;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.order.Order;
import io.crmkit.core.product.Discount;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.product.PriceBook;
import io.crmkit.core.product.PriceBookEntry;
import io.crmkit.core.product.Product;
import io.crmkit.core.product.TaxRate;
import io.crmkit.core.product.Totals;
import io.crmkit.core.quote.Quote;
import io.crmkit.core.support.CaseStatus;
import io.crmkit.core.support.SupportCase;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.ExchangeRate;
import io.crmkit.core.value.Money;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.PostalAddress;
import io.crmkit.core.value.Touch;
import io.crmkit.core.value.UtmParameters;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Generators for the JSON properties: samples of every value and aggregate type, and events of
 * every type of the catalogue, drawn from the shared fixtures where they have one.
 */
final class JsonArbitraries {
  private JsonArbitraries() {}

  // ---- values

  /** A sample of every value type of crm-core, each drawn from its fixture generator. */
  static Arbitrary<Sample<?>> values() {
    return Arbitraries.oneOf(List.of(
        sample(AccountId.class, accountIds()),
        sample(ActivityId.class, activityIds()),
        sample(CampaignId.class, campaignIds()),
        sample(CampaignMemberId.class, idTexts().map(CampaignMemberId::of)),
        sample(CaseId.class, caseIds()),
        sample(ContactId.class, contactIds()),
        sample(EventId.class, eventIds()),
        sample(LeadId.class, leadIds()),
        sample(OpportunityId.class, opportunityIds()),
        sample(OrderId.class, orderIds()),
        sample(PriceBookId.class, priceBookIds()),
        sample(ProductId.class, productIds()),
        sample(QuoteId.class, quoteIds()),
        sample(UserId.class, userIds()),
        sample(EmailAddress.class, ValueArbitraries.emails()),
        sample(PhoneNumber.class, ValueArbitraries.phones()),
        sample(Money.class, ValueArbitraries.money()),
        sample(ExchangeRate.class, ValueArbitraries.exchangeRates()),
        sample(PostalAddress.class, ValueArbitraries.postalAddresses()),
        sample(UtmParameters.class, ValueArbitraries.utmParameters()),
        sample(Touch.class, ValueArbitraries.touches()),
        sample(Attribution.class, ValueArbitraries.attributions()),
        sample(LifecycleStage.class, lifecycleStages()),
        sample(ContactRole.class, ValueArbitraries.names().map(ContactRole::of)),
        sample(AccountLink.class, accountLinks()),
        sample(ConsentPurpose.class, ValueArbitraries.consentPurposes()),
        sample(ConsentScope.class, consentScopes()),
        sample(ConsentRecord.class, PeopleFixtures.consentRecords()),
        sample(ConsentLedger.class, PeopleFixtures.consentLedgers()),
        sample(ConsentDecision.class, consentDecisions()),
        sample(Stage.class, stages()),
        sample(OpportunityContactRole.class, SalesFixtures.contactRoles().filter(r -> !r.isEmpty()).map(r -> r.get(0))),
        sample(LeadConversionOutcome.class, conversions()),
        sample(LeadQualification.class, qualifications()),
        sample(CustomFieldValue.class, ValueArbitraries.customFieldValues()),
        sample(CustomFields.class, ValueArbitraries.customFields()),
        sample(CustomFieldDefinition.class, ValueArbitraries.customFieldDefinitions()),
        sample(CustomFieldSchema.class, ValueArbitraries.customFieldSchemas()),
        sample(LineItem.class, SalesFixtures.lineItems()),
        sample(Discount.class, SalesFixtures.lineItems().map(LineItem::discount)),
        sample(TaxRate.class, SalesFixtures.taxRates().filter(Optional::isPresent).map(Optional::get)),
        sample(PriceBookEntry.class, SalesFixtures.priceBooks().filter(b -> !b.entries().isEmpty())
            .map(b -> b.entries().get(0))),
        sample(Totals.class, SalesFixtures.quotes().map(Quote::totals))));
  }

  private static <T> Arbitrary<Sample<?>> sample(Class<T> type, Arbitrary<? extends T> values) {
    return values.map(v -> Sample.of(type, v));
  }

  private static Arbitrary<AccountLink> accountLinks() {
    return Combinators.combine(accountIds(), ValueArbitraries.names().map(ContactRole::of), Arbitraries.of(true, false))
        .as(AccountLink::new);
  }

  private static Arbitrary<ConsentScope> consentScopes() {
    return Combinators.combine(Arbitraries.of(ConsentChannel.class), ValueArbitraries.consentPurposes())
        .as(ConsentScope::new);
  }

  /** The ledger's answer for a scope and an instant: with or without an answering record. */
  private static Arbitrary<ConsentDecision> consentDecisions() {
    return Combinators.combine(PeopleFixtures.consentLedgers(), PeopleFixtures.consentChannels(),
            PeopleFixtures.consentPurposes(), Arbitraries.integers().between(-24, 96))
        .as((ledger, channel, purpose, hours) ->
            ledger.decision(channel, purpose, PeopleFixtures.hoursAfterT0(hours)));
  }

  private static Arbitrary<LeadQualification> qualifications() {
    return Combinators.combine(Arbitraries.integers().between(0, 100), Arbitraries.of(FitGrade.class),
            Arbitraries.integers().between(1, 3), Arbitraries.of("A1", "C3", "Hot lead"), lifecycleStages().optional(),
            Arbitraries.of(LeadStatus.class).filter(s -> s != LeadStatus.CONVERTED).optional())
        .as(LeadQualification::new);
  }

  private static Arbitrary<LeadConversionOutcome> conversions() {
    return Combinators.combine(accountIds(), contactIds(), opportunityIds().optional(), instants())
        .as(LeadConversionOutcome::new);
  }

  // ---- aggregates

  /** Valid accounts of both kinds, every optional part sometimes present. */
  static Arbitrary<Account> accounts() {
    return Builders.withBuilder(() -> TestAccounts.anAccount())
        .use(accountIds()).in(Account.Builder::id)
        .use(Arbitraries.of(AccountKind.class)).in(Account.Builder::kind)
        .use(ValueArbitraries.names()).in(Account.Builder::name)
        .use(Arbitraries.of("acme.com", "https://www.Example.org/about", "shop.example.co.uk").optional())
        .in(Account.Builder::domain)
        .use(ValueArbitraries.names().optional()).in(Account.Builder::industry)
        .use(Arbitraries.integers().between(0, 1_000_000).optional())
        .in((b, size) -> b.size(size.map(OptionalInt::of).orElse(OptionalInt.empty())))
        // parents are named apart from the generated ids, so that an account is never its own parent
        .use(ValueArbitraries.words().map(w -> AccountId.of("parent-" + w)).optional()).in(Account.Builder::parentId)
        .use(userIds().optional()).in(Account.Builder::ownerId)
        .use(Combinators.combine(instants(), Arbitraries.longs().between(0, 90L * 24 * 3600))
            .as((created, delay) -> List.of(created, created.plusSeconds(delay))))
        .in((b, t) -> b.createdAt(t.get(0)).updatedAt(t.get(1)))
        .use(Arbitraries.longs().between(0, 1_000)).in(Account.Builder::version)
        .use(ValueArbitraries.customFields()).in(Account.Builder::customFields)
        .build(Account.Builder::build);
  }

  /** A sample of every aggregate type, each drawn from its fixture generator. */
  static Arbitrary<Sample<?>> aggregates() {
    return Arbitraries.oneOf(List.of(
        sample(Account.class, accounts()),
        sample(Contact.class, PeopleFixtures.contacts()),
        sample(Lead.class, PeopleFixtures.leads()),
        sample(Activity.class, PeopleFixtures.activities()),
        sample(Campaign.class, PeopleFixtures.campaigns()),
        sample(CampaignMember.class, PeopleFixtures.campaignMembers()),
        sample(Opportunity.class, SalesFixtures.opportunities()),
        sample(Product.class, SalesFixtures.products()),
        sample(PriceBook.class, SalesFixtures.priceBooks()),
        sample(Quote.class, SalesFixtures.quotes()),
        sample(Order.class, SalesFixtures.orders()),
        sample(SupportCase.class, SalesFixtures.supportCases())));
  }

  // ---- events

  /** Events of every type, by type name, with generated ids, versions, times and contents. */
  static Map<String, Arbitrary<CrmEvent>> eventsByType() {
    Map<String, Arbitrary<CrmEvent>> events = new LinkedHashMap<>();
    events.put(ContactCreated.TYPE, created(contactIds(), ContactCreated::new));
    events.put(ContactChanged.TYPE, changed(contactIds(), ContactChanged::new));
    events.put(AccountCreated.TYPE, created(accountIds(), AccountCreated::new));
    events.put(AccountChanged.TYPE, changed(accountIds(), AccountChanged::new));
    events.put(LeadCreated.TYPE, created(leadIds(), LeadCreated::new));
    events.put(LeadChanged.TYPE, changed(leadIds(), LeadChanged::new));
    events.put(OpportunityCreated.TYPE, created(opportunityIds(), OpportunityCreated::new));
    events.put(OpportunityChanged.TYPE, changed(opportunityIds(), OpportunityChanged::new));
    events.put(ProductCreated.TYPE, created(productIds(), ProductCreated::new));
    events.put(ProductChanged.TYPE, changed(productIds(), ProductChanged::new));
    events.put(PriceBookCreated.TYPE, created(priceBookIds(), PriceBookCreated::new));
    events.put(PriceBookChanged.TYPE, changed(priceBookIds(), PriceBookChanged::new));
    events.put(QuoteCreated.TYPE, created(quoteIds(), QuoteCreated::new));
    events.put(QuoteChanged.TYPE, changed(quoteIds(), QuoteChanged::new));
    events.put(OrderCreated.TYPE, created(orderIds(), OrderCreated::new));
    events.put(OrderChanged.TYPE, changed(orderIds(), OrderChanged::new));
    events.put(SupportCaseCreated.TYPE, created(caseIds(), SupportCaseCreated::new));
    events.put(SupportCaseChanged.TYPE, changed(caseIds(), SupportCaseChanged::new));
    events.put(ActivityCreated.TYPE, created(activityIds(), ActivityCreated::new));
    events.put(ActivityChanged.TYPE, changed(activityIds(), ActivityChanged::new));
    events.put(CampaignCreated.TYPE, created(campaignIds(), CampaignCreated::new));
    events.put(CampaignChanged.TYPE, changed(campaignIds(), CampaignChanged::new));
    events.put(CampaignMemberCreated.TYPE, created(campaignMemberIds(), CampaignMemberCreated::new));
    events.put(CampaignMemberChanged.TYPE, changed(campaignMemberIds(), CampaignMemberChanged::new));
    events.put(LeadConverted.TYPE, Combinators.combine(envelopes(leadIds()), accountIds(), contactIds(),
            opportunityIds().optional())
        .as((e, account, contact, opportunity) -> new LeadConverted(e.eventId(), e.id(), account, contact,
            opportunity, e.version(), e.at())));
    events.put(OpportunityStageChanged.TYPE, Combinators.combine(envelopes(opportunityIds()), stages(), stages())
        .filter((e, from, to) -> !from.equals(to))
        .as((e, from, to) -> new OpportunityStageChanged(e.eventId(), e.id(), from, to, e.version(), e.at())));
    events.put(ContactLifecycleStageChanged.TYPE,
        Combinators.combine(envelopes(contactIds()), lifecycleStages(), lifecycleStages())
            .filter((e, from, to) -> !from.equals(to))
            .as((e, from, to) -> new ContactLifecycleStageChanged(e.eventId(), e.id(), from, to, e.version(), e.at())));
    events.put(ConsentChanged.TYPE, Combinators.combine(envelopes(contactIds()), Arbitraries.of(ConsentChannel.class),
            ValueArbitraries.consentPurposes(), Arbitraries.of(ConsentStatus.class))
        .as((e, channel, purpose, status) -> new ConsentChanged(e.eventId(), e.id(), channel, purpose, status,
            e.version(), e.at())));
    events.put(CaseStatusChanged.TYPE, Combinators.combine(envelopes(caseIds()), Arbitraries.of(CaseStatus.class),
            Arbitraries.of(CaseStatus.class))
        .filter((e, from, to) -> from != to)
        .as((e, from, to) -> new CaseStatusChanged(e.eventId(), e.id(), from, to, e.version(), e.at())));
    events.put(ContactsMerged.TYPE, Combinators.combine(envelopes(contactIds()),
            contactIds().set().ofMinSize(1).ofMaxSize(4))
        .filter((e, merged) -> !merged.contains(e.id()))
        .as((e, merged) -> new ContactsMerged(e.eventId(), e.id(), merged, e.version(), e.at())));
    events.put(AccountsMerged.TYPE, Combinators.combine(envelopes(accountIds()),
            accountIds().set().ofMinSize(1).ofMaxSize(4))
        .filter((e, merged) -> !merged.contains(e.id()))
        .as((e, merged) -> new AccountsMerged(e.eventId(), e.id(), merged, e.version(), e.at())));
    return events;
  }

  /** Events of every type of the catalogue. */
  static Arbitrary<CrmEvent> events() {
    return Arbitraries.oneOf(List.copyOf(eventsByType().values()));
  }

  /** What every event carries: its id, the aggregate's id, the version after the change and the time. */
  private record Envelope<I>(EventId eventId, I id, long version, Instant at) {}

  private static <I> Arbitrary<Envelope<I>> envelopes(Arbitrary<I> ids) {
    return Combinators.combine(eventIds(), ids, Arbitraries.longs().between(1, Long.MAX_VALUE), instants())
        .as(Envelope::new);
  }

  /** Makes a "created" event. */
  private interface Created<I> {
    CrmEvent make(EventId eventId, I id, long version, Instant at);
  }

  /** Makes a "changed" event. */
  private interface Changed<I> {
    CrmEvent make(EventId eventId, I id, Set<String> changedFields, long version, Instant at);
  }

  private static <I> Arbitrary<CrmEvent> created(Arbitrary<I> ids, Created<I> make) {
    return envelopes(ids).map(e -> make.make(e.eventId(), e.id(), e.version(), e.at()));
  }

  private static <I> Arbitrary<CrmEvent> changed(Arbitrary<I> ids, Changed<I> make) {
    return Combinators.combine(envelopes(ids), changedFields())
        .as((e, fields) -> make.make(e.eventId(), e.id(), fields, e.version(), e.at()));
  }

  /** One to four field names, plain or dotted: {@code name}, {@code billingAddress.city}, {@code customFields.tier}. */
  private static Arbitrary<Set<String>> changedFields() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(".", parts));
    return name.set().ofMinSize(1).ofMaxSize(4);
  }

  private static Arbitrary<CampaignMemberId> campaignMemberIds() {
    return idTexts().map(CampaignMemberId::of);
  }
}
