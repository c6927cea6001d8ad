package io.crmkit.core.port;

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
import java.util.function.Function;

/**
 * Makes ids for new records and events. Implemented by the host application (database sequences,
 * UUIDs, ULIDs); crm-core ships a sequential and a random one.
 *
 * <p>Implementations are thread-safe and never hand out the same id twice.
 */
public interface IdGenerator {
  /**
   * A new id as text: non-blank, at most 64 characters, without control characters, and never
   * returned before by this generator.
   */
  String nextId();

  /** A new id of any id type, made from {@link #nextId()}: {@code ids.next(ContactId::of)}. */
  default <I> I next(Function<String, I> idType) {
    return idType.apply(nextId());
  }

  /** A new id for a contact. */
  default ContactId nextContactId() {
    return ContactId.of(nextId());
  }

  /** A new id for an account. */
  default AccountId nextAccountId() {
    return AccountId.of(nextId());
  }

  /** A new id for a lead. */
  default LeadId nextLeadId() {
    return LeadId.of(nextId());
  }

  /** A new id for an opportunity. */
  default OpportunityId nextOpportunityId() {
    return OpportunityId.of(nextId());
  }

  /** A new id for a product. */
  default ProductId nextProductId() {
    return ProductId.of(nextId());
  }

  /** A new id for a price book. */
  default PriceBookId nextPriceBookId() {
    return PriceBookId.of(nextId());
  }

  /** A new id for a quote. */
  default QuoteId nextQuoteId() {
    return QuoteId.of(nextId());
  }

  /** A new id for an order. */
  default OrderId nextOrderId() {
    return OrderId.of(nextId());
  }

  /** A new id for a support case. */
  default CaseId nextCaseId() {
    return CaseId.of(nextId());
  }

  /** A new id for an activity. */
  default ActivityId nextActivityId() {
    return ActivityId.of(nextId());
  }

  /** A new id for a campaign. */
  default CampaignId nextCampaignId() {
    return CampaignId.of(nextId());
  }

  /** A new id for a campaign member. */
  default CampaignMemberId nextCampaignMemberId() {
    return CampaignMemberId.of(nextId());
  }

  /** A new id for an event. */
  default EventId nextEventId() {
    return EventId.of(nextId());
  }
}
