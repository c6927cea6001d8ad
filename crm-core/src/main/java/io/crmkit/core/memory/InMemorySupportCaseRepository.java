package io.crmkit.core.memory;

import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.port.SupportCaseRepository;
import io.crmkit.core.support.SupportCase;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link SupportCaseRepository}: cases indexed by number, account and contact. */
final class InMemorySupportCaseRepository implements SupportCaseRepository {
  private static final NaturalKey<SupportCase, String> NUMBER = NaturalKey.of("number", SupportCase::caseNumber);
  private static final NaturalKey<SupportCase, AccountId> ACCOUNT =
      NaturalKey.optional("account", SupportCase::accountId);
  private static final NaturalKey<SupportCase, ContactId> CONTACT =
      NaturalKey.optional("contact", SupportCase::contactId);

  private final InMemoryStore<CaseId, SupportCase> store;

  InMemorySupportCaseRepository(InMemoryCrm crm) {
    this.store = crm.newStore(SupportCase::withVersion, List.of(NUMBER, ACCOUNT, CONTACT));
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
    return store.findBy(ACCOUNT, accountId);
  }

  @Override
  public List<SupportCase> findByContact(ContactId contactId) {
    return store.findBy(CONTACT, contactId);
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
