package io.crmkit.core.memory;

import io.crmkit.core.id.LeadId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.port.LeadRepository;
import io.crmkit.core.value.EmailAddress;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link LeadRepository}: leads indexed by e-mail address and status. */
final class InMemoryLeadRepository implements LeadRepository {
  private static final NaturalKey<Lead, EmailAddress> EMAIL = NaturalKey.optional("email", Lead::email);
  private static final NaturalKey<Lead, LeadStatus> STATUS = NaturalKey.of("status", Lead::status);

  private final InMemoryStore<LeadId, Lead> store;

  InMemoryLeadRepository(InMemoryCrm crm) {
    this.store = crm.newStore(Lead::withVersion, List.of(EMAIL, STATUS));
  }

  @Override
  public Optional<Lead> findById(LeadId id) {
    return store.findById(id);
  }

  @Override
  public List<Lead> findByEmail(EmailAddress email) {
    return store.findBy(EMAIL, email);
  }

  @Override
  public List<Lead> findByStatus(LeadStatus status) {
    return store.findBy(STATUS, status);
  }

  @Override
  public Lead save(Lead lead) {
    return store.save(lead);
  }

  @Override
  public List<Lead> saveAll(List<Lead> leads) {
    return store.saveAll(leads);
  }
}
