package io.crmkit.core.memory;

import static io.crmkit.core.fixtures.TestAccounts.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.account.Account;
import io.crmkit.core.event.AccountChanged;
import io.crmkit.core.event.AccountCreated;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.fixtures.CrmEventHistoryContract;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.EventId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The event history contract, run on the in-memory publisher, and what only the in-memory one
 * shows: nothing before the commit, nothing from a conflicting commit, events kept even when a
 * subscriber fails on them.
 */
class InMemoryEventHistoryTest extends CrmEventHistoryContract {
  private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

  private final InMemoryCrm crm = InMemoryCrm.create();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(crm.publisher(), crm.eventHistory(), crm.unitOfWork());
  }

  @Test
  void inside_a_transaction_its_events_are_not_in_the_history_before_the_commit() {
    CrmEvent created = new AccountCreated(EventId.of("evt-1"), AccountId.of("acc-1"), 1, AT);

    crm.unitOfWork().run(() -> {
      crm.accounts().save(anAccount("acc-1").build());
      crm.publisher().publish(created);

      assertThat(crm.eventHistory().eventsOf(AccountId.of("acc-1"))).isEmpty();
    });

    assertThat(crm.eventHistory().eventsOf(AccountId.of("acc-1"))).containsExactly(created);
  }

  @Test
  void the_events_of_a_transaction_that_fails_on_a_conflict_never_appear() {
    Account read = crm.accounts().save(anAccount("acc-1").build());
    crm.accounts().save(read.withSize(2));

    assertThatThrownBy(() -> crm.unitOfWork().run(() -> {
      crm.publisher().publish(new AccountChanged(EventId.of("evt-2"), read.id(), Set.of("size"), 2, AT));
      crm.accounts().save(read.withSize(3));
    })).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(crm.eventHistory().eventsOf(read.id())).isEmpty();
  }

  @Test
  void an_event_a_subscriber_fails_on_was_delivered_and_is_kept() {
    CrmEvent created = new AccountCreated(EventId.of("evt-1"), AccountId.of("acc-1"), 1, AT);
    crm.publisher().subscribe(event -> {
      throw new IllegalStateException("the subscriber failed");
    });

    assertThatThrownBy(() -> crm.publisher().publish(created)).hasMessage("the subscriber failed");

    assertThat(crm.eventHistory().eventsOf(AccountId.of("acc-1"))).containsExactly(created);
    assertThat(crm.publisher().published()).containsExactly(created);
  }
}
