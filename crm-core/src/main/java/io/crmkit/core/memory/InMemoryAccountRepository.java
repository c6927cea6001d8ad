package io.crmkit.core.memory;

import io.crmkit.core.account.Account;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.port.AccountRepository;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link AccountRepository}: accounts indexed by domain and by folded name. */
final class InMemoryAccountRepository implements AccountRepository {
  private static final NaturalKey<Account, String> DOMAIN = NaturalKey.optional("domain", Account::domain);
  private static final NaturalKey<Account, String> NAME =
      NaturalKey.of("name", account -> AccountRepository.nameKey(account.name()));

  private final InMemoryStore<AccountId, Account> store;

  InMemoryAccountRepository(InMemoryCrm crm) {
    this.store = crm.newStore(Account::withVersion, List.of(DOMAIN, NAME));
  }

  @Override
  public Optional<Account> findById(AccountId id) {
    return store.findById(id);
  }

  @Override
  public Optional<Account> findByDomain(String domain) {
    return store.findFirstBy(DOMAIN, Account.normaliseDomain(domain));
  }

  @Override
  public List<Account> findByName(String name) {
    return store.findBy(NAME, AccountRepository.nameKey(name));
  }

  @Override
  public Account save(Account account) {
    return store.save(account);
  }

  @Override
  public List<Account> saveAll(List<Account> accounts) {
    return store.saveAll(accounts);
  }
}
