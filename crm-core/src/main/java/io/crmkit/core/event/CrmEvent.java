package io.crmkit.core.event;

import io.crmkit.core.AggregateId;
import io.crmkit.core.id.EventId;
import java.time.Instant;

/**
 * Something that happened to one aggregate: a past-tense record carrying ids, never whole
 * aggregates, published through {@code CrmEventPublisher}.
 *
 * <p>Every event names the aggregate it happened to and the version that aggregate has after the
 * change, so a consumer can order events per aggregate and skip ones it has seen. Each event type
 * has a stable {@link #type() type name} (also its {@code TYPE} constant) that serialised forms use
 * instead of class names; {@link CrmEvents#types()} lists them all.
 */
public sealed interface CrmEvent
    permits ContactCreated, ContactChanged, AccountCreated, AccountChanged, LeadCreated, LeadChanged,
        OpportunityCreated, OpportunityChanged, ProductCreated, ProductChanged, PriceBookCreated,
        PriceBookChanged, QuoteCreated, QuoteChanged, OrderCreated, OrderChanged, SupportCaseCreated,
        SupportCaseChanged, ActivityCreated, ActivityChanged, CampaignCreated, CampaignChanged,
        CampaignMemberCreated, CampaignMemberChanged, LeadConverted, OpportunityStageChanged,
        ContactLifecycleStageChanged, ConsentChanged, CaseStatusChanged, ContactsMerged, AccountsMerged {

  /** The event's own id; a consumer uses it to drop duplicates. */
  EventId eventId();

  /** The id of the aggregate it happened to. */
  AggregateId aggregateId();

  /** The version the aggregate has after the change: 1 or more. */
  long aggregateVersion();

  /** When it happened, from the service's clock. */
  Instant occurredAt();

  /** The stable type name, such as {@code "contact.created"}: lower-case, dotted, never a class name. */
  String type();
}
