package io.crmkit.core.memory;

import static io.crmkit.core.fixtures.TestAccounts.anAccountCreatedAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.crmkit.core.account.Account;
import io.crmkit.core.id.AccountId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generic store: keys with several values, listing everything, and misuse. */
class InMemoryStoreTest {
  private static final NaturalKey<Account, String> WORDS =
      NaturalKey.many("words", account -> List.of(account.name().toLowerCase(Locale.ROOT).split(" ")));
  private static final NaturalKey<Account, String> INDUSTRY = NaturalKey.optional("industry", Account::industry);

  private final InMemoryCrm crm = InMemoryCrm.create();
  private final InMemoryStore<AccountId, Account> store =
      crm.newStore(Account::withVersion, List.of(WORDS, INDUSTRY));

  @Test
  void a_record_is_found_by_each_value_of_a_key_with_several() {
    Account saved = store.save(anAccountCreatedAfter("acc-1", 1).name("Acme Rocket Works").build());

    assertThat(store.findBy(WORDS, "rocket")).containsExactly(saved);
    assertThat(store.findBy(WORDS, "works")).containsExactly(saved);
    assertThat(store.findBy(WORDS, "acme rocket")).isEmpty();
  }

  @Test
  void a_value_a_record_no_longer_has_stops_finding_it() {
    Account saved = store.save(anAccountCreatedAfter("acc-1", 1).name("Acme Rocket").build());

    store.save(saved.withName("Acme Rail"));

    assertThat(store.findBy(WORDS, "rocket")).isEmpty();
    assertThat(store.findBy(WORDS, "rail")).hasSize(1);
    assertThat(store.findBy(WORDS, "acme")).hasSize(1);
  }

  @Test
  void a_record_without_a_value_of_an_optional_key_is_not_indexed_by_it() {
    store.save(anAccountCreatedAfter("acc-1", 1).build());
    Account withIndustry = store.save(anAccountCreatedAfter("acc-2", 2).industry("Retail").build());

    assertThat(store.findBy(INDUSTRY, "Retail")).containsExactly(withIndustry);
  }

  @Test
  void every_record_is_listed_first_created_first_including_this_threads_staged_saves() {
    Account late = store.save(anAccountCreatedAfter("acc-b", 5).build());
    Account early = store.save(anAccountCreatedAfter("acc-a", 1).build());

    List<Account> inside = crm.unitOfWork().inTransaction(() -> {
      store.save(anAccountCreatedAfter("acc-c", 3).build());
      store.save(late.withSize(7));
      return store.findAll();
    });

    assertThat(inside).extracting(a -> a.id().value()).containsExactly("acc-a", "acc-c", "acc-b");
    assertThat(inside.get(2).size()).hasValue(7);
    assertThat(store.findAll()).hasSize(3).first().isEqualTo(early);
  }

  @Test
  void records_sharing_a_creation_time_are_ordered_by_id() {
    store.save(anAccountCreatedAfter("acc-2", 1).name("Acme").build());
    store.save(anAccountCreatedAfter("acc-1", 1).name("Acme").build());

    assertThat(store.findBy(WORDS, "acme")).extracting(a -> a.id().value()).containsExactly("acc-1", "acc-2");
    assertThat(store.findFirstBy(WORDS, "acme")).map(a -> a.id().value()).isEqualTo(Optional.of("acc-1"));
  }

  @Test
  void a_key_the_store_does_not_index_is_refused() {
    NaturalKey<Account, String> other = NaturalKey.of("name", Account::name);

    assertThatThrownBy(() -> store.findBy(other, "Acme"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @Test
  void stores_of_different_crms_do_not_share_transactions() {
    InMemoryCrm other = InMemoryCrm.create();

    crm.unitOfWork().run(() -> other.accounts().save(anAccountCreatedAfter("acc-1", 1).build()));
    Throwable failed = catchThrowable(() -> crm.unitOfWork().run(() -> {
      other.accounts().save(anAccountCreatedAfter("acc-2", 1).build());
      throw new IllegalStateException("only this CRM's transaction fails");
    }));

    assertThat(failed).isInstanceOf(IllegalStateException.class);
    assertThat(other.accounts().findById(AccountId.of("acc-1"))).isPresent();
    assertThat(other.accounts().findById(AccountId.of("acc-2"))).isPresent();
  }
}
