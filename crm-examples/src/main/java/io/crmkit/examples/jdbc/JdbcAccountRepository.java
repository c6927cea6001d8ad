package io.crmkit.examples.jdbc;

import io.crmkit.core.account.Account;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.port.AccountRepository;
import java.util.List;
import java.util.Optional;

/** The JDBC {@link AccountRepository}: table {@code crm_account}, looked up by folded name and by domain. */
final class JdbcAccountRepository implements AccountRepository {
  private static final Key.Column<Account> NAME =
      Key.column("name_key", account -> AccountRepository.nameKey(account.name()));
  private static final Key.Column<Account> DOMAIN = Key.optionalColumn("web_domain", Account::domain);

  private final JdbcStore<AccountId, Account> store;

  JdbcAccountRepository(JdbcCrm crm) {
    this.store = crm.newStore("crm_account", Account.class, Account::withVersion, List.of(NAME, DOMAIN));
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
