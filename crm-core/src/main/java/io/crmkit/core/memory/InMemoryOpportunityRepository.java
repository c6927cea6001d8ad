package io.crmkit.core.memory;

import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.port.OpportunityRepository;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link OpportunityRepository}: opportunities indexed by account, contact and source lead. */
final class InMemoryOpportunityRepository implements OpportunityRepository {
  private static final NaturalKey<Opportunity, AccountId> ACCOUNT = NaturalKey.of("account", Opportunity::accountId);
  private static final NaturalKey<Opportunity, ContactId> CONTACT = NaturalKey.many("contact",
      opportunity -> opportunity.contactRoles().stream().map(OpportunityContactRole::contactId).toList());
  private static final NaturalKey<Opportunity, LeadId> SOURCE_LEAD =
      NaturalKey.optional("sourceLead", Opportunity::sourceLeadId);

  private final InMemoryStore<OpportunityId, Opportunity> store;

  InMemoryOpportunityRepository(InMemoryCrm crm) {
    this.store = crm.newStore(Opportunity::withVersion, List.of(ACCOUNT, CONTACT, SOURCE_LEAD));
  }

  @Override
  public Optional<Opportunity> findById(OpportunityId id) {
    return store.findById(id);
  }

  @Override
  public List<Opportunity> findByAccount(AccountId accountId) {
    return store.findBy(ACCOUNT, accountId);
  }

  @Override
  public List<Opportunity> findByContact(ContactId contactId) {
    return store.findBy(CONTACT, contactId);
  }

  @Override
  public Optional<Opportunity> findBySourceLead(LeadId leadId) {
    return store.findFirstBy(SOURCE_LEAD, leadId);
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
