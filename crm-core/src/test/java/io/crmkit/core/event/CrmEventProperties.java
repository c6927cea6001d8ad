package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.fixtures.TestEvents;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the event records, for any input. */
class CrmEventProperties {
  private static final EventId EVENT = EventId.of("evt-1");
  private static final AccountId ACCOUNT = AccountId.of("acc-1");

  @Provide
  Arbitrary<String> fieldNames() {
    Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> name = part.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(".", parts));
    Arbitrary<String> padding = Arbitraries.of("", " ", "\t", "  ");
    return Combinators.combine(padding, name, padding).as((before, n, after) -> before + n + after);
  }

  @Property
  void changed_fields_are_normalised_once_and_for_all(
      @ForAll @Size(min = 1, max = 6) Set<@From("fieldNames") String> names) {
    AccountChanged once = new AccountChanged(EVENT, ACCOUNT, names, 2, TestEvents.AT);
    AccountChanged twice = new AccountChanged(EVENT, ACCOUNT, once.changedFields(), 2, TestEvents.AT);

    assertThat(twice).isEqualTo(once);
    assertThat(once.changedFields())
        .containsExactlyInAnyOrderElementsOf(names.stream().map(String::strip).collect(Collectors.toSet()));
    assertThat(new ArrayList<>(once.changedFields())).isSorted();
  }

  @Property(tries = 200)
  void every_event_refuses_any_version_below_1(@ForAll @LongRange(min = Long.MIN_VALUE, max = 0) long version) {
    for (CrmEvent sample : TestEvents.oneOfEach()) {
      assertThatThrownBy(() -> Remade.with(sample, "aggregateVersion", version))
          .isInstanceOfSatisfying(CrmValidationException.class,
              e -> assertThat(e.field()).isEqualTo(Remade.eventName(sample) + ".aggregateVersion"));
    }
  }

  @Property(tries = 200)
  void every_event_keeps_any_version_from_1(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long version)
      throws Throwable {
    for (CrmEvent sample : TestEvents.oneOfEach()) {
      assertThat(Remade.with(sample, "aggregateVersion", version).aggregateVersion()).isEqualTo(version);
    }
  }

  @Property
  void a_merge_is_refused_exactly_when_the_survivor_is_among_the_merged(
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 9) Integer> merged,
      @ForAll @IntRange(min = 1, max = 9) int survivor) {
    ContactId survivorId = ContactId.of("c-" + survivor);
    Set<ContactId> mergedIds = merged.stream().map(n -> ContactId.of("c-" + n)).collect(Collectors.toSet());

    if (mergedIds.contains(survivorId)) {
      assertThatThrownBy(() -> new ContactsMerged(EVENT, survivorId, mergedIds, 2, TestEvents.AT))
          .isInstanceOfSatisfying(CrmValidationException.class,
              e -> assertThat(e.rule()).isEqualTo("survivor"));
    } else {
      assertThat(new ContactsMerged(EVENT, survivorId, mergedIds, 2, TestEvents.AT).mergedIds())
          .isEqualTo(mergedIds);
    }
  }
}
