package io.crmkit.examples.jdbc;

import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.port.SupportCaseRepository;
import io.crmkit.core.support.SupportCase;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The JDBC {@link SupportCaseRepository}: table {@code crm_support_case}, looked up by number, account and contact. */
final class JdbcSupportCaseRepository implements SupportCaseRepository {
  private static final Key.Column<SupportCase> NUMBER = Key.column("case_number", SupportCase::caseNumber);
  private static final Key.Column<SupportCase> ACCOUNT =
      Key.optionalColumn("account_id", supportCase -> supportCase.accountId().map(AccountId::value));
  private static final Key.Column<SupportCase> CONTACT =
      Key.optionalColumn("contact_id", supportCase -> supportCase.contactId().map(ContactId::value));

  private final JdbcStore<CaseId, SupportCase> store;

  JdbcSupportCaseRepository(JdbcCrm crm) {
    this.store = crm.newStore("crm_support_case", SupportCase.class, SupportCase::withVersion,
        List.of(NUMBER, ACCOUNT, CONTACT));
  }

  @Override
  public Optional<SupportCase> findById(CaseId id) {
    return store.findById(id);
  }

  @Override
  public Optional<SupportCase> findByNumber(String caseNumber) {
    return store.findFirstBy(NUMBER, SupportCase.normaliseCaseNumber(caseNumber));
  }

  @Override
  public List<SupportCase> findByAccount(AccountId accountId) {
    return store.findBy(ACCOUNT, Objects.requireNonNull(accountId, "accountId").value());
  }

  @Override
  public List<SupportCase> findByContact(ContactId contactId) {
    return store.findBy(CONTACT, Objects.requireNonNull(contactId, "contactId").value());
  }

  @Override
  public SupportCase save(SupportCase supportCase) {
    return store.save(supportCase);
  }

  @Override
  public List<SupportCase> saveAll(List<SupportCase> supportCases) {
    return store.saveAll(supportCases);
  }
}
