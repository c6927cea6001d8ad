package io.crmkit.core.json;

import static io.crmkit.core.json.Scalars.CURRENCY;
import static io.crmkit.core.json.Scalars.DATE;
import static io.crmkit.core.json.Scalars.DURATION;
import static io.crmkit.core.json.Scalars.FLAG;
import static io.crmkit.core.json.Scalars.INSTANT;
import static io.crmkit.core.json.Scalars.INT;
import static io.crmkit.core.json.Scalars.LONG;
import static io.crmkit.core.json.Scalars.TEXT;
import static io.crmkit.core.json.Scalars.enumeration;
import static io.crmkit.core.json.ValueCodecs.ACCOUNT_ID;
import static io.crmkit.core.json.ValueCodecs.ACCOUNT_LINK;
import static io.crmkit.core.json.ValueCodecs.ACTIVITY_ID;
import static io.crmkit.core.json.ValueCodecs.ATTRIBUTION;
import static io.crmkit.core.json.ValueCodecs.CAMPAIGN_ID;
import static io.crmkit.core.json.ValueCodecs.CAMPAIGN_MEMBER_ID;
import static io.crmkit.core.json.ValueCodecs.CASE_ID;
import static io.crmkit.core.json.ValueCodecs.CONSENT_LEDGER;
import static io.crmkit.core.json.ValueCodecs.CONTACT_ID;
import static io.crmkit.core.json.ValueCodecs.CUSTOM_FIELDS;
import static io.crmkit.core.json.ValueCodecs.EMAIL;
import static io.crmkit.core.json.ValueCodecs.LEAD_CONVERSION_OUTCOME;
import static io.crmkit.core.json.ValueCodecs.LEAD_ID;
import static io.crmkit.core.json.ValueCodecs.LIFECYCLE_STAGE;
import static io.crmkit.core.json.ValueCodecs.LINE_ITEM;
import static io.crmkit.core.json.ValueCodecs.MONEY;
import static io.crmkit.core.json.ValueCodecs.OPPORTUNITY_CONTACT_ROLE;
import static io.crmkit.core.json.ValueCodecs.OPPORTUNITY_ID;
import static io.crmkit.core.json.ValueCodecs.ORDER_ID;
import static io.crmkit.core.json.ValueCodecs.PHONE;
import static io.crmkit.core.json.ValueCodecs.POSTAL_ADDRESS;
import static io.crmkit.core.json.ValueCodecs.PRICE_BOOK_ENTRY;
import static io.crmkit.core.json.ValueCodecs.PRICE_BOOK_ID;
import static io.crmkit.core.json.ValueCodecs.PRODUCT_ID;
import static io.crmkit.core.json.ValueCodecs.QUOTE_ID;
import static io.crmkit.core.json.ValueCodecs.STAGE;
import static io.crmkit.core.json.ValueCodecs.TAX_RATE;
import static io.crmkit.core.json.ValueCodecs.USER_ID;

import io.crmkit.core.account.Account;
import io.crmkit.core.account.AccountKind;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityDirection;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.campaign.CampaignMemberStatus;
import io.crmkit.core.campaign.CampaignStatus;
import io.crmkit.core.campaign.CampaignType;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.order.Order;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.product.PriceBook;
import io.crmkit.core.product.Product;
import io.crmkit.core.quote.Quote;
import io.crmkit.core.quote.QuoteStatus;
import io.crmkit.core.support.CaseSeverity;
import io.crmkit.core.support.CaseStatus;
import io.crmkit.core.support.CaseType;
import io.crmkit.core.support.SupportCase;

/**
 * The JSON of crm-core's aggregates: one object per record with its properties in the order of the
 * model, read back through the aggregate's builder so that every check of the model runs. Values
 * worked out from others (a quote's totals, a contact's display name) are not written.
 */
final class AggregateCodecs {
  private AggregateCodecs() {}

  static final ObjectCodec<Account> ACCOUNT = ObjectCodec.built(Account::builder, Account.Builder::build)
      .required("id", ACCOUNT_ID, Account::id, Account.Builder::id)
      .required("kind", enumeration(AccountKind.class), Account::kind, Account.Builder::kind)
      .required("name", TEXT, Account::name, Account.Builder::name)
      .optional("domain", TEXT, Account::domain, Account.Builder::domain)
      .optional("industry", TEXT, Account::industry, Account.Builder::industry)
      .optionalInt("size", Account::size, Account.Builder::size)
      .optional("parentId", ACCOUNT_ID, Account::parentId, Account.Builder::parentId)
      .optional("ownerId", USER_ID, Account::ownerId, Account.Builder::ownerId)
      .required("createdAt", INSTANT, Account::createdAt, Account.Builder::createdAt)
      .required("updatedAt", INSTANT, Account::updatedAt, Account.Builder::updatedAt)
      .defaulted("version", LONG, Account::version, Account.Builder::version)
      .defaulted("customFields", CUSTOM_FIELDS, Account::customFields, Account.Builder::customFields)
      .codec().withRoot("account");

  static final ObjectCodec<Contact> CONTACT = ObjectCodec.built(Contact::builder, Contact.Builder::build)
      .required("id", CONTACT_ID, Contact::id, Contact.Builder::id)
      .optional("firstName", TEXT, Contact::firstName, Contact.Builder::firstName)
      .optional("middleName", TEXT, Contact::middleName, Contact.Builder::middleName)
      .optional("lastName", TEXT, Contact::lastName, Contact.Builder::lastName)
      .optional("jobTitle", TEXT, Contact::jobTitle, Contact.Builder::jobTitle)
      .list("emails", EMAIL, Contact::emails, Contact.Builder::emails)
      .list("phones", PHONE, Contact::phones, Contact.Builder::phones)
      .list("postalAddresses", POSTAL_ADDRESS, Contact::postalAddresses, Contact.Builder::postalAddresses)
      .list("accountLinks", ACCOUNT_LINK, Contact::accountLinks, Contact.Builder::accountLinks)
      .defaulted("lifecycleStage", LIFECYCLE_STAGE, Contact::lifecycleStage, Contact.Builder::lifecycleStage)
      .defaulted("consent", CONSENT_LEDGER, Contact::consent, Contact.Builder::consent)
      .defaulted("attribution", ATTRIBUTION, Contact::attribution, Contact.Builder::attribution)
      .optional("ownerId", USER_ID, Contact::ownerId, Contact.Builder::ownerId)
      .optional("mergedInto", CONTACT_ID, Contact::mergedInto, Contact.Builder::mergedInto)
      .required("createdAt", INSTANT, Contact::createdAt, Contact.Builder::createdAt)
      .required("updatedAt", INSTANT, Contact::updatedAt, Contact.Builder::updatedAt)
      .defaulted("version", LONG, Contact::version, Contact.Builder::version)
      .defaulted("customFields", CUSTOM_FIELDS, Contact::customFields, Contact.Builder::customFields)
      .codec().withRoot("contact");

  static final ObjectCodec<Lead> LEAD = ObjectCodec.built(Lead::builder, Lead.Builder::build)
      .required("id", LEAD_ID, Lead::id, Lead.Builder::id)
      .optional("firstName", TEXT, Lead::firstName, Lead.Builder::firstName)
      .optional("lastName", TEXT, Lead::lastName, Lead.Builder::lastName)
      .optional("email", EMAIL, Lead::email, Lead.Builder::email)
      .optional("phone", PHONE, Lead::phone, Lead.Builder::phone)
      .optional("jobTitle", TEXT, Lead::jobTitle, Lead.Builder::jobTitle)
      .optional("companyName", TEXT, Lead::companyName, Lead.Builder::companyName)
      .optional("companyDomain", TEXT, Lead::companyDomain, Lead.Builder::companyDomain)
      .optional("industry", TEXT, Lead::industry, Lead.Builder::industry)
      .optionalInt("companySize", Lead::companySize, Lead.Builder::companySize)
      .required("leadSource", TEXT, Lead::leadSource, Lead.Builder::leadSource)
      .defaulted("attribution", ATTRIBUTION, Lead::attribution, Lead.Builder::attribution)
      .defaulted("status", enumeration(LeadStatus.class), Lead::status, Lead.Builder::status)
      .optionalInt("score", Lead::score, Lead.Builder::score)
      .list("campaignIds", CAMPAIGN_ID, Lead::campaignIds, Lead.Builder::campaignIds)
      .optional("ownerId", USER_ID, Lead::ownerId, Lead.Builder::ownerId)
      .optional("conversion", LEAD_CONVERSION_OUTCOME, Lead::conversion, Lead.Builder::conversion)
      .required("createdAt", INSTANT, Lead::createdAt, Lead.Builder::createdAt)
      .required("updatedAt", INSTANT, Lead::updatedAt, Lead.Builder::updatedAt)
      .defaulted("version", LONG, Lead::version, Lead.Builder::version)
      .defaulted("customFields", CUSTOM_FIELDS, Lead::customFields, Lead.Builder::customFields)
      .codec().withRoot("lead");

  static final ObjectCodec<Opportunity> OPPORTUNITY = ObjectCodec.built(Opportunity::builder,
          Opportunity.Builder::build)
      .required("id", OPPORTUNITY_ID, Opportunity::id, Opportunity.Builder::id)
      .required("name", TEXT, Opportunity::name, Opportunity.Builder::name)
      .required("accountId", ACCOUNT_ID, Opportunity::accountId, Opportunity.Builder::accountId)
      .list("contactRoles", OPPORTUNITY_CONTACT_ROLE, Opportunity::contactRoles, Opportunity.Builder::contactRoles)
      .required("stage", STAGE, Opportunity::stage, Opportunity.Builder::stage)
      .defaulted("amount", MONEY, Opportunity::amount, Opportunity.Builder::amount)
      .list("lineItems", LINE_ITEM, Opportunity::lineItems, Opportunity.Builder::lineItems)
      .required("expectedCloseDate", DATE, Opportunity::expectedCloseDate, Opportunity.Builder::expectedCloseDate)
      .optional("closedOn", DATE, Opportunity::closedOn, Opportunity.Builder::closedOn)
      .defaulted("probability", INT, Opportunity::probability, Opportunity.Builder::probability)
      .defaulted("forecastCategory", enumeration(ForecastCategory.class), Opportunity::forecastCategory,
          Opportunity.Builder::forecastCategory)
      .optional("lostReason", TEXT, Opportunity::lostReason, Opportunity.Builder::lostReason)
      .list("campaignIds", CAMPAIGN_ID, Opportunity::campaignIds, Opportunity.Builder::campaignIds)
      .defaulted("attribution", ATTRIBUTION, Opportunity::attribution, Opportunity.Builder::attribution)
      .optional("sourceLeadId", LEAD_ID, Opportunity::sourceLeadId, Opportunity.Builder::sourceLeadId)
      .required("ownerId", USER_ID, Opportunity::ownerId, Opportunity.Builder::ownerId)
      .required("createdAt", INSTANT, Opportunity::createdAt, Opportunity.Builder::createdAt)
      .required("updatedAt", INSTANT, Opportunity::updatedAt, Opportunity.Builder::updatedAt)
      .defaulted("version", LONG, Opportunity::version, Opportunity.Builder::version)
      .defaulted("customFields", CUSTOM_FIELDS, Opportunity::customFields, Opportunity.Builder::customFields)
      .codec().withRoot("opportunity");

  static final ObjectCodec<Product> PRODUCT = ObjectCodec.built(Product::builder, Product.Builder::build)
      .required("id", PRODUCT_ID, Product::id, Product.Builder::id)
      .required("sku", TEXT, Product::sku, Product.Builder::sku)
      .required("name", TEXT, Product::name, Product.Builder::name)
      .optional("description", TEXT, Product::description, Product.Builder::description)
      .optional("family", TEXT, Product::family, Product.Builder::family)
      .defaulted("active", FLAG, Product::active, Product.Builder::active)
      .required("createdAt", INSTANT, Product::createdAt, Product.Builder::createdAt)
      .required("updatedAt", INSTANT, Product::updatedAt, Product.Builder::updatedAt)
      .defaulted("version", LONG, Product::version, Product.Builder::version)
      .defaulted("customFields", CUSTOM_FIELDS, Product::customFields, Product.Builder::customFields)
      .codec().withRoot("product");

  static final ObjectCodec<PriceBook> PRICE_BOOK = ObjectCodec.built(PriceBook::builder, PriceBook.Builder::build)
      .required("id", PRICE_BOOK_ID, PriceBook::id, PriceBook.Builder::id)
      .required("name", TEXT, PriceBook::name, PriceBook.Builder::name)
      .required("currency", CURRENCY, PriceBook::currency, PriceBook.Builder::currency)
      .defaulted("standard", FLAG, PriceBook::standard, PriceBook.Builder::standard)
      .defaulted("active", FLAG, PriceBook::active, PriceBook.Builder::active)
      .list("entries", PRICE_BOOK_ENTRY, PriceBook::entries, PriceBook.Builder::entries)
      .required("createdAt", INSTANT, PriceBook::createdAt, PriceBook.Builder::createdAt)
      .required("updatedAt", INSTANT, PriceBook::updatedAt, PriceBook.Builder::updatedAt)
      .defaulted("version", LONG, PriceBook::version, PriceBook.Builder::version)
      .defaulted("customFields", CUSTOM_FIELDS, PriceBook::customFields, PriceBook.Builder::customFields)
      .codec().withRoot("priceBook");

  static final ObjectCodec<Quote> QUOTE = ObjectCodec.built(Quote::builder, Quote.Builder::build)
      .required("id", QUOTE_ID, Quote::id, Quote.Builder::id)
      .required("quoteNumber", TEXT, Quote::quoteNumber, Quote.Builder::quoteNumber)
      .required("accountId", ACCOUNT_ID, Quote::accountId, Quote.Builder::accountId)
      .optional("opportunityId", OPPORTUNITY_ID, Quote::opportunityId, Quote.Builder::opportunityId)
      .optional("contactId", CONTACT_ID, Quote::contactId, Quote.Builder::contactId)
      .optional("priceBookId", PRICE_BOOK_ID, Quote::priceBookId, Quote.Builder::priceBookId)
      .defaulted("status", enumeration(QuoteStatus.class), Quote::status, Quote.Builder::status)
      .required("validUntil", DATE, Quote::validUntil, Quote.Builder::validUntil)
      .required("currency", CURRENCY, Quote::currency, Quote.Builder::currency)
      .list("lineItems", LINE_ITEM, Quote::lineItems, Quote.Builder::lineItems)
      .optional("taxRate", TAX_RATE, Quote::taxRate, Quote.Builder::taxRate)
      .optional("ownerId", USER_ID, Quote::ownerId, Quote.Builder::ownerId)
      .required("createdAt", INSTANT, Quote::createdAt, Quote.Builder::createdAt)
      .required("updatedAt", INSTANT, Quote::updatedAt, Quote.Builder::updatedAt)
      .defaulted("version", LONG, Quote::version, Quote.Builder::version)
      .defaulted("customFields", CUSTOM_FIELDS, Quote::customFields, Quote.Builder::customFields)
      .codec().withRoot("quote");

  static final ObjectCodec<Order> ORDER = ObjectCodec.built(Order::builder, Order.Builder::build)
      .required("id", ORDER_ID, Order::id, Order.Builder::id)
      .required("orderNumber", TEXT, Order::orderNumber, Order.Builder::orderNumber)
      .required("accountId", ACCOUNT_ID, Order::accountId, Order.Builder::accountId)
      .optional("contactId", CONTACT_ID, Order::contactId, Order.Builder::contactId)
      .optional("quoteId", QUOTE_ID, Order::quoteId, Order.Builder::quoteId)
      .optional("opportunityId", OPPORTUNITY_ID, Order::opportunityId, Order.Builder::opportunityId)
      .defaulted("status", enumeration(OrderStatus.class), Order::status, Order.Builder::status)
      .required("orderedAt", INSTANT, Order::orderedAt, Order.Builder::orderedAt)
      .required("currency", CURRENCY, Order::currency, Order.Builder::currency)
      .list("lineItems", LINE_ITEM, Order::lineItems, Order.Builder::lineItems)
      .optional("taxRate", TAX_RATE, Order::taxRate, Order.Builder::taxRate)
      .optional("ownerId", USER_ID, Order::ownerId, Order.Builder::ownerId)
      .required("createdAt", INSTANT, Order::createdAt, Order.Builder::createdAt)
      .required("updatedAt", INSTANT, Order::updatedAt, Order.Builder::updatedAt)
      .defaulted("version", LONG, Order::version, Order.Builder::version)
      .defaulted("customFields", CUSTOM_FIELDS, Order::customFields, Order.Builder::customFields)
      .codec().withRoot("order");

  static final ObjectCodec<SupportCase> SUPPORT_CASE = ObjectCodec.built(SupportCase::builder,
          SupportCase.Builder::build)
      .required("id", CASE_ID, SupportCase::id, SupportCase.Builder::id)
      .required("caseNumber", TEXT, SupportCase::caseNumber, SupportCase.Builder::caseNumber)
      .required("subject", TEXT, SupportCase::subject, SupportCase.Builder::subject)
      .optional("description", TEXT, SupportCase::description, SupportCase.Builder::description)
      .required("type", enumeration(CaseType.class), SupportCase::type, SupportCase.Builder::type)
      .required("severity", enumeration(CaseSeverity.class), SupportCase::severity, SupportCase.Builder::severity)
      .defaulted("status", enumeration(CaseStatus.class), SupportCase::status, SupportCase.Builder::status)
      .required("ownerId", USER_ID, SupportCase::ownerId, SupportCase.Builder::ownerId)
      .optional("contactId", CONTACT_ID, SupportCase::contactId, SupportCase.Builder::contactId)
      .optional("accountId", ACCOUNT_ID, SupportCase::accountId, SupportCase.Builder::accountId)
      .optional("productId", PRODUCT_ID, SupportCase::productId, SupportCase.Builder::productId)
      .optional("orderId", ORDER_ID, SupportCase::orderId, SupportCase.Builder::orderId)
      .required("origin", TEXT, SupportCase::origin, SupportCase.Builder::origin)
      .required("openedAt", INSTANT, SupportCase::openedAt, SupportCase.Builder::openedAt)
      .optional("firstRespondedAt", INSTANT, SupportCase::firstRespondedAt, SupportCase.Builder::firstRespondedAt)
      .optional("resolvedAt", INSTANT, SupportCase::resolvedAt, SupportCase.Builder::resolvedAt)
      .optional("closedAt", INSTANT, SupportCase::closedAt, SupportCase.Builder::closedAt)
      .defaulted("reopenCount", INT, SupportCase::reopenCount, SupportCase.Builder::reopenCount)
      .required("createdAt", INSTANT, SupportCase::createdAt, SupportCase.Builder::createdAt)
      .required("updatedAt", INSTANT, SupportCase::updatedAt, SupportCase.Builder::updatedAt)
      .defaulted("version", LONG, SupportCase::version, SupportCase.Builder::version)
      .defaulted("customFields", CUSTOM_FIELDS, SupportCase::customFields, SupportCase.Builder::customFields)
      .codec().withRoot("supportCase");

  static final ObjectCodec<Activity> ACTIVITY = ObjectCodec.built(Activity::builder, Activity.Builder::build)
      .required("id", ACTIVITY_ID, Activity::id, Activity.Builder::id)
      .required("type", enumeration(ActivityType.class), Activity::type, Activity.Builder::type)
      .required("subject", TEXT, Activity::subject, Activity.Builder::subject)
      .optional("body", TEXT, Activity::body, Activity.Builder::body)
      .optional("due", INSTANT, Activity::due, Activity.Builder::due)
      .optional("doneAt", INSTANT, Activity::doneAt, Activity.Builder::doneAt)
      .optional("duration", DURATION, Activity::duration, Activity.Builder::duration)
      .optional("direction", enumeration(ActivityDirection.class), Activity::direction, Activity.Builder::direction)
      .list("contactIds", CONTACT_ID, Activity::contactIds, Activity.Builder::contactIds)
      .optional("accountId", ACCOUNT_ID, Activity::accountId, Activity.Builder::accountId)
      .optional("leadId", LEAD_ID, Activity::leadId, Activity.Builder::leadId)
      .optional("opportunityId", OPPORTUNITY_ID, Activity::opportunityId, Activity.Builder::opportunityId)
      .optional("caseId", CASE_ID, Activity::caseId, Activity.Builder::caseId)
      .optional("ownerId", USER_ID, Activity::ownerId, Activity.Builder::ownerId)
      .required("createdAt", INSTANT, Activity::createdAt, Activity.Builder::createdAt)
      .required("updatedAt", INSTANT, Activity::updatedAt, Activity.Builder::updatedAt)
      .defaulted("version", LONG, Activity::version, Activity.Builder::version)
      .defaulted("customFields", CUSTOM_FIELDS, Activity::customFields, Activity.Builder::customFields)
      .codec().withRoot("activity");

  static final ObjectCodec<Campaign> CAMPAIGN = ObjectCodec.built(Campaign::builder, Campaign.Builder::build)
      .required("id", CAMPAIGN_ID, Campaign::id, Campaign.Builder::id)
      .required("name", TEXT, Campaign::name, Campaign.Builder::name)
      .required("type", enumeration(CampaignType.class), Campaign::type, Campaign.Builder::type)
      .required("channel", TEXT, Campaign::channel, Campaign.Builder::channel)
      .optional("cost", MONEY, Campaign::cost, Campaign.Builder::cost)
      .required("startDate", DATE, Campaign::startDate, Campaign.Builder::startDate)
      .optional("endDate", DATE, Campaign::endDate, Campaign.Builder::endDate)
      .defaulted("status", enumeration(CampaignStatus.class), Campaign::status, Campaign.Builder::status)
      .optional("ownerId", USER_ID, Campaign::ownerId, Campaign.Builder::ownerId)
      .required("createdAt", INSTANT, Campaign::createdAt, Campaign.Builder::createdAt)
      .required("updatedAt", INSTANT, Campaign::updatedAt, Campaign.Builder::updatedAt)
      .defaulted("version", LONG, Campaign::version, Campaign.Builder::version)
      .defaulted("customFields", CUSTOM_FIELDS, Campaign::customFields, Campaign.Builder::customFields)
      .codec().withRoot("campaign");

  static final ObjectCodec<CampaignMember> CAMPAIGN_MEMBER = ObjectCodec.built(CampaignMember::builder,
          CampaignMember.Builder::build)
      .required("id", CAMPAIGN_MEMBER_ID, CampaignMember::id, CampaignMember.Builder::id)
      .required("campaignId", CAMPAIGN_ID, CampaignMember::campaignId, CampaignMember.Builder::campaignId)
      .optional("contactId", CONTACT_ID, CampaignMember::contactId, CampaignMember.Builder::contactId)
      .optional("leadId", LEAD_ID, CampaignMember::leadId, CampaignMember.Builder::leadId)
      .defaulted("status", enumeration(CampaignMemberStatus.class), CampaignMember::status,
          CampaignMember.Builder::status)
      .optional("sentAt", INSTANT, CampaignMember::sentAt, CampaignMember.Builder::sentAt)
      .optional("respondedAt", INSTANT, CampaignMember::respondedAt, CampaignMember.Builder::respondedAt)
      .required("createdAt", INSTANT, CampaignMember::createdAt, CampaignMember.Builder::createdAt)
      .required("updatedAt", INSTANT, CampaignMember::updatedAt, CampaignMember.Builder::updatedAt)
      .defaulted("version", LONG, CampaignMember::version, CampaignMember.Builder::version)
      .defaulted("customFields", CUSTOM_FIELDS, CampaignMember::customFields, CampaignMember.Builder::customFields)
      .codec().withRoot("campaignMember");

  /** Hands every aggregate codec, and the codecs of the enums the aggregates use, to {@code codecs}. */
  static void registerAll(Registry codecs) {
    codecs.add(Account.class, ACCOUNT);
    codecs.add(Contact.class, CONTACT);
    codecs.add(Lead.class, LEAD);
    codecs.add(Opportunity.class, OPPORTUNITY);
    codecs.add(Product.class, PRODUCT);
    codecs.add(PriceBook.class, PRICE_BOOK);
    codecs.add(Quote.class, QUOTE);
    codecs.add(Order.class, ORDER);
    codecs.add(SupportCase.class, SUPPORT_CASE);
    codecs.add(Activity.class, ACTIVITY);
    codecs.add(Campaign.class, CAMPAIGN);
    codecs.add(CampaignMember.class, CAMPAIGN_MEMBER);
  }
}
