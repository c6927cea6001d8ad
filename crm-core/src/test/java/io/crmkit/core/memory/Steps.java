package io.crmkit.core.memory;

import static io.crmkit.core.fixtures.TestAccounts.anAccount;

import io.crmkit.core.account.Account;
import io.crmkit.core.event.AccountChanged;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.fixtures.TestEvents;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.EventId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Steps a generated test runs against an in-memory CRM: read-modify-write saves of a few accounts
 * and publishes. Two accounts exist before the steps; the steps may create two more.
 */
final class Steps {
  static final List<String> IDS = List.of("acc-0", "acc-1", "acc-2", "acc-3");
  static final List<String> NAMES = List.of("Acme", "Globex", "Initech");
  static final List<String> DOMAINS = List.of("acme.com", "globex.com");

  private Steps() {}

  /** One thing done to the CRM. */
  sealed interface Step permits Resize, Rename, Redomain, Publish {}

  /** Sets an account's size, creating the account if missing. */
  record Resize(int account, int size) implements Step {}

  /** Renames an account, creating it if missing. */
  record Rename(int account, int name) implements Step {}

  /** Sets or clears an account's domain, creating the account if missing. */
  record Redomain(int account, Optional<Integer> domain) implements Step {}

  /** Publishes an event numbered {@code number}. */
  record Publish(int number) implements Step {}

  /** Any sequence of up to 15 steps. */
  static Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> account = Arbitraries.integers().between(0, IDS.size() - 1);
    Arbitrary<Step> resize = Combinators.combine(account, Arbitraries.integers().between(0, 500))
        .as(Resize::new);
    Arbitrary<Step> rename = Combinators.combine(account, Arbitraries.integers().between(0, NAMES.size() - 1))
        .as(Rename::new);
    Arbitrary<Step> redomain = Combinators.combine(account,
        Arbitraries.integers().between(0, DOMAINS.size() - 1).optional()).as(Redomain::new);
    Arbitrary<Step> publish = Arbitraries.integers().between(1, 1000).map(Publish::new);
    return Arbitraries.oneOf(resize, rename, redomain, publish).list().ofMaxSize(15);
  }

  /** A CRM holding accounts acc-0 (Acme, acme.com) and acc-1 (Globex), and one delivered event. */
  static InMemoryCrm seededCrm() {
    InMemoryCrm crm = InMemoryCrm.create();
    crm.accounts().save(anAccount("acc-0").name("Acme").domain("acme.com").size(1).build());
    crm.accounts().save(anAccount("acc-1").name("Globex").size(2).build());
    crm.publisher().publish(TestEvents.anAccountCreated("evt-seed", "acc-0"));
    return crm;
  }

  /** Does the step: reads, changes and saves an account, or publishes an event. */
  static void perform(InMemoryCrm crm, Step step) {
    if (step instanceof Publish publish) {
      crm.publisher().publish(eventOf(publish));
      return;
    }
    int index = step instanceof Resize r ? r.account() : step instanceof Rename n ? n.account()
        : ((Redomain) step).account();
    String id = IDS.get(index);
    Account current = crm.accounts().findById(AccountId.of(id)).orElseGet(() -> anAccount(id).build());
    Account changed;
    if (step instanceof Resize resize) {
      changed = current.withSize(resize.size());
    } else if (step instanceof Rename rename) {
      changed = current.withName(NAMES.get(rename.name()));
    } else {
      changed = current.withDomain(((Redomain) step).domain().map(DOMAINS::get));
    }
    crm.accounts().save(changed);
  }

  /** The event a publish step publishes. */
  static CrmEvent eventOf(Publish publish) {
    return new AccountChanged(EventId.of("evt-" + publish.number()), AccountId.of("acc-0"),
        Set.of("size"), publish.number(), TestEvents.AT);
  }

  /** Everything a reader can observe of the CRM: every account by each key and the events delivered. */
  record Snapshot(Map<String, Optional<Account>> byId, Map<String, List<Account>> byName,
                  Map<String, Optional<Account>> byDomain, List<CrmEvent> published) {}

  /** What the CRM shows now. */
  static Snapshot snapshot(InMemoryCrm crm) {
    Map<String, Optional<Account>> byId = new LinkedHashMap<>();
    IDS.forEach(id -> byId.put(id, crm.accounts().findById(AccountId.of(id))));
    Map<String, List<Account>> byName = new LinkedHashMap<>();
    NAMES.forEach(name -> byName.put(name, crm.accounts().findByName(name)));
    Map<String, Optional<Account>> byDomain = new LinkedHashMap<>();
    DOMAINS.forEach(domain -> byDomain.put(domain, crm.accounts().findByDomain(domain)));
    return new Snapshot(byId, byName, byDomain, crm.publisher().published());
  }
}
