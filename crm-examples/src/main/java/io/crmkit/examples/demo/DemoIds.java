package io.crmkit.examples.demo;

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
import io.crmkit.core.memory.SequentialIdGenerator;
import io.crmkit.core.port.IdGenerator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sequential ids with a prefix per kind of record ({@code acc-1}, {@code con-1}, {@code opp-1},
 * {@code ev-1}, {@code prod-1}...), so that the demo's output is readable and the same on every run.
 */
public final class DemoIds implements IdGenerator {
  private final Map<String, SequentialIdGenerator> sequences = new ConcurrentHashMap<>();

  /** Makes the generator; every sequence starts at 1. */
  public DemoIds() {}

  private String next(String prefix) {
    return sequences.computeIfAbsent(prefix, SequentialIdGenerator::new).nextId();
  }

  /** An id of no particular kind: {@code id-1}, {@code id-2}... */
  @Override
  public String nextId() {
    return next("id-");
  }

  @Override
  public ContactId nextContactId() {
    return ContactId.of(next("con-"));
  }

  @Override
  public AccountId nextAccountId() {
    return AccountId.of(next("acc-"));
  }

  @Override
  public LeadId nextLeadId() {
    return LeadId.of(next("lead-"));
  }

  @Override
  public OpportunityId nextOpportunityId() {
    return OpportunityId.of(next("opp-"));
  }

  @Override
  public ProductId nextProductId() {
    return ProductId.of(next("prod-"));
  }

  @Override
  public PriceBookId nextPriceBookId() {
    return PriceBookId.of(next("pb-"));
  }

  @Override
  public QuoteId nextQuoteId() {
    return QuoteId.of(next("quote-"));
  }

  @Override
  public OrderId nextOrderId() {
    return OrderId.of(next("order-"));
  }

  @Override
  public CaseId nextCaseId() {
    return CaseId.of(next("case-"));
  }

  @Override
  public ActivityId nextActivityId() {
    return ActivityId.of(next("act-"));
  }

  @Override
  public CampaignId nextCampaignId() {
    return CampaignId.of(next("cmp-"));
  }

  @Override
  public CampaignMemberId nextCampaignMemberId() {
    return CampaignMemberId.of(next("cm-"));
  }

  @Override
  public EventId nextEventId() {
    return EventId.of(next("ev-"));
  }
}
