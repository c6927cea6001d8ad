package io.crmkit.core.event;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/** The catalogue of event types: every {@link CrmEvent} class by its stable type name. */
public final class CrmEvents {
  private static final Map<String, Class<? extends CrmEvent>> TYPES =
      ImmutableMap.<String, Class<? extends CrmEvent>>builder()
      .put(ContactCreated.TYPE, ContactCreated.class)
      .put(ContactChanged.TYPE, ContactChanged.class)
      .put(AccountCreated.TYPE, AccountCreated.class)
      .put(AccountChanged.TYPE, AccountChanged.class)
      .put(LeadCreated.TYPE, LeadCreated.class)
      .put(LeadChanged.TYPE, LeadChanged.class)
      .put(OpportunityCreated.TYPE, OpportunityCreated.class)
      .put(OpportunityChanged.TYPE, OpportunityChanged.class)
      .put(ProductCreated.TYPE, ProductCreated.class)
      .put(ProductChanged.TYPE, ProductChanged.class)
      .put(PriceBookCreated.TYPE, PriceBookCreated.class)
      .put(PriceBookChanged.TYPE, PriceBookChanged.class)
      .put(QuoteCreated.TYPE, QuoteCreated.class)
      .put(QuoteChanged.TYPE, QuoteChanged.class)
      .put(OrderCreated.TYPE, OrderCreated.class)
      .put(OrderChanged.TYPE, OrderChanged.class)
      .put(SupportCaseCreated.TYPE, SupportCaseCreated.class)
      .put(SupportCaseChanged.TYPE, SupportCaseChanged.class)
      .put(ActivityCreated.TYPE, ActivityCreated.class)
      .put(ActivityChanged.TYPE, ActivityChanged.class)
      .put(CampaignCreated.TYPE, CampaignCreated.class)
      .put(CampaignChanged.TYPE, CampaignChanged.class)
      .put(CampaignMemberCreated.TYPE, CampaignMemberCreated.class)
      .put(CampaignMemberChanged.TYPE, CampaignMemberChanged.class)
      .put(LeadConverted.TYPE, LeadConverted.class)
      .put(OpportunityStageChanged.TYPE, OpportunityStageChanged.class)
      .put(ContactLifecycleStageChanged.TYPE, ContactLifecycleStageChanged.class)
      .put(ConsentChanged.TYPE, ConsentChanged.class)
      .put(CaseStatusChanged.TYPE, CaseStatusChanged.class)
      .put(ContactsMerged.TYPE, ContactsMerged.class)
      .put(AccountsMerged.TYPE, AccountsMerged.class)
      .buildOrThrow();

  private CrmEvents() {}

  /** Every event class by its type name, in a fixed order: created and changed per aggregate first. */
  public static Map<String, Class<? extends CrmEvent>> types() {
    return TYPES;
  }

  /** The event class with this type name, if there is one. */
  public static Optional<Class<? extends CrmEvent>> typeNamed(String type) {
    return Optional.ofNullable(TYPES.get(type));
  }
}
