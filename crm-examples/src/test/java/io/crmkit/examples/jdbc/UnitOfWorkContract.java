package io.crmkit.examples.jdbc;

import static io.crmkit.core.fixtures.TestAccounts.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.account.Account;
import io.crmkit.core.id.AccountId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the JDBC unit of work adds to the repository contracts, on whichever database a subclass
 * names: nested calls roll back to a savepoint, a refused save leaves the transaction usable (on
 * PostgreSQL a failed statement would otherwise doom it), and a record changed by a transaction
 * stays locked until it ends, so a racing save is refused rather than lost.
 */
abstract class UnitOfWorkContract {
  private static final AccountId ACME = AccountId.of("acc-1");
  private static final AccountId GLOBEX = AccountId.of("acc-2");

  @RegisterExtension final FreshCrm database = freshCrm();

  private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

  /** A fresh CRM on the database under test for each test. */
  abstract FreshCrm freshCrm();

  @AfterEach
  void stop_the_other_thread() {
    otherThread.shutdownNow();
  }

  private JdbcCrm crm() {
    return database.crm();
  }

  @Test
  void a_failed_nested_call_drops_only_its_own_saves() {
    Account stored = crm().accounts().save(anAccount("acc-1").build());

    Account kept = crm().unitOfWork().inTransaction(() -> {
      Account changed = crm().accounts().save(stored.withSize(10));
      Throwable nested = catchThrowable(() -> crm().unitOfWork().run(() -> {
        crm().accounts().save(changed.withSize(20));
        crm().accounts().save(anAccount("acc-2").build());
        throw new IllegalStateException("the nested work failed");
      }));
      assertThat(nested).hasMessage("the nested work failed");
      assertThat(crm().accounts().findById(ACME)).contains(changed);
      return changed;
    });

    assertThat(crm().accounts().findById(ACME)).contains(kept);
    assertThat(kept.size()).hasValue(10);
    assertThat(crm().accounts().findById(GLOBEX)).isEmpty();
  }

  @Test
  void a_save_refused_inside_a_transaction_leaves_the_transaction_usable() {
    Account stored = crm().accounts().save(anAccount("acc-1").build());

    crm().unitOfWork().run(() -> {
      ConcurrentUpdateException refused = catchThrowableOfType(ConcurrentUpdateException.class,
          () -> crm().accounts().save(anAccount("acc-1").name("Acme again").build()));
      assertThat(refused.actualVersion()).isEqualTo(1);

      crm().accounts().save(anAccount("acc-2").name("Globex").build());
    });

    assertThat(crm().accounts().findById(ACME)).contains(stored);
    assertThat(crm().accounts().findById(GLOBEX)).isPresent();
    assertThat(crm().accounts().findByName("acme again")).isEmpty();
  }

  @Test
  void a_save_racing_a_transaction_that_changed_the_record_is_refused_once_that_transaction_commits()
      throws Exception {
    // given a transaction that changed a record and has not committed yet
    Account read = crm().accounts().save(anAccount("acc-1").build());
    CountDownLatch changed = new CountDownLatch(1);
    CountDownLatch racerStarted = new CountDownLatch(1);
    Future<Account> transaction = otherThread.submit(() -> crm().unitOfWork().inTransaction(() -> {
      Account saved = crm().accounts().save(read.withSize(10));
      changed.countDown();
      await(racerStarted);
      return saved;
    }));
    changed.await(1, TimeUnit.MINUTES);

    // when another save from the same read races it (waiting for the row, or coming after the commit)
    CompletableFuture<Throwable> racer = CompletableFuture.supplyAsync(() -> {
      racerStarted.countDown();
      return catchThrowable(() -> crm().accounts().save(read.withSize(20)));
    });

    // then the transaction's change is stored and the racing save refused
    Account committed = transaction.get(1, TimeUnit.MINUTES);
    assertThat(racer.get(1, TimeUnit.MINUTES)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(crm().accounts().findById(ACME)).contains(committed);
  }

  @Test
  void what_a_transaction_saves_is_stored_at_once_for_every_other_reader() throws Exception {
    crm().unitOfWork().run(() -> {
      crm().accounts().save(anAccount("acc-1").build());
      crm().accounts().save(anAccount("acc-2").name("Globex").build());
    });

    Future<Boolean> bothSeen = otherThread.submit(() ->
        crm().accounts().findById(ACME).isPresent() && crm().accounts().findById(GLOBEX).isPresent());
    assertThat(bothSeen.get(1, TimeUnit.MINUTES)).isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(1, TimeUnit.MINUTES)) {
        throw new IllegalStateException("the racing save never started");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
