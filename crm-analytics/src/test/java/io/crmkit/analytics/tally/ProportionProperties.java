package io.crmkit.analytics.tally;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ProportionProperties {

  @Property
  void counting_items_one_at_a_time_or_in_two_halves_gives_the_same_proportion(
      @ForAll List<Boolean> items, @ForAll int cut) {
    int at = items.isEmpty() ? 0 : Math.floorMod(cut, items.size() + 1);
    Proportion whole = count(items);

    assertThat(count(items.subList(0, at)).combine(count(items.subList(at, items.size())))).isEqualTo(whole);
    assertThat(whole.whole()).isEqualTo(items.size());
    assertThat(whole.part()).isEqualTo(items.stream().filter(b -> b).count());
  }

  @Property
  void a_share_lies_between_0_and_1(@ForAll List<Boolean> items) {
    Proportion p = count(items);

    assertThat(p.share().isPresent()).isEqualTo(!items.isEmpty());
    p.share().ifPresent(share -> assertThat(share).isBetween(0.0, 1.0));
  }

  @Test
  void nothing_counted_has_no_share() {
    assertThat(Proportion.none().share()).isEmpty();
    assertThat(Proportion.none().isEmpty()).isTrue();
    assertThat(Proportion.of(1, 4).share()).hasValue(0.25);
    assertThat(Proportion.of(1, 4)).hasToString("1/4");
  }

  @Test
  void a_part_above_the_whole_or_a_negative_count_is_refused() {
    assertRejected("proportion.part", "range", () -> Proportion.of(3, 2));
    assertRejected("proportion.part", "range", () -> Proportion.of(-1, 2));
    assertRejected("proportion.whole", "range", () -> Proportion.of(0, -1));
  }

  private static Proportion count(List<Boolean> items) {
    Proportion p = Proportion.none();
    for (boolean item : items) {
      p = p.count(item);
    }
    return p;
  }
}
