package io.crmkit.identity.merge;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.memory.SequentialIdGenerator;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.order.Order;
import io.crmkit.core.port.ActivityRepository;
import io.crmkit.core.support.SupportCase;
import io.crmkit.identity.merge.memory.InMemoryMergeHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A merge service on an in-memory CRM with a clock the test moves and sequential ids, plus what a
 * test needs around it: storing given records, reading them back, an activity save that fails on
 * request, and a snapshot of every record.
 */
final class MergeWorld {
  /** When the world's first merge happens: Tuesday 6 January 2026, 10:00 UTC (a day after the fixtures). */
  static final Instant NOW = Instant.parse("2026-01-06T10:00:00Z");

  /** The data steward who merges. */
  static final UserId STEWARD = UserId.of("user-sue");

  final InMemoryCrm crm = InMemoryCrm.create();
  final InMemoryMergeHistory history = new InMemoryMergeHistory(crm);
  final MovableClock clock = new MovableClock(NOW);
  /** Fails the n-th activity save made through the service (1 = the first), or none when 0. */
  final AtomicInteger failAtActivitySave = new AtomicInteger();
  private final AtomicInteger activitySaves = new AtomicInteger();
  final ContactMerge merge;

  MergeWorld() {
    this(ContactSurvivorship.defaultRules());
  }

  MergeWorld(SurvivorshipRules rules) {
    merge = new ContactMerge(crm.contacts(), new FailingActivities(crm.activities()), crm.supportCases(),
        crm.opportunities(), crm.orders(), crm.campaignMembers(), history, crm.unitOfWork(), crm.publisher(),
        new SequentialIdGenerator("id-"), clock, new ContactSurvivorship(rules));
  }

  // ------------------------------------------------------------------------------- given

  Contact given(Contact contact) {
    return crm.contacts().save(contact.withVersion(0));
  }

  Activity given(Activity activity) {
    return crm.activities().save(activity.withVersion(0));
  }

  SupportCase given(SupportCase supportCase) {
    return crm.supportCases().save(supportCase.withVersion(0));
  }

  Opportunity given(Opportunity opportunity) {
    return crm.opportunities().save(opportunity.withVersion(0));
  }

  Order given(Order order) {
    return crm.orders().save(order.withVersion(0));
  }

  CampaignMember given(CampaignMember member) {
    return crm.campaignMembers().save(member.withVersion(0));
  }

  // -------------------------------------------------------------------------------- when

  /** Merges and expects a merge (not a refusal); returns its record. */
  MergeRecord merged(MergeRequest request) {
    MergeResult result = merge.merge(request);
    if (!(result instanceof MergeResult.Merged merged)) {
      throw new AssertionError("expected a merge, got " + result);
    }
    return merged.merge();
  }

  /** Unmerges and expects it done (not refused); returns the result. */
  UnmergeResult.Unmerged unmerged(MergeId id) {
    UnmergeResult result = merge.unmerge(id, STEWARD);
    if (!(result instanceof UnmergeResult.Unmerged unmerged)) {
      throw new AssertionError("expected an unmerge, got " + result);
    }
    return unmerged;
  }

  static MergeRequest mergeOf(ContactId survivor, ContactId... others) {
    List<ContactId> cluster = new ArrayList<>(List.of(survivor));
    cluster.addAll(List.of(others));
    return MergeRequest.of(survivor, cluster, STEWARD);
  }

  // -------------------------------------------------------------------------------- then

  Contact contact(ContactId id) {
    return crm.contacts().findById(id).orElseThrow();
  }

  Activity activity(ActivityId id) {
    return crm.activities().findById(id).orElseThrow();
  }

  SupportCase supportCase(CaseId id) {
    return crm.supportCases().findById(id).orElseThrow();
  }

  Opportunity opportunity(OpportunityId id) {
    return crm.opportunities().findById(id).orElseThrow();
  }

  List<CrmEvent> events() {
    return crm.publisher().published();
  }

  /** Every record a merge of these contacts could touch, with the merge history and the events. */
  Snapshot snapshot(List<ContactId> contactIds) {
    List<Object> records = new ArrayList<>();
    for (ContactId id : contactIds) {
      records.add(crm.contacts().findById(id));
      records.add(crm.activities().findByContact(id));
      records.add(crm.supportCases().findByContact(id));
      records.add(crm.opportunities().findByContact(id));
      records.add(crm.orders().findByContact(id));
      records.add(crm.campaignMembers().findByContact(id));
      records.add(history.findByContact(id));
    }
    return new Snapshot(records, events());
  }

  /** What the world held at one moment. */
  record Snapshot(List<Object> records, List<CrmEvent> events) {}

  // ------------------------------------------------------------------------ test doubles

  /** A clock that stands still until the test moves it. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final class FailingActivities implements ActivityRepository {
    private final ActivityRepository delegate;

    FailingActivities(ActivityRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<Activity> findById(ActivityId id) {
      return delegate.findById(id);
    }

    @Override
    public List<Activity> findByContact(ContactId contactId) {
      return delegate.findByContact(contactId);
    }

    @Override
    public List<Activity> findByAccount(AccountId accountId) {
      return delegate.findByAccount(accountId);
    }

    @Override
    public List<Activity> findByLead(LeadId leadId) {
      return delegate.findByLead(leadId);
    }

    @Override
    public List<Activity> findByOpportunity(OpportunityId opportunityId) {
      return delegate.findByOpportunity(opportunityId);
    }

    @Override
    public List<Activity> findByCase(CaseId caseId) {
      return delegate.findByCase(caseId);
    }

    @Override
    public Activity save(Activity activity) {
      if (activitySaves.incrementAndGet() == failAtActivitySave.get()) {
        throw new ConcurrentUpdateException("Activity", activity.id().value(), activity.version(), activity.version() + 1);
      }
      return delegate.save(activity);
    }
  }
}
