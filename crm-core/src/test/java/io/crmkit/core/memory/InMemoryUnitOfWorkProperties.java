package io.crmkit.core.memory;

import static io.crmkit.core.memory.Steps.perform;
import static io.crmkit.core.memory.Steps.seededCrm;
import static io.crmkit.core.memory.Steps.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.crmkit.core.account.Account;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.memory.Steps.Publish;
import io.crmkit.core.memory.Steps.Snapshot;
import io.crmkit.core.memory.Steps.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The unit of work is all or nothing, whatever the work does before it returns or fails. */
class InMemoryUnitOfWorkProperties {

  @Provide
  Arbitrary<List<Step>> steps() {
    return Steps.steps();
  }

  @Property
  void a_transaction_that_fails_leaves_every_record_and_the_published_events_as_they_were(
      @ForAll("steps") List<Step> steps) {
    // given
    InMemoryCrm crm = seededCrm();
    Snapshot before = snapshot(crm);
    RuntimeException failure = new IllegalStateException("the work fails after its steps");

    // when
    Throwable thrown = catchThrowable(() -> crm.unitOfWork().run(() -> {
      steps.forEach(step -> perform(crm, step));
      throw failure;
    }));

    // then
    assertThat(thrown).isSameAs(failure);
    assertThat(snapshot(crm)).isEqualTo(before);
  }

  @Property
  void a_transaction_that_returns_has_the_effect_of_its_steps_and_delivers_their_events_after_commit(
      @ForAll("steps") List<Step> steps) {
    // given
    InMemoryCrm crm = seededCrm();
    Snapshot before = snapshot(crm);
    List<Integer> deliveredDuringWork = new ArrayList<>();

    // when
    crm.unitOfWork().run(() -> {
      steps.forEach(step -> perform(crm, step));
      deliveredDuringWork.add(crm.publisher().published().size());
    });

    // then nothing was delivered before the commit, and afterwards the events came in order
    assertThat(deliveredDuringWork).containsExactly(before.published().size());
    List<CrmEvent> expectedEvents = new ArrayList<>(before.published());
    steps.stream().filter(Publish.class::isInstance).map(Publish.class::cast)
        .map(Steps::eventOf).forEach(expectedEvents::add);
    assertThat(crm.publisher().published()).containsExactlyElementsOf(expectedEvents);

    // and every save is stored: one version per save of each account
    Map<String, Long> saves = new HashMap<>();
    before.byId().forEach((id, account) -> saves.put(id, account.map(Account::version).orElse(0L)));
    for (Step step : steps) {
      if (!(step instanceof Publish)) {
        saves.merge(Steps.IDS.get(accountOf(step)), 1L, Long::sum);
      }
    }
    saves.forEach((id, versions) -> assertThat(
        crm.accounts().findById(AccountId.of(id)).map(Account::version).orElse(0L)).isEqualTo(versions));

    // and the result is what the same steps give one by one, outside a transaction
    InMemoryCrm oneByOne = seededCrm();
    steps.forEach(step -> perform(oneByOne, step));
    assertThat(snapshot(crm)).isEqualTo(snapshot(oneByOne));
  }

  @Property
  void a_nested_call_that_fails_drops_exactly_its_own_steps(
      @ForAll("steps") List<Step> first, @ForAll("steps") List<Step> nested,
      @ForAll("steps") List<Step> last) {
    // given
    InMemoryCrm crm = seededCrm();
    InMemoryCrm withoutNested = seededCrm();

    // when the outer work catches the nested failure and goes on
    crm.unitOfWork().run(() -> {
      first.forEach(step -> perform(crm, step));
      Throwable nestedFailure = catchThrowable(() -> crm.unitOfWork().run(() -> {
        nested.forEach(step -> perform(crm, step));
        throw new IllegalStateException("the nested work fails");
      }));
      assertThat(nestedFailure).isInstanceOf(IllegalStateException.class);
      last.forEach(step -> perform(crm, step));
    });
    withoutNested.unitOfWork().run(() -> {
      first.forEach(step -> perform(withoutNested, step));
      last.forEach(step -> perform(withoutNested, step));
    });

    // then
    assertThat(snapshot(crm)).isEqualTo(snapshot(withoutNested));
  }

  private static int accountOf(Step step) {
    if (step instanceof Steps.Resize resize) {
      return resize.account();
    }
    if (step instanceof Steps.Rename rename) {
      return rename.account();
    }
    return ((Steps.Redomain) step).account();
  }
}
