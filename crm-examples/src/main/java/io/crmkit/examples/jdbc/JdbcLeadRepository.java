package io.crmkit.examples.jdbc;

import io.crmkit.core.id.LeadId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.port.LeadRepository;
import io.crmkit.core.value.EmailAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The JDBC {@link LeadRepository}: table {@code crm_lead}, looked up by e-mail address and status. */
final class JdbcLeadRepository implements LeadRepository {
  private static final Key.Column<Lead> EMAIL =
      Key.optionalColumn("email", lead -> lead.email().map(EmailAddress::value));
  private static final Key.Column<Lead> STATUS = Key.column("status", lead -> lead.status().name());

  private final JdbcStore<LeadId, Lead> store;

  JdbcLeadRepository(JdbcCrm crm) {
    this.store = crm.newStore("crm_lead", Lead.class, Lead::withVersion, List.of(EMAIL, STATUS));
  }

  @Override
  public Optional<Lead> findById(LeadId id) {
    return store.findById(id);
  }

  @Override
  public List<Lead> findByEmail(EmailAddress email) {
    return store.findBy(EMAIL, Objects.requireNonNull(email, "email").value());
  }

  @Override
  public List<Lead> findByStatus(LeadStatus status) {
    return store.findBy(STATUS, Objects.requireNonNull(status, "status").name());
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
