package io.crmkit.core.memory;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.port.ActivityRepository;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link ActivityRepository}: activities indexed by every kind of record they relate to. */
final class InMemoryActivityRepository implements ActivityRepository {
  private static final NaturalKey<Activity, ContactId> CONTACT = NaturalKey.many("contact", Activity::contactIds);
  private static final NaturalKey<Activity, AccountId> ACCOUNT = NaturalKey.optional("account", Activity::accountId);
  private static final NaturalKey<Activity, LeadId> LEAD = NaturalKey.optional("lead", Activity::leadId);
  private static final NaturalKey<Activity, OpportunityId> OPPORTUNITY =
      NaturalKey.optional("opportunity", Activity::opportunityId);
  private static final NaturalKey<Activity, CaseId> CASE = NaturalKey.optional("case", Activity::caseId);

  private final InMemoryStore<ActivityId, Activity> store;

  InMemoryActivityRepository(InMemoryCrm crm) {
    this.store = crm.newStore(Activity::withVersion, List.of(CONTACT, ACCOUNT, LEAD, OPPORTUNITY, CASE));
  }

  @Override
  public Optional<Activity> findById(ActivityId id) {
    return store.findById(id);
  }

  @Override
  public List<Activity> findByContact(ContactId contactId) {
    return store.findBy(CONTACT, contactId);
  }

  @Override
  public List<Activity> findByAccount(AccountId accountId) {
    return store.findBy(ACCOUNT, accountId);
  }

  @Override
  public List<Activity> findByLead(LeadId leadId) {
    return store.findBy(LEAD, leadId);
  }

  @Override
  public List<Activity> findByOpportunity(OpportunityId opportunityId) {
    return store.findBy(OPPORTUNITY, opportunityId);
  }

  @Override
  public List<Activity> findByCase(CaseId caseId) {
    return store.findBy(CASE, caseId);
  }

  @Override
  public Activity save(Activity activity) {
    return store.save(activity);
  }

  @Override
  public List<Activity> saveAll(List<Activity> activities) {
    return store.saveAll(activities);
  }
}
