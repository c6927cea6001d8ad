package io.crmkit.core.memory;

import static io.crmkit.core.fixtures.TestAccounts.anAccount;
import static io.crmkit.core.fixtures.TestEvents.anAccountChanged;
import static io.crmkit.core.fixtures.TestEvents.anAccountCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.account.Account;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.port.AccountRepository;
import io.crmkit.core.port.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-memory unit of work: staging, commit, rollback, nesting and after-commit delivery. */
class InMemoryUnitOfWorkTest {
  private final InMemoryCrm crm = InMemoryCrm.create();
  private final AccountRepository accounts = crm.accounts();
  private final UnitOfWork unitOfWork = crm.unitOfWork();
  private final InMemoryEventPublisher publisher = crm.publisher();
  private final List<CrmEvent> received = new ArrayList<>();
  private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

  {
    publisher.subscribe(received::add);
  }

  @AfterEach
  void stop_other_thread() {
    otherThread.shutdownNow();
  }

  private <T> T onOtherThread(Callable<T> task) {
    try {
      return otherThread.submit(task).get(1, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new AssertionError("the other thread failed", e);
    }
  }

  @Test
  void the_work_result_is_returned() {
    String result = unitOfWork.inTransaction(() -> "done");

    assertThat(result).isEqualTo("done");
  }

  @Test
  void events_published_inside_a_transaction_are_delivered_only_after_it_commits() {
    CrmEvent created = anAccountCreated("evt-1", "acc-1");

    unitOfWork.run(() -> {
      accounts.save(anAccount("acc-1").build());
      publisher.publish(created);

      assertThat(received).isEmpty();
      assertThat(publisher.published()).isEmpty();
    });

    assertThat(received).containsExactly(created);
    assertThat(publisher.published()).containsExactly(created);
  }

  @Test
  void a_subscriber_finds_the_committed_saves_when_the_event_arrives() {
    List<Optional<Account>> seenBySubscriber = new ArrayList<>();
    publisher.subscribe(event -> seenBySubscriber.add(accounts.findById(AccountId.of("acc-1"))));

    Account saved = unitOfWork.inTransaction(() -> {
      Account account = accounts.save(anAccount("acc-1").build());
      publisher.publish(anAccountCreated("evt-1", "acc-1"));
      return account;
    });

    assertThat(seenBySubscriber).containsExactly(Optional.of(saved));
  }

  @Test
  void events_published_outside_a_transaction_are_delivered_at_once() {
    CrmEvent created = anAccountCreated("evt-1", "acc-1");

    publisher.publish(created);

    assertThat(received).containsExactly(created);
  }

  @Test
  void events_are_delivered_in_the_order_published() {
    List<CrmEvent> events = List.of(anAccountChanged("evt-1", 2), anAccountChanged("evt-2", 3),
        anAccountChanged("evt-3", 4));

    unitOfWork.run(() -> {
      publisher.publish(events.get(0));
      publisher.publishAll(events.subList(1, 3));
    });

    assertThat(received).containsExactlyElementsOf(events);
  }

  @Test
  void events_of_a_transaction_that_throws_are_never_delivered() {
    assertThatThrownBy(() -> unitOfWork.run(() -> {
      publisher.publish(anAccountCreated("evt-1", "acc-1"));
      throw new IllegalStateException("the work failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(received).isEmpty();
    assertThat(publisher.published()).isEmpty();
  }

  @Test
  void saves_in_a_transaction_are_invisible_to_other_threads_until_it_commits() {
    Account stored = accounts.save(anAccount("acc-1").name("Acme").build());

    unitOfWork.run(() -> {
      accounts.save(stored.withName("Globex"));
      accounts.save(anAccount("acc-2").name("Initech").build());

      assertThat(onOtherThread(() -> accounts.findById(stored.id()))).contains(stored);
      assertThat(onOtherThread(() -> accounts.findById(AccountId.of("acc-2")))).isEmpty();
      assertThat(onOtherThread(() -> accounts.findByName("Globex"))).isEmpty();
      assertThat(onOtherThread(() -> accounts.findByName("Acme"))).containsExactly(stored);
    });

    assertThat(onOtherThread(() -> accounts.findByName("Globex"))).hasSize(1);
    assertThat(onOtherThread(() -> accounts.findById(AccountId.of("acc-2")))).isPresent();
  }

  @Test
  void a_nested_call_joins_the_outer_transaction_and_commits_with_it() {
    unitOfWork.run(() -> {
      Account inner = unitOfWork.inTransaction(() -> {
        publisher.publish(anAccountCreated("evt-1", "acc-1"));
        return accounts.save(anAccount("acc-1").build());
      });

      assertThat(accounts.findById(inner.id())).contains(inner);
      assertThat(onOtherThread(() -> accounts.findById(inner.id()))).isEmpty();
      assertThat(received).isEmpty();
    });

    assertThat(accounts.findById(AccountId.of("acc-1"))).isPresent();
    assertThat(received).extracting(CrmEvent::eventId).extracting(Object::toString).containsExactly("evt-1");
  }

  @Test
  void a_nested_call_that_throws_drops_only_its_own_saves_and_events() {
    unitOfWork.run(() -> {
      accounts.save(anAccount("acc-outer").name("Outer").build());
      publisher.publish(anAccountCreated("evt-outer", "acc-outer"));
      try {
        unitOfWork.run(() -> {
          accounts.save(anAccount("acc-inner").name("Inner").build());
          publisher.publish(anAccountCreated("evt-inner", "acc-inner"));
          throw new IllegalStateException("the nested work failed");
        });
      } catch (IllegalStateException caught) {
        assertThat(accounts.findById(AccountId.of("acc-inner"))).isEmpty();
        assertThat(accounts.findByName("Inner")).isEmpty();
      }
    });

    assertThat(accounts.findById(AccountId.of("acc-outer"))).isPresent();
    assertThat(accounts.findById(AccountId.of("acc-inner"))).isEmpty();
    assertThat(received).extracting(e -> e.eventId().value()).containsExactly("evt-outer");
  }

  @Test
  void a_nested_call_that_throws_undoes_its_change_to_a_record_the_outer_work_saved() {
    Account outer = unitOfWork.inTransaction(() -> {
      Account saved = accounts.save(anAccount("acc-1").size(1).build());
      try {
        unitOfWork.run(() -> {
          accounts.save(saved.withSize(2));
          throw new IllegalStateException("the nested work failed");
        });
      } catch (IllegalStateException caught) {
        assertThat(accounts.findById(saved.id())).contains(saved);
      }
      return saved;
    });

    assertThat(accounts.findById(outer.id())).contains(outer);
  }

  @Test
  void a_nested_failure_the_outer_work_does_not_catch_fails_everything() {
    RuntimeException failure = new IllegalStateException("the nested work failed");

    Throwable thrown = catchThrowableOfType(IllegalStateException.class, () -> unitOfWork.run(() -> {
      accounts.save(anAccount("acc-outer").build());
      unitOfWork.run(() -> {
        accounts.save(anAccount("acc-inner").build());
        throw failure;
      });
    }));

    assertThat(thrown).isSameAs(failure);
    assertThat(accounts.findById(AccountId.of("acc-outer"))).isEmpty();
    assertThat(accounts.findById(AccountId.of("acc-inner"))).isEmpty();
  }

  @Test
  void a_write_made_stale_before_the_commit_fails_it_and_nothing_is_applied_in_any_store() {
    // given a second store of the same CRM and an account both transactions touch
    InMemoryStore<AccountId, Account> archive = crm.newStore(Account::withVersion, List.of());
    Account read = accounts.save(anAccount("acc-1").size(1).build());

    // when another thread saves the account after this transaction staged its save
    ConcurrentUpdateException refused = catchThrowableOfType(ConcurrentUpdateException.class,
        () -> unitOfWork.run(() -> {
          archive.save(anAccount("arch-1").build());
          accounts.save(anAccount("acc-2").build());
          accounts.save(read.withSize(10));
          publisher.publish(anAccountChanged("evt-1", 2));
          onOtherThread(() -> accounts.save(read.withSize(20)));
        }));

    // then the commit is refused as a whole
    assertThat(refused.recordId()).isEqualTo("acc-1");
    assertThat(refused.expectedVersion()).isEqualTo(1);
    assertThat(refused.actualVersion()).isEqualTo(2);
    assertThat(accounts.findById(read.id()).orElseThrow().size()).hasValue(20);
    assertThat(accounts.findById(AccountId.of("acc-2"))).isEmpty();
    assertThat(archive.findById(AccountId.of("arch-1"))).isEmpty();
    assertThat(received).isEmpty();
  }

  @Test
  void a_record_created_by_another_thread_before_the_commit_fails_it() {
    ConcurrentUpdateException refused = catchThrowableOfType(ConcurrentUpdateException.class,
        () -> unitOfWork.run(() -> {
          accounts.save(anAccount("acc-1").name("Mine").build());
          onOtherThread(() -> accounts.save(anAccount("acc-1").name("Theirs").build()));
        }));

    assertThat(refused.expectedVersion()).isZero();
    assertThat(refused.actualVersion()).isEqualTo(1);
    assertThat(accounts.findById(AccountId.of("acc-1")).orElseThrow().name()).isEqualTo("Theirs");
  }

  @Test
  void a_second_save_of_a_stale_copy_inside_a_transaction_is_refused_at_once() {
    Account read = accounts.save(anAccount("acc-1").size(1).build());

    ConcurrentUpdateException refused = catchThrowableOfType(ConcurrentUpdateException.class,
        () -> unitOfWork.run(() -> {
          accounts.save(read.withSize(2));
          accounts.save(read.withSize(3));
        }));

    assertThat(refused.expectedVersion()).isEqualTo(1);
    assertThat(refused.actualVersion()).isEqualTo(2);
    assertThat(accounts.findById(read.id())).contains(read);
  }

  @Test
  void a_commit_applies_the_saves_of_every_store_together() {
    InMemoryStore<AccountId, Account> archive = crm.newStore(Account::withVersion, List.of());

    unitOfWork.run(() -> {
      accounts.save(anAccount("acc-1").build());
      archive.save(anAccount("arch-1").build());
    });

    assertThat(accounts.findById(AccountId.of("acc-1"))).isPresent();
    assertThat(archive.findById(AccountId.of("arch-1"))).isPresent();
  }

  @Test
  void a_subscriber_that_throws_does_not_undo_the_commit_and_the_others_still_receive() {
    IllegalStateException broken = new IllegalStateException("subscriber broke");
    publisher.subscribe(event -> {
      throw broken;
    });
    List<CrmEvent> later = new ArrayList<>();
    publisher.subscribe(later::add);
    CrmEvent created = anAccountCreated("evt-1", "acc-1");

    Throwable thrown = catchThrowableOfType(IllegalStateException.class, () -> unitOfWork.run(() -> {
      accounts.save(anAccount("acc-1").build());
      publisher.publish(created);
    }));

    assertThat(thrown).isSameAs(broken);
    assertThat(accounts.findById(AccountId.of("acc-1"))).isPresent();
    assertThat(received).containsExactly(created);
    assertThat(later).containsExactly(created);
  }

  @Test
  void an_event_a_subscriber_publishes_is_delivered_after_the_batch_being_delivered() {
    CrmEvent first = anAccountChanged("evt-1", 2);
    CrmEvent second = anAccountChanged("evt-2", 3);
    CrmEvent reaction = anAccountChanged("evt-reaction", 4);
    publisher.subscribe(event -> {
      if (event.equals(first)) {
        unitOfWork.run(() -> publisher.publish(reaction));
      }
    });

    unitOfWork.run(() -> publisher.publishAll(List.of(first, second)));

    assertThat(received).containsExactly(first, second, reaction);
  }

  @Test
  void a_cancelled_subscriber_receives_nothing_more() {
    List<CrmEvent> got = new ArrayList<>();
    InMemoryEventPublisher.Subscription subscription = publisher.subscribe(got::add);
    publisher.publish(anAccountChanged("evt-1", 2));

    subscription.cancel();
    publisher.publish(anAccountChanged("evt-2", 3));

    assertThat(got).extracting(e -> e.eventId().value()).containsExactly("evt-1");
    assertThat(received).hasSize(2);
  }

  @Test
  void the_published_list_is_an_immutable_copy() {
    publisher.publish(anAccountChanged("evt-1", 2));
    List<CrmEvent> snapshot = publisher.published();

    publisher.publish(anAccountChanged("evt-2", 3));

    assertThat(snapshot).hasSize(1);
    assertThatThrownBy(() -> snapshot.add(anAccountChanged("evt-3", 4)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
