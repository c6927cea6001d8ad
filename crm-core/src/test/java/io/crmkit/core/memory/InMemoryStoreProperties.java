package io.crmkit.core.memory;

import static io.crmkit.core.memory.Steps.perform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.crmkit.core.account.Account;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.memory.Steps.Step;
import io.crmkit.core.port.AccountRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The natural-key indexes always agree with the records, in and out of transactions. */
class InMemoryStoreProperties {
  /** How a batch of steps runs. */
  enum Mode { ONE_BY_ONE, COMMITTED, FAILED }

  /** A batch of steps and how it runs. */
  record Batch(Mode mode, List<Step> steps) {}

  @Provide
  Arbitrary<List<Batch>> batches() {
    return Combinators.combine(Arbitraries.of(Mode.class), Steps.steps())
        .as(Batch::new).list().ofMaxSize(5);
  }

  @Property
  void lookups_by_name_and_domain_agree_with_the_records_after_any_batches(
      @ForAll("batches") List<Batch> batches) {
    InMemoryCrm crm = Steps.seededCrm();
    for (Batch batch : batches) {
      switch (batch.mode()) {
        case ONE_BY_ONE -> batch.steps().forEach(step -> perform(crm, step));
        case COMMITTED -> crm.unitOfWork().run(() -> {
          batch.steps().forEach(step -> perform(crm, step));
          assertLookupsAgreeWithRecords(crm.accounts());
        });
        case FAILED -> assertThat(catchThrowable(() -> crm.unitOfWork().run(() -> {
          batch.steps().forEach(step -> perform(crm, step));
          assertLookupsAgreeWithRecords(crm.accounts());
          throw new IllegalStateException("the batch fails");
        }))).hasMessage("the batch fails");
      }
      assertLookupsAgreeWithRecords(crm.accounts());
    }
  }

  private static void assertLookupsAgreeWithRecords(AccountRepository accounts) {
    List<Account> all = Steps.IDS.stream().map(id -> accounts.findById(AccountId.of(id)))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(Account::createdAt).thenComparing(a -> a.id().value()))
        .toList();
    for (String name : Steps.NAMES) {
      assertThat(accounts.findByName(name.toUpperCase(Locale.ROOT)))
          .containsExactlyElementsOf(all.stream().filter(a -> a.name().equalsIgnoreCase(name)).toList());
    }
    for (String domain : Steps.DOMAINS) {
      assertThat(accounts.findByDomain("https://www." + domain + "/"))
          .isEqualTo(all.stream().filter(a -> a.domain().equals(Optional.of(domain))).findFirst());
    }
  }
}
