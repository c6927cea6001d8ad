package io.crmkit.examples.jdbc;

import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.port.OpportunityRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The JDBC {@link OpportunityRepository}: table {@code crm_opportunity}, looked up by account and
 * source lead, with a side table of the contacts that have a role in it.
 */
final class JdbcOpportunityRepository implements OpportunityRepository {
  private static final Key.Column<Opportunity> ACCOUNT =
      Key.column("account_id", opportunity -> opportunity.accountId().value());
  private static final Key.Column<Opportunity> SOURCE_LEAD =
      Key.optionalColumn("source_lead_id", opportunity -> opportunity.sourceLeadId().map(LeadId::value));
  private static final Key.SideTable<Opportunity> CONTACT = Key.sideTable("crm_opportunity_contact",
      "opportunity_id", "contact_id",
      opportunity -> Key.texts(opportunity.contactRoles(), role -> role.contactId().value()));

  private final JdbcStore<OpportunityId, Opportunity> store;

  JdbcOpportunityRepository(JdbcCrm crm) {
    this.store = crm.newStore("crm_opportunity", Opportunity.class, Opportunity::withVersion,
        List.of(ACCOUNT, SOURCE_LEAD, CONTACT));
  }

  @Override
  public Optional<Opportunity> findById(OpportunityId id) {
    return store.findById(id);
  }

  @Override
  public List<Opportunity> findByAccount(AccountId accountId) {
    return store.findBy(ACCOUNT, Objects.requireNonNull(accountId, "accountId").value());
  }

  @Override
  public List<Opportunity> findByContact(ContactId contactId) {
    return store.findBy(CONTACT, Objects.requireNonNull(contactId, "contactId").value());
  }

  @Override
  public Optional<Opportunity> findBySourceLead(LeadId leadId) {
    return store.findFirstBy(SOURCE_LEAD, Objects.requireNonNull(leadId, "leadId").value());
  }

  @Override
  public Opportunity save(Opportunity opportunity) {
    return store.save(opportunity);
  }

  @Override
  public List<Opportunity> saveAll(List<Opportunity> opportunities) {
    return store.saveAll(opportunities);
  }
}
