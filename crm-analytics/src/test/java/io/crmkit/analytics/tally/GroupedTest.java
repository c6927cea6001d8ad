package io.crmkit.analytics.tally;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupedTest {
  private static Proportion evens(List<Integer> numbers) {
    Proportion p = Proportion.none();
    for (int n : numbers) {
      p = p.count(n % 2 == 0);
    }
    return p;
  }

  @Test
  void rows_are_tallied_per_group_and_groups_merge_key_by_key() {
    Grouped<String, Proportion> small = Grouped.of(List.of(1, 2, 3, 12), n -> n < 10 ? "small" : "big",
        GroupedTest::evens);
    Grouped<String, Proportion> more = Grouped.of(List.of(4, 20, 21), n -> n < 10 ? "small" : "big",
        GroupedTest::evens);

    Grouped<String, Proportion> both = small.combine(more);

    assertThat(small.get("small")).hasValue(Proportion.of(1, 3));
    assertThat(both.get("small")).hasValue(Proportion.of(2, 4));
    assertThat(both.get("big")).hasValue(Proportion.of(2, 3));
    assertThat(both.get("none")).isEmpty();
    assertThat(both.keys(Comparator.naturalOrder())).containsExactly("big", "small");
    assertThat(both.total(Proportion.none())).isEqualTo(Proportion.of(4, 7));
  }

  @Test
  void no_rows_give_no_group_and_a_missing_key_is_refused() {
    assertThat(Grouped.of(List.<Integer>of(), n -> "x", GroupedTest::evens)).isEqualTo(Grouped.empty());
    assertRejected("group key", "required", () -> Grouped.of(List.of(1), n -> null, GroupedTest::evens));
  }
}
