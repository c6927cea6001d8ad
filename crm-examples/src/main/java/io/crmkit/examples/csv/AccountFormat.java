package io.crmkit.examples.csv;

import io.crmkit.core.account.Account;
import io.crmkit.core.account.AccountKind;
import io.crmkit.core.event.AccountChanged;
import io.crmkit.core.event.AccountCreated;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.port.AccountRepository;
import io.crmkit.core.port.IdGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Accounts in rows. A row duplicates an account with its id, else one with its domain, else one
 * with its name (ignoring case and runs of white space) when the row or that account has no domain:
 * two accounts named alike with different domains are different companies.
 */
final class AccountFormat extends RecordFormat<Account> {
  static final String KIND = "kind";
  static final String NAME = "name";
  static final String DOMAIN = "domain";
  static final String INDUSTRY = "industry";
  static final String SIZE = "size";
  static final String PARENT_ID = "parent_id";

  private static final List<String> COLUMNS =
      List.of(ID, KIND, NAME, DOMAIN, INDUSTRY, SIZE, PARENT_ID, OWNER_ID, CREATED_AT, UPDATED_AT);
  private static final String WITHOUT_DOMAIN = " (without domain)";

  @Override
  String recordType() {
    return "Account";
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  Set<String> identifyingColumns() {
    return Set.of(ID, DOMAIN, NAME);
  }

  @Override
  List<Set<String>> requiredColumns() {
    return List.of(Set.of(NAME));
  }

  @Override
  Map<String, String> write(Account account) {
    Map<String, String> cells = new HashMap<>();
    writeCommon(cells, account);
    cells.put(KIND, account.kind().name());
    cells.put(NAME, account.name());
    cells.put(DOMAIN, text(account.domain()));
    cells.put(INDUSTRY, text(account.industry()));
    cells.put(SIZE, account.size().isPresent() ? Integer.toString(account.size().getAsInt()) : "");
    cells.put(PARENT_ID, text(account.parentId(), AccountId::value));
    cells.put(OWNER_ID, text(account.ownerId(), UserId::value));
    return cells;
  }

  /** Reads an account; the kind is {@code ORGANISATION} unless the row says otherwise. */
  @Override
  Account read(Cells cells, ImportContext context) {
    Instant createdAt = createdAt(cells, context);
    OptionalInt size = cells.integer(SIZE);
    return Account.builder()
        .id(cells.value(ID, AccountId::of).orElseGet(context.ids()::nextAccountId))
        .kind(cells.constant(KIND, AccountKind.class).orElse(AccountKind.ORGANISATION))
        .name(cells.required(NAME))
        .domain(cells.text(DOMAIN))
        .industry(cells.text(INDUSTRY))
        .size(size)
        .parentId(cells.value(PARENT_ID, AccountId::of))
        .ownerId(cells.value(OWNER_ID, UserId::of))
        .createdAt(createdAt)
        .updatedAt(updatedAt(cells, context, createdAt))
        .customFields(customFields(cells, context))
        .build();
  }

  @Override
  Identity<Account> identify(Cells cells) {
    Optional<AccountId> id = cells.value(ID, AccountId::of);
    Optional<String> domain = cells.value(DOMAIN, Account::normaliseDomain);
    Optional<String> name = cells.value(NAME, AccountRepository::nameKey);
    List<String> lookup = new ArrayList<>();
    List<String> index = new ArrayList<>();
    id.ifPresent(i -> {
      lookup.add("id " + i.value());
      index.add("id " + i.value());
    });
    domain.ifPresent(d -> {
      lookup.add("domain " + d);
      index.add("domain " + d);
    });
    name.ifPresent(n -> {
      lookup.add(domain.isPresent() ? "name " + n + WITHOUT_DOMAIN : "name " + n);
      index.add("name " + n);
      if (domain.isEmpty()) {
        index.add("name " + n + WITHOUT_DOMAIN);
      }
    });
    return new Identity<>(lookup, index, ports -> {
      if (id.isPresent()) {
        Optional<Account> found = ports.accounts().findById(id.get());
        if (found.isPresent()) {
          return Optional.of(new Match<>(found.get(), "id " + id.get().value()));
        }
      }
      if (domain.isPresent()) {
        Optional<Account> found = ports.accounts().findByDomain(domain.get());
        if (found.isPresent()) {
          return Optional.of(new Match<>(found.get(), "domain " + domain.get()));
        }
      }
      if (name.isPresent()) {
        return ports.accounts().findByName(name.get()).stream()
            .filter(a -> domain.isEmpty() || a.domain().isEmpty())
            .findFirst()
            .map(a -> new Match<>(a, "name " + a.name()));
      }
      return Optional.empty();
    });
  }

  @Override
  List<Account> saveAll(List<Account> accounts, ImportPorts ports) {
    return ports.accounts().saveAll(accounts);
  }

  @Override
  Account withVersion(Account account, long version) {
    return account.withVersion(version);
  }

  @Override
  CrmEvent created(Account saved, IdGenerator ids, Instant now) {
    return new AccountCreated(ids.nextEventId(), saved.id(), saved.version(), now);
  }

  @Override
  List<CrmEvent> changed(Account before, Account saved, Set<String> fields, IdGenerator ids, Instant now) {
    return List.of(new AccountChanged(ids.nextEventId(), saved.id(), fields, saved.version(), now));
  }
}
