package io.crmkit.core.memory;

import static io.crmkit.core.fixtures.TestAccounts.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.account.Account;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.port.AccountRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Saving a batch is saving its records one after another in a unit of work that any refusal rolls
 * back: the same copies returned, the same refusal, the same records and lookups afterwards. For
 * the in-memory repositories' {@code saveAll}, inside a transaction and outside one, and for the
 * ports' default, which a host's repository inherits.
 */
class SaveAllProperties {
  /** Which {@code saveAll} a property runs. */
  enum Subject { IN_MEMORY, IN_MEMORY_IN_A_TRANSACTION, PORT_DEFAULT }

  /**
   * One record of a batch: an account, the size it is changed to, and how its version is off from
   * the one the batch should give it (mostly 0; -1 stale, +1 ahead).
   */
  record Entry(int account, int size, int versionShift) {}

  @Provide
  Arbitrary<List<List<Entry>>> batches() {
    Arbitrary<Integer> shift = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(0)),
        Tuple.of(1, Arbitraries.just(-1)),
        Tuple.of(1, Arbitraries.just(1)));
    Arbitrary<Entry> entry = Combinators.combine(Arbitraries.integers().between(0, Steps.IDS.size() - 1),
        Arbitraries.integers().between(1, 500), shift).as(Entry::new);
    return entry.list().ofMaxSize(6).list().ofMaxSize(5);
  }

  @Property(tries = 300)
  void a_batch_is_saved_as_its_records_one_by_one_in_a_unit_of_work_or_not_at_all(
      @ForAll("batches") List<List<Entry>> batches, @ForAll Subject subject) {
    InMemoryCrm batched = Steps.seededCrm();
    InMemoryCrm oneByOne = Steps.seededCrm();
    AccountRepository accounts = subject == Subject.PORT_DEFAULT ? withDefaultSaveAll(batched.accounts())
        : batched.accounts();
    for (List<Entry> entries : batches) {
      List<Account> batch = batchFor(entries, oneByOne.accounts());

      Outcome expected = outcomeOf(() -> oneByOne.unitOfWork().inTransaction(
          () -> batch.stream().map(oneByOne.accounts()::save).toList()));
      Outcome actual = outcomeOf(() -> subject == Subject.IN_MEMORY_IN_A_TRANSACTION
          ? batched.unitOfWork().inTransaction(() -> accounts.saveAll(batch))
          : accounts.saveAll(batch));

      assertThat(actual).isEqualTo(expected);
      assertThat(Steps.snapshot(batched)).isEqualTo(Steps.snapshot(oneByOne));
    }
  }

  /** The entries as records: each read from the store or the batch so far, changed and its version shifted. */
  private static List<Account> batchFor(List<Entry> entries, AccountRepository accounts) {
    Map<String, Account> afterBatchSoFar = new HashMap<>();
    List<Account> batch = new ArrayList<>();
    for (Entry entry : entries) {
      String id = Steps.IDS.get(entry.account());
      Account base = Optional.ofNullable(afterBatchSoFar.get(id))
          .or(() -> accounts.findById(AccountId.of(id)))
          .orElseGet(() -> anAccount(id).build());
      long version = Math.max(0, base.version() + entry.versionShift());
      Account record = base.withSize(entry.size()).withVersion(version);
      batch.add(record);
      afterBatchSoFar.put(id, record.withVersion(version + 1));
    }
    return batch;
  }

  /** What a batch came to: the copies stored, or the refusal (type, id and versions). */
  record Outcome(List<Account> saved, Optional<List<Object>> refusal) {}

  private static Outcome outcomeOf(Supplier<List<Account>> save) {
    try {
      return new Outcome(save.get(), Optional.empty());
    } catch (ConcurrentUpdateException e) {
      return new Outcome(List.of(), Optional.of(
          List.of(e.recordType(), e.recordId(), e.expectedVersion(), e.actualVersion())));
    }
  }

  /** The repository with only what a host must write itself, so that {@code saveAll} is the port's default. */
  private static AccountRepository withDefaultSaveAll(AccountRepository stored) {
    return new AccountRepository() {
      @Override
      public Optional<Account> findById(AccountId id) {
        return stored.findById(id);
      }

      @Override
      public Optional<Account> findByDomain(String domain) {
        return stored.findByDomain(domain);
      }

      @Override
      public List<Account> findByName(String name) {
        return stored.findByName(name);
      }

      @Override
      public Account save(Account account) {
        return stored.save(account);
      }
    };
  }
}
