package io.crmkit.core.json;

import static io.crmkit.core.json.ObjectCodec.list;
import static io.crmkit.core.json.ObjectCodec.of;
import static io.crmkit.core.json.ObjectCodec.optional;
import static io.crmkit.core.json.ObjectCodec.required;
import static io.crmkit.core.json.Scalars.CURRENCY;
import static io.crmkit.core.json.Scalars.DATE;
import static io.crmkit.core.json.Scalars.DECIMAL;
import static io.crmkit.core.json.Scalars.FLAG;
import static io.crmkit.core.json.Scalars.INSTANT;
import static io.crmkit.core.json.Scalars.INT;
import static io.crmkit.core.json.Scalars.TEXT;
import static io.crmkit.core.json.Scalars.enumeration;

import io.crmkit.core.consent.ConsentChannel;
import io.crmkit.core.consent.ConsentDecision;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentPurpose;
import io.crmkit.core.consent.ConsentReason;
import io.crmkit.core.consent.ConsentRecord;
import io.crmkit.core.consent.ConsentScope;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldSchema;
import io.crmkit.core.customfield.CustomFieldType;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
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
import io.crmkit.core.lead.LeadConversionOutcome;
import io.crmkit.core.lead.LeadQualification;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageOutcome;
import io.crmkit.core.product.Discount;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.product.PriceBookEntry;
import io.crmkit.core.product.TaxRate;
import io.crmkit.core.product.Totals;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.ExchangeRate;
import io.crmkit.core.value.Money;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.PostalAddress;
import io.crmkit.core.value.Touch;
import io.crmkit.core.value.UtmParameters;

/**
 * The JSON of crm-core's values: ids, contact details, money, attribution, custom fields, consent,
 * stages and the parts of priced documents. The shapes are described in the package documentation.
 */
final class ValueCodecs {
  private ValueCodecs() {}

  // ---- ids: plain strings

  static final Codec<AccountId> ACCOUNT_ID = TEXT.map(AccountId::of, AccountId::value);
  static final Codec<ActivityId> ACTIVITY_ID = TEXT.map(ActivityId::of, ActivityId::value);
  static final Codec<CampaignId> CAMPAIGN_ID = TEXT.map(CampaignId::of, CampaignId::value);
  static final Codec<CampaignMemberId> CAMPAIGN_MEMBER_ID = TEXT.map(CampaignMemberId::of, CampaignMemberId::value);
  static final Codec<CaseId> CASE_ID = TEXT.map(CaseId::of, CaseId::value);
  static final Codec<ContactId> CONTACT_ID = TEXT.map(ContactId::of, ContactId::value);
  static final Codec<EventId> EVENT_ID = TEXT.map(EventId::of, EventId::value);
  static final Codec<LeadId> LEAD_ID = TEXT.map(LeadId::of, LeadId::value);
  static final Codec<OpportunityId> OPPORTUNITY_ID = TEXT.map(OpportunityId::of, OpportunityId::value);
  static final Codec<OrderId> ORDER_ID = TEXT.map(OrderId::of, OrderId::value);
  static final Codec<PriceBookId> PRICE_BOOK_ID = TEXT.map(PriceBookId::of, PriceBookId::value);
  static final Codec<ProductId> PRODUCT_ID = TEXT.map(ProductId::of, ProductId::value);
  static final Codec<QuoteId> QUOTE_ID = TEXT.map(QuoteId::of, QuoteId::value);
  static final Codec<UserId> USER_ID = TEXT.map(UserId::of, UserId::value);

  // ---- single-value types: plain strings

  static final Codec<EmailAddress> EMAIL = TEXT.map(EmailAddress::of, EmailAddress::value);
  static final Codec<PhoneNumber> PHONE = TEXT.map(PhoneNumber::of, PhoneNumber::value);
  static final Codec<LifecycleStage> LIFECYCLE_STAGE = TEXT.map(LifecycleStage::of, LifecycleStage::name);
  static final Codec<ContactRole> CONTACT_ROLE = TEXT.map(ContactRole::of, ContactRole::name);
  static final Codec<ConsentPurpose> CONSENT_PURPOSE = TEXT.map(ConsentPurpose::of, ConsentPurpose::name);
  /** A tax rate as its percentage in a string: {@code "19"}, {@code "7.5"}. */
  static final Codec<TaxRate> TAX_RATE = DECIMAL.map(TaxRate::of, TaxRate::percent);

  // ---- enums used by the values

  static final Codec<ConsentChannel> CONSENT_CHANNEL = enumeration(ConsentChannel.class);
  static final Codec<ConsentStatus> CONSENT_STATUS = enumeration(ConsentStatus.class);
  static final Codec<ConsentReason> CONSENT_REASON = enumeration(ConsentReason.class);
  static final Codec<CustomFieldType> CUSTOM_FIELD_TYPE = enumeration(CustomFieldType.class);
  static final Codec<StageOutcome> STAGE_OUTCOME = enumeration(StageOutcome.class);
  static final Codec<ForecastCategory> FORECAST_CATEGORY = enumeration(ForecastCategory.class);

  // ---- money

  /** {@code {"amount":"12.50","currency":"EUR"}}: the amount as a string, never a float. */
  static final Codec<Money> MONEY = of(
      required("amount", DECIMAL, Money::amount),
      required("currency", CURRENCY, Money::currency),
      Money::new);

  static final Codec<ExchangeRate> EXCHANGE_RATE = of(
      required("from", CURRENCY, ExchangeRate::from),
      required("to", CURRENCY, ExchangeRate::to),
      required("rate", DECIMAL, ExchangeRate::rate),
      required("effectiveOn", DATE, ExchangeRate::effectiveOn),
      ExchangeRate::new);

  // ---- addresses and attribution

  static final Codec<PostalAddress> POSTAL_ADDRESS = ObjectCodec.built(PostalAddress::builder,
          PostalAddress.Builder::build)
      .list("lines", TEXT, PostalAddress::lines, PostalAddress.Builder::lines)
      .optional("locality", TEXT, PostalAddress::locality, PostalAddress.Builder::locality)
      .optional("region", TEXT, PostalAddress::region, PostalAddress.Builder::region)
      .optional("postalCode", TEXT, PostalAddress::postalCode, PostalAddress.Builder::postalCode)
      .required("country", TEXT, PostalAddress::country, PostalAddress.Builder::country)
      .codec();

  static final Codec<UtmParameters> UTM_PARAMETERS = of(
      optional("source", TEXT, UtmParameters::source),
      optional("medium", TEXT, UtmParameters::medium),
      optional("campaign", TEXT, UtmParameters::campaign),
      optional("term", TEXT, UtmParameters::term),
      optional("content", TEXT, UtmParameters::content),
      UtmParameters::new);

  static final Codec<Touch> TOUCH = of(
      required("channel", TEXT, Touch::channel),
      required("source", TEXT, Touch::source),
      required("utm", UTM_PARAMETERS, Touch::utm),
      required("capturedAt", INSTANT, Touch::capturedAt),
      Touch::new);

  /** {@code {}} for no touch, else both touches. */
  static final Codec<Attribution> ATTRIBUTION = of(
      optional("firstTouch", TOUCH, Attribution::firstTouch),
      optional("lastTouch", TOUCH, Attribution::lastTouch),
      Attribution::new);

  // ---- custom fields

  /** A value with its type: {@code {"type":"PICKLIST","value":"Gold"}}; numbers as strings. */
  static final TaggedCodec<CustomFieldValue> CUSTOM_FIELD_VALUE =
      TaggedCodec.<CustomFieldValue>builder(null, "custom field type")
          .variant(CustomFieldType.TEXT.name(), CustomFieldValue.Text.class,
              of(required("value", TEXT, CustomFieldValue.Text::value), CustomFieldValue.Text::new))
          .variant(CustomFieldType.NUMBER.name(), CustomFieldValue.Number.class,
              of(required("value", DECIMAL, CustomFieldValue.Number::value), CustomFieldValue.Number::new))
          .variant(CustomFieldType.DATE.name(), CustomFieldValue.Date.class,
              of(required("value", DATE, CustomFieldValue.Date::value), CustomFieldValue.Date::new))
          .variant(CustomFieldType.BOOLEAN.name(), CustomFieldValue.Flag.class,
              of(required("value", FLAG, CustomFieldValue.Flag::value), CustomFieldValue.Flag::new))
          .variant(CustomFieldType.PICKLIST.name(), CustomFieldValue.Choice.class,
              of(required("value", TEXT, CustomFieldValue.Choice::value), CustomFieldValue.Choice::new))
          .build();

  /** An object of field name to typed value, sorted by name. */
  static final Codec<CustomFields> CUSTOM_FIELDS =
      Containers.map(CUSTOM_FIELD_VALUE).map(CustomFields::of, CustomFields::asMap);

  static final Codec<CustomFieldDefinition> CUSTOM_FIELD_DEFINITION = ObjectCodec.built(
          CustomFieldDefinition::builder, CustomFieldDefinition.Builder::build)
      .required("name", TEXT, CustomFieldDefinition::name, CustomFieldDefinition.Builder::name)
      .required("label", TEXT, CustomFieldDefinition::label, CustomFieldDefinition.Builder::label)
      .required("type", CUSTOM_FIELD_TYPE, CustomFieldDefinition::type, CustomFieldDefinition.Builder::type)
      .defaulted("required", FLAG, CustomFieldDefinition::required, CustomFieldDefinition.Builder::required)
      .list("options", TEXT, CustomFieldDefinition::options, CustomFieldDefinition.Builder::options)
      .defaulted("maxLength", INT, CustomFieldDefinition::maxLength, CustomFieldDefinition.Builder::maxLength)
      .optional("min", DECIMAL, CustomFieldDefinition::min, CustomFieldDefinition.Builder::min)
      .optional("max", DECIMAL, CustomFieldDefinition::max, CustomFieldDefinition.Builder::max)
      .codec();

  static final Codec<CustomFieldSchema> CUSTOM_FIELD_SCHEMA = of(
      required("recordType", TEXT, CustomFieldSchema::recordType),
      list("definitions", CUSTOM_FIELD_DEFINITION, CustomFieldSchema::definitions),
      CustomFieldSchema::of);

  // ---- consent

  static final Codec<ConsentScope> CONSENT_SCOPE = of(
      required("channel", CONSENT_CHANNEL, ConsentScope::channel),
      required("purpose", CONSENT_PURPOSE, ConsentScope::purpose),
      ConsentScope::new);

  static final Codec<ConsentRecord> CONSENT_RECORD = ObjectCodec.built(ConsentRecord::builder,
          ConsentRecord.Builder::build)
      .required("channel", CONSENT_CHANNEL, ConsentRecord::channel, ConsentRecord.Builder::channel)
      .required("purpose", CONSENT_PURPOSE, ConsentRecord::purpose, ConsentRecord.Builder::purpose)
      .required("status", CONSENT_STATUS, ConsentRecord::status, ConsentRecord.Builder::status)
      .required("capturedAt", INSTANT, ConsentRecord::capturedAt, ConsentRecord.Builder::capturedAt)
      .required("source", TEXT, ConsentRecord::source, ConsentRecord.Builder::source)
      .required("evidence", TEXT, ConsentRecord::evidence, ConsentRecord.Builder::evidence)
      .defaulted("effectiveFrom", INSTANT, ConsentRecord::effectiveFrom, ConsentRecord.Builder::effectiveFrom)
      .optional("effectiveTo", INSTANT, ConsentRecord::effectiveTo, ConsentRecord.Builder::effectiveTo)
      .defaulted("doubleOptInRequired", FLAG, ConsentRecord::doubleOptInRequired,
          ConsentRecord.Builder::doubleOptInRequired)
      .optional("doubleOptInConfirmedAt", INSTANT, ConsentRecord::doubleOptInConfirmedAt,
          ConsentRecord.Builder::doubleOptInConfirmedAt)
      .codec();

  /** The ledger as the array of its records, oldest appended first. */
  static final Codec<ConsentLedger> CONSENT_LEDGER =
      Containers.list(CONSENT_RECORD).map(ConsentLedger::of, ConsentLedger::records);

  static final Codec<ConsentDecision> CONSENT_DECISION = of(
      required("scope", CONSENT_SCOPE, ConsentDecision::scope),
      required("at", INSTANT, ConsentDecision::at),
      required("reason", CONSENT_REASON, ConsentDecision::reason),
      optional("answeredBy", CONSENT_RECORD, ConsentDecision::answeredBy),
      ConsentDecision::new);

  // ---- contacts, leads and deals

  static final Codec<AccountLink> ACCOUNT_LINK = of(
      required("accountId", ACCOUNT_ID, AccountLink::accountId),
      required("role", CONTACT_ROLE, AccountLink::role),
      required("primary", FLAG, AccountLink::primary),
      AccountLink::new);

  static final Codec<LeadConversionOutcome> LEAD_CONVERSION_OUTCOME = of(
      required("accountId", ACCOUNT_ID, LeadConversionOutcome::accountId),
      required("contactId", CONTACT_ID, LeadConversionOutcome::contactId),
      optional("opportunityId", OPPORTUNITY_ID, LeadConversionOutcome::opportunityId),
      required("convertedAt", INSTANT, LeadConversionOutcome::convertedAt),
      LeadConversionOutcome::new);

  static final Codec<FitGrade> FIT_GRADE = enumeration(FitGrade.class);
  static final Codec<LeadStatus> LEAD_STATUS = enumeration(LeadStatus.class);

  /** A scoring model's judgement of a lead; where it routes the lead, left out when nowhere. */
  static final Codec<LeadQualification> LEAD_QUALIFICATION = of(
      required("score", INT, LeadQualification::score),
      required("fitGrade", FIT_GRADE, LeadQualification::fitGrade),
      required("engagementLevel", INT, LeadQualification::engagementLevel),
      required("grade", TEXT, LeadQualification::grade),
      optional("lifecycleStage", LIFECYCLE_STAGE, LeadQualification::lifecycleStage),
      optional("leadStatus", LEAD_STATUS, LeadQualification::leadStatus),
      LeadQualification::new);

  /** A stage with its outcome, default probability and forecast category: stages are configurable. */
  static final Codec<Stage> STAGE = of(
      required("name", TEXT, Stage::name),
      required("outcome", STAGE_OUTCOME, Stage::outcome),
      required("probability", INT, Stage::probability),
      required("forecastCategory", FORECAST_CATEGORY, Stage::forecastCategory),
      Stage::new);

  static final Codec<OpportunityContactRole> OPPORTUNITY_CONTACT_ROLE = of(
      required("contactId", CONTACT_ID, OpportunityContactRole::contactId),
      required("role", TEXT, OpportunityContactRole::role),
      required("primary", FLAG, OpportunityContactRole::primary),
      OpportunityContactRole::new);

  // ---- priced documents

  /**
   * {@code {"type":"none"}}, {@code {"type":"percent","percent":"12.5"}} or
   * {@code {"type":"amount","amount":{"amount":"20.00","currency":"EUR"}}}.
   */
  static final TaggedCodec<Discount> DISCOUNT = TaggedCodec.<Discount>builder(null, "discount type")
      .variant("none", Discount.NoDiscount.class, ObjectCodec.empty(() -> Discount.NoDiscount.INSTANCE))
      .variant("percent", Discount.Percentage.class,
          of(required("percent", DECIMAL, Discount.Percentage::percent), Discount.Percentage::new))
      .variant("amount", Discount.FixedAmount.class,
          of(required("amount", MONEY, Discount.FixedAmount::amount), Discount.FixedAmount::new))
      .build();

  static final Codec<LineItem> LINE_ITEM = ObjectCodec.built(LineItem::builder, LineItem.Builder::build)
      .required("productId", PRODUCT_ID, LineItem::productId, LineItem.Builder::productId)
      .optional("description", TEXT, LineItem::description, LineItem.Builder::description)
      .required("quantity", DECIMAL, LineItem::quantity, LineItem.Builder::quantity)
      .required("unitPrice", MONEY, LineItem::unitPrice, LineItem.Builder::unitPrice)
      .defaulted("discount", DISCOUNT, LineItem::discount, LineItem.Builder::discount)
      .codec();

  static final Codec<PriceBookEntry> PRICE_BOOK_ENTRY = of(
      required("productId", PRODUCT_ID, PriceBookEntry::productId),
      required("unitPrice", MONEY, PriceBookEntry::unitPrice),
      required("active", FLAG, PriceBookEntry::active),
      PriceBookEntry::new);

  static final Codec<Totals> TOTALS = of(
      required("subtotal", MONEY, Totals::subtotal),
      required("discountTotal", MONEY, Totals::discountTotal),
      required("netTotal", MONEY, Totals::netTotal),
      required("taxAmount", MONEY, Totals::taxAmount),
      required("grandTotal", MONEY, Totals::grandTotal),
      Totals::new);

  /** Hands every value codec to {@code codecs}, by the type it reads. */
  static void registerAll(Registry codecs) {
    codecs.add(AccountId.class, ACCOUNT_ID);
    codecs.add(ActivityId.class, ACTIVITY_ID);
    codecs.add(CampaignId.class, CAMPAIGN_ID);
    codecs.add(CampaignMemberId.class, CAMPAIGN_MEMBER_ID);
    codecs.add(CaseId.class, CASE_ID);
    codecs.add(ContactId.class, CONTACT_ID);
    codecs.add(EventId.class, EVENT_ID);
    codecs.add(LeadId.class, LEAD_ID);
    codecs.add(OpportunityId.class, OPPORTUNITY_ID);
    codecs.add(OrderId.class, ORDER_ID);
    codecs.add(PriceBookId.class, PRICE_BOOK_ID);
    codecs.add(ProductId.class, PRODUCT_ID);
    codecs.add(QuoteId.class, QUOTE_ID);
    codecs.add(UserId.class, USER_ID);
    codecs.add(EmailAddress.class, EMAIL);
    codecs.add(PhoneNumber.class, PHONE);
    codecs.add(LifecycleStage.class, LIFECYCLE_STAGE);
    codecs.add(ContactRole.class, CONTACT_ROLE);
    codecs.add(ConsentPurpose.class, CONSENT_PURPOSE);
    codecs.add(TaxRate.class, TAX_RATE);
    codecs.add(Money.class, MONEY);
    codecs.add(ExchangeRate.class, EXCHANGE_RATE);
    codecs.add(PostalAddress.class, POSTAL_ADDRESS);
    codecs.add(UtmParameters.class, UTM_PARAMETERS);
    codecs.add(Touch.class, TOUCH);
    codecs.add(Attribution.class, ATTRIBUTION);
    codecs.add(CustomFieldValue.class, CUSTOM_FIELD_VALUE);
    codecs.add(CustomFieldValue.Text.class, CUSTOM_FIELD_VALUE.only(CustomFieldValue.Text.class));
    codecs.add(CustomFieldValue.Number.class, CUSTOM_FIELD_VALUE.only(CustomFieldValue.Number.class));
    codecs.add(CustomFieldValue.Date.class, CUSTOM_FIELD_VALUE.only(CustomFieldValue.Date.class));
    codecs.add(CustomFieldValue.Flag.class, CUSTOM_FIELD_VALUE.only(CustomFieldValue.Flag.class));
    codecs.add(CustomFieldValue.Choice.class, CUSTOM_FIELD_VALUE.only(CustomFieldValue.Choice.class));
    codecs.add(CustomFields.class, CUSTOM_FIELDS);
    codecs.add(CustomFieldDefinition.class, CUSTOM_FIELD_DEFINITION);
    codecs.add(CustomFieldSchema.class, CUSTOM_FIELD_SCHEMA);
    codecs.add(ConsentScope.class, CONSENT_SCOPE);
    codecs.add(ConsentRecord.class, CONSENT_RECORD);
    codecs.add(ConsentLedger.class, CONSENT_LEDGER);
    codecs.add(ConsentDecision.class, CONSENT_DECISION);
    codecs.add(AccountLink.class, ACCOUNT_LINK);
    codecs.add(LeadConversionOutcome.class, LEAD_CONVERSION_OUTCOME);
    codecs.add(LeadQualification.class, LEAD_QUALIFICATION);
    codecs.add(Stage.class, STAGE);
    codecs.add(OpportunityContactRole.class, OPPORTUNITY_CONTACT_ROLE);
    codecs.add(Discount.class, DISCOUNT);
    codecs.add(Discount.NoDiscount.class, DISCOUNT.only(Discount.NoDiscount.class));
    codecs.add(Discount.Percentage.class, DISCOUNT.only(Discount.Percentage.class));
    codecs.add(Discount.FixedAmount.class, DISCOUNT.only(Discount.FixedAmount.class));
    codecs.add(LineItem.class, LINE_ITEM);
    codecs.add(PriceBookEntry.class, PRICE_BOOK_ENTRY);
    codecs.add(Totals.class, TOTALS);
  }
}
