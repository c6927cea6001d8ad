package io.crmkit.examples.jdbc;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.port.ActivityRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The JDBC {@link ActivityRepository}: table {@code crm_activity}, looked up by account, lead,
 * opportunity and case, with a side table of the contacts it relates to.
 */
final class JdbcActivityRepository implements ActivityRepository {
  private static final Key.SideTable<Activity> CONTACT = Key.sideTable("crm_activity_contact", "activity_id",
      "contact_id", activity -> Key.texts(activity.contactIds(), ContactId::value));
  private static final Key.Column<Activity> ACCOUNT =
      Key.optionalColumn("account_id", activity -> activity.accountId().map(AccountId::value));
  private static final Key.Column<Activity> LEAD =
      Key.optionalColumn("lead_id", activity -> activity.leadId().map(LeadId::value));
  private static final Key.Column<Activity> OPPORTUNITY =
      Key.optionalColumn("opportunity_id", activity -> activity.opportunityId().map(OpportunityId::value));
  private static final Key.Column<Activity> CASE =
      Key.optionalColumn("case_id", activity -> activity.caseId().map(CaseId::value));

  private final JdbcStore<ActivityId, Activity> store;

  JdbcActivityRepository(JdbcCrm crm) {
    this.store = crm.newStore("crm_activity", Activity.class, Activity::withVersion,
        List.of(CONTACT, ACCOUNT, LEAD, OPPORTUNITY, CASE));
  }

  @Override
  public Optional<Activity> findById(ActivityId id) {
    return store.findById(id);
  }

  @Override
  public List<Activity> findByContact(ContactId contactId) {
    return store.findBy(CONTACT, Objects.requireNonNull(contactId, "contactId").value());
  }

  @Override
  public List<Activity> findByAccount(AccountId accountId) {
    return store.findBy(ACCOUNT, Objects.requireNonNull(accountId, "accountId").value());
  }

  @Override
  public List<Activity> findByLead(LeadId leadId) {
    return store.findBy(LEAD, Objects.requireNonNull(leadId, "leadId").value());
  }

  @Override
  public List<Activity> findByOpportunity(OpportunityId opportunityId) {
    return store.findBy(OPPORTUNITY, Objects.requireNonNull(opportunityId, "opportunityId").value());
  }

  @Override
  public List<Activity> findByCase(CaseId caseId) {
    return store.findBy(CASE, Objects.requireNonNull(caseId, "caseId").value());
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
