package io.crmkit.examples.jdbc;

import static io.crmkit.core.fixtures.TestAccounts.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.account.Account;
import io.crmkit.core.event.AccountChanged;
import io.crmkit.core.event.AccountCreated;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.EventId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the JDBC adapter's transactional outbox does, on whichever database a subclass names: an
 * event is written in the transaction that published it, relayed after the commit once in a
 * normal run, in order per aggregate, and never lost to a failure between the commit and the
 * relay; a relay cut short delivers again (at least once), and a rolled-back transaction leaves no
 * row.
 */
abstract class OutboxContract {
  private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");
  private static final AccountId ACME = AccountId.of("acc-1");
  private static final AccountId GLOBEX = AccountId.of("acc-2");

  @RegisterExtension final FreshCrm database = freshCrm();

  private final List<JdbcCrm> restarted = new ArrayList<>();

  /** A fresh CRM on the database under test for each test. */
  abstract FreshCrm freshCrm();

  @AfterEach
  void close_restarted_crms() {
    restarted.forEach(JdbcCrm::close);
  }

  private JdbcCrm crm() {
    return database.crm();
  }

  /** A CRM opened on the same database as a host that starts again would, with these subscribers. */
  @SafeVarargs
  private JdbcCrm openAgain(Consumer<? super CrmEvent>... subscribers) {
    JdbcCrm again = JdbcCrm.open(database.dataSource(), subscribers);
    restarted.add(again);
    return again;
  }

  private static List<CrmEvent> recorder() {
    return Collections.synchronizedList(new ArrayList<>());
  }

  private long outboxRows() {
    return TestDatabases.count(database.dataSource(), "SELECT COUNT(*) FROM crm_outbox");
  }

  private long unrelayedRows() {
    return TestDatabases.count(database.dataSource(), "SELECT COUNT(*) FROM crm_outbox WHERE relayed = FALSE");
  }

  private static AccountCreated created(String eventId, AccountId account) {
    return new AccountCreated(EventId.of(eventId), account, 1, AT);
  }

  private static AccountChanged changed(String eventId, AccountId account, long version) {
    return new AccountChanged(EventId.of(eventId), account, Set.of("size"), version, AT.plusSeconds(version));
  }

  // --- a batch job keeping events as history only ---

  @Test
  void a_crm_keeping_events_as_history_only_stores_them_with_the_change_relayed_already() {
    // given a CRM without subscribers that keeps its events as history only, and a host with a subscriber
    crm().keepEventsAsHistoryOnly();
    List<CrmEvent> deliveredToTheHost = recorder();
    JdbcCrm host = openAgain(deliveredToTheHost::add);
    CrmEvent event = created("evt-1", ACME);

    // when it saves and publishes in one unit of work
    crm().unitOfWork().run(() -> {
      crm().accounts().save(anAccount("acc-1").build());
      crm().publisher().publish(event);
    });

    // then the event is history at once, nothing waits for a relay, and no host ever receives it
    assertThat(crm().eventHistory().eventsOf(ACME)).containsExactly(event);
    assertThat(unrelayedRows()).isZero();
    assertThat(host.relayPending()).isZero();
    assertThat(deliveredToTheHost).isEmpty();
  }

  @Test
  void a_crm_keeping_events_as_history_only_stores_none_of_a_rolled_back_unit_of_work() {
    crm().keepEventsAsHistoryOnly();

    catchThrowable(() -> crm().unitOfWork().run(() -> {
      crm().publisher().publish(created("evt-1", ACME));
      throw new IllegalStateException("the job fails");
    }));

    assertThat(outboxRows()).isZero();
  }

  @Test
  void a_crm_with_subscribers_cannot_keep_events_as_history_only_nor_take_subscribers_after() {
    JdbcCrm withSubscriber = openAgain(event -> { });
    assertThatThrownBy(withSubscriber::keepEventsAsHistoryOnly).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 subscriber(s)");

    crm().keepEventsAsHistoryOnly();
    assertThatThrownBy(() -> crm().subscribe(event -> { })).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("history only");
  }

  // --- a normal run ---

  @Test
  void the_events_of_committed_transactions_are_relayed_once_each_in_the_order_published() {
    List<CrmEvent> delivered = recorder();
    crm().subscribe(delivered::add);
    CrmEvent acmeCreated = created("evt-1", ACME);
    CrmEvent acmeChanged = changed("evt-2", ACME, 2);
    CrmEvent globexCreated = created("evt-3", GLOBEX);

    crm().unitOfWork().run(() -> {
      crm().accounts().save(anAccount("acc-1").build());
      crm().publisher().publishAll(List.of(acmeCreated, acmeChanged));
    });
    crm().unitOfWork().run(() -> crm().publisher().publish(globexCreated));

    assertThat(delivered).containsExactly(acmeCreated, acmeChanged, globexCreated);
    assertThat(unrelayedRows()).isZero();
    assertThat(crm().relayPending()).isZero();
    assertThat(delivered).hasSize(3);
  }

  @Test
  void an_event_is_written_in_the_transaction_that_published_it_and_relayed_after_the_commit() {
    List<CrmEvent> delivered = recorder();
    crm().subscribe(delivered::add);
    CrmEvent event = created("evt-1", ACME);

    crm().unitOfWork().run(() -> {
      crm().publisher().publish(event);

      assertThat(outboxRows()).as("rows another connection sees before the commit").isZero();
      assertThat(delivered).isEmpty();
    });

    assertThat(outboxRows()).isEqualTo(1);
    assertThat(delivered).containsExactly(event);
  }

  @Test
  void an_event_published_outside_a_transaction_is_relayed_before_publish_returns() {
    List<CrmEvent> delivered = recorder();
    crm().subscribe(delivered::add);

    crm().publisher().publish(created("evt-1", ACME));

    assertThat(delivered).containsExactly(created("evt-1", ACME));
    assertThat(unrelayedRows()).isZero();
  }

  @Test
  void a_list_published_outside_a_transaction_is_written_at_once_and_relayed_in_order_before_publish_all_returns() {
    List<CrmEvent> delivered = recorder();
    crm().subscribe(delivered::add);
    List<CrmEvent> events = List.of(created("evt-1", ACME), changed("evt-2", ACME, 2), created("evt-3", GLOBEX));

    crm().publisher().publishAll(events);

    assertThat(delivered).containsExactlyElementsOf(events);
    assertThat(outboxRows()).isEqualTo(3);
    assertThat(unrelayedRows()).isZero();
  }

  @Test
  void a_list_holding_a_missing_event_writes_none_of_it() {
    List<CrmEvent> withHole = Arrays.asList(created("evt-1", ACME), null);

    assertThatThrownBy(() -> crm().publisher().publishAll(withHole)).isInstanceOf(NullPointerException.class);

    assertThat(outboxRows()).isZero();
  }

  @Test
  void a_list_longer_than_one_jdbc_batch_is_relayed_once_each_in_the_order_published() {
    List<CrmEvent> delivered = recorder();
    crm().subscribe(delivered::add);
    List<CrmEvent> events = new ArrayList<>();
    for (int version = 1; version <= 2 * JdbcStore.BATCH + 1; version++) {
      events.add(changed("evt-" + version, ACME, version));
    }

    crm().unitOfWork().run(() -> crm().publisher().publishAll(events));

    assertThat(delivered).containsExactlyElementsOf(events);
    assertThat(crm().eventHistory().eventsOf(ACME)).containsExactlyElementsOf(events);
  }

  @Test
  void a_cancelled_subscription_receives_nothing_more() {
    List<CrmEvent> delivered = recorder();
    JdbcCrm.Subscription subscription = crm().subscribe(delivered::add);
    crm().publisher().publish(created("evt-1", ACME));

    subscription.cancel();
    crm().publisher().publish(created("evt-2", GLOBEX));

    assertThat(delivered).containsExactly(created("evt-1", ACME));
  }

  // --- rollback ---

  @Test
  void a_rolled_back_transaction_leaves_no_outbox_row() {
    List<CrmEvent> delivered = recorder();
    crm().subscribe(delivered::add);

    Throwable failure = catchThrowable(() -> crm().unitOfWork().run(() -> {
      crm().accounts().save(anAccount("acc-1").build());
      crm().publisher().publish(created("evt-1", ACME));
      throw new IllegalStateException("the work failed");
    }));

    assertThat(failure).hasMessage("the work failed");
    assertThat(outboxRows()).isZero();
    assertThat(crm().accounts().findById(ACME)).isEmpty();
    assertThat(delivered).isEmpty();
  }

  @Test
  void a_failed_nested_call_leaves_no_outbox_row_of_its_own() {
    CrmEvent outer = created("evt-1", ACME);

    crm().unitOfWork().run(() -> {
      crm().publisher().publish(outer);
      catchThrowable(() -> crm().unitOfWork().run(() -> {
        crm().publisher().publish(created("evt-2", GLOBEX));
        throw new IllegalStateException("the nested work failed");
      }));
    });

    assertThat(outboxRows()).isEqualTo(1);
    assertThat(crm().eventHistory().eventsOf(ACME)).containsExactly(outer);
    assertThat(crm().eventHistory().eventsOf(GLOBEX)).isEmpty();
  }

  // --- failures between the commit and the relay ---

  @Test
  void a_crash_after_the_commit_and_before_the_relay_loses_no_event() {
    // given a host that dies right after committing a change and its event
    List<CrmEvent> deliveredBeforeTheCrash = recorder();
    crm().subscribe(deliveredBeforeTheCrash::add);
    crm().beforeEachRelay(() -> {
      throw new IllegalStateException("the host died after the commit");
    });
    CrmEvent event = created("evt-1", ACME);

    Throwable crash = catchThrowable(() -> crm().unitOfWork().run(() -> {
      crm().accounts().save(anAccount("acc-1").build());
      crm().publisher().publish(event);
    }));

    assertThat(crash).hasMessage("the host died after the commit");
    assertThat(crm().accounts().findById(ACME)).isPresent();
    assertThat(deliveredBeforeTheCrash).isEmpty();
    assertThat(crm().eventHistory().eventsOf(ACME)).isEmpty();
    assertThat(unrelayedRows()).isEqualTo(1);

    // when the host starts again
    List<CrmEvent> deliveredAfterTheRestart = recorder();
    JdbcCrm again = openAgain(deliveredAfterTheRestart::add);

    // then the event is delivered on opening, once
    assertThat(deliveredAfterTheRestart).containsExactly(event);
    assertThat(again.eventHistory().eventsOf(ACME)).containsExactly(event);
    assertThat(unrelayedRows()).isZero();
  }

  @Test
  void a_crash_after_an_event_published_outside_a_transaction_was_written_loses_no_event() {
    crm().beforeEachRelay(() -> {
      throw new IllegalStateException("the host died after writing the event");
    });

    assertThatThrownBy(() -> crm().publisher().publish(created("evt-1", ACME)))
        .hasMessage("the host died after writing the event");

    List<CrmEvent> deliveredAfterTheRestart = recorder();
    openAgain(deliveredAfterTheRestart::add);
    assertThat(deliveredAfterTheRestart).containsExactly(created("evt-1", ACME));
  }

  @Test
  void a_relay_cut_short_delivers_its_events_again_at_least_once() {
    // given a host that dies while delivering the second event of a transaction
    List<CrmEvent> deliveredBeforeTheCrash = recorder();
    JdbcCrm dying = openAgain(event -> {
      if (event.eventId().value().equals("evt-2")) {
        throw new HostDied();
      }
    }, deliveredBeforeTheCrash::add);
    CrmEvent first = created("evt-1", ACME);
    CrmEvent second = changed("evt-2", ACME, 2);

    assertThatThrownBy(() -> dying.unitOfWork().run(() -> dying.publisher().publishAll(List.of(first, second))))
        .isInstanceOf(HostDied.class);
    assertThat(deliveredBeforeTheCrash).containsExactly(first);

    // when the host starts again
    List<CrmEvent> deliveredAfterTheRestart = recorder();
    openAgain(deliveredAfterTheRestart::add);

    // then both are delivered: the first a second time, since its relay never finished
    assertThat(deliveredAfterTheRestart).containsExactly(first, second);
    assertThat(unrelayedRows()).isZero();
  }

  @Test
  void a_subscriber_that_throws_leaves_the_event_for_the_next_relay() {
    List<CrmEvent> delivered = recorder();
    AtomicInteger failuresLeft = new AtomicInteger(1);
    crm().subscribe(delivered::add);
    crm().subscribe(event -> {
      if (failuresLeft.getAndDecrement() > 0) {
        throw new IllegalStateException("the subscriber failed");
      }
    });
    CrmEvent event = created("evt-1", ACME);

    assertThatThrownBy(() -> crm().publisher().publish(event)).hasMessage("the subscriber failed");
    assertThat(crm().eventHistory().eventsOf(ACME)).isEmpty();
    assertThat(unrelayedRows()).isEqualTo(1);

    assertThat(crm().relayPending()).isEqualTo(1);

    assertThat(crm().eventHistory().eventsOf(ACME)).containsExactly(event);
    assertThat(delivered).as("every subscriber gets the event again").containsExactly(event, event);
  }

  @Test
  void the_later_events_of_an_aggregate_wait_behind_a_failed_one_while_other_aggregates_go_on() {
    // given a subscriber that fails once on the first event of Acme
    List<CrmEvent> delivered = recorder();
    AtomicInteger failuresLeft = new AtomicInteger(1);
    JdbcCrm host = openAgain(event -> {
      if (event.eventId().value().equals("evt-1") && failuresLeft.getAndDecrement() > 0) {
        throw new IllegalStateException("the subscriber failed");
      }
    }, delivered::add);
    CrmEvent acmeCreated = created("evt-1", ACME);
    CrmEvent acmeChanged = changed("evt-2", ACME, 2);
    CrmEvent globexCreated = created("evt-3", GLOBEX);

    // when a transaction publishes events of both
    Throwable failure = catchThrowable(() -> host.unitOfWork().run(() ->
        host.publisher().publishAll(List.of(acmeCreated, acmeChanged, globexCreated))));

    // then Globex's event is delivered and Acme's wait, in order, for the next relay
    assertThat(failure).hasMessage("the subscriber failed");
    assertThat(delivered).containsExactly(globexCreated);
    assertThat(host.relayPending()).isEqualTo(2);
    assertThat(delivered).containsExactly(globexCreated, acmeCreated, acmeChanged);
    assertThat(host.eventHistory().eventsOf(ACME)).containsExactly(acmeCreated, acmeChanged);
  }

  // --- order and once-only under concurrency ---

  @Test
  void the_events_of_an_aggregate_changed_by_many_threads_are_relayed_in_the_order_of_its_versions() throws Exception {
    // given threads that each change one account and publish the change, retrying when their read went stale
    List<CrmEvent> delivered = recorder();
    crm().subscribe(delivered::add);
    crm().accounts().save(anAccount("acc-1").build());
    int threads = 4;
    int changesPerThread = 8;
    AtomicInteger eventIds = new AtomicInteger();
    Callable<?> changing = () -> {
      for (int i = 0; i < changesPerThread; i++) {
        while (true) {
          try {
            crm().unitOfWork().run(() -> {
              Account read = crm().accounts().findById(ACME).orElseThrow();
              Account saved = crm().accounts().save(read.withSize(read.size().orElse(0) + 1));
              crm().publisher().publish(changed("evt-" + eventIds.incrementAndGet(), ACME, saved.version()));
            });
            break;
          } catch (ConcurrentUpdateException stale) {
            // read again and retry
          }
        }
      }
      return null;
    };

    // when
    runAtOnce(Collections.nCopies(threads, changing));

    // then every change's event is delivered once, in version order
    List<Long> versions = delivered.stream().map(CrmEvent::aggregateVersion).toList();
    assertThat(versions).hasSize(threads * changesPerThread).isSorted().doesNotHaveDuplicates();
    assertThat(crm().eventHistory().eventsOf(ACME)).containsExactlyElementsOf(delivered);
  }

  @Test
  void two_crms_relaying_one_database_at_once_deliver_each_event_once() throws Exception {
    // given two hosts on one database, and events a third left unrelayed when it died after the commit
    List<CrmEvent> delivered = recorder();
    JdbcCrm first = openAgain(delivered::add);
    JdbcCrm second = openAgain(delivered::add);
    List<CrmEvent> published = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      published.add(changed("evt-" + i, i % 2 == 0 ? ACME : GLOBEX, i + 1));
    }
    crm().beforeEachRelay(() -> {
      throw new IllegalStateException("the host died after the commit");
    });
    catchThrowable(() -> crm().unitOfWork().run(() -> crm().publisher().publishAll(published)));

    // when both relay at once
    List<Integer> relayed = Collections.synchronizedList(new ArrayList<>());
    runAtOnce(List.of(() -> relayed.add(first.relayPending()), () -> relayed.add(second.relayPending())));

    // then each event reached the subscribers once, in sequence order
    assertThat(relayed).hasSize(2);
    assertThat(relayed.get(0) + relayed.get(1)).isEqualTo(published.size());
    assertThat(delivered).containsExactlyElementsOf(published);
  }

  private static void runAtOnce(List<Callable<?>> works) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(works.size());
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (Callable<?> work : works) {
        running.add(pool.submit(() -> {
          go.await();
          return work.call();
        }));
      }
      go.countDown();
      for (Future<?> thread : running) {
        thread.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** What a subscriber throws to stand for the process dying in the middle of a relay. */
  private static final class HostDied extends Error {
    private static final long serialVersionUID = 1L;

    HostDied() {
      super("the host died while relaying");
    }
  }
}
