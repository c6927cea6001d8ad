package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Whatever the seed and count, the sample leads are made the same way twice and every script has its shape. */
class SampleLeadsProperties {

  @Property(tries = 50)
  void the_leads_and_scripts_depend_only_on_the_seed_and_count(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int count) {
    SampleLeads first = SampleLeads.make(seed, count);
    SampleLeads second = SampleLeads.make(seed, count);

    assertThat(first.leads()).hasSize(count).isEqualTo(second.leads());
    assertThat(first.scripts()).hasSize(count * SampleLeads.ATTEMPTS_PER_LEAD).isEqualTo(second.scripts());
  }

  @Property(tries = 50)
  void a_script_is_every_trigger_in_order_with_one_more_put_somewhere(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 100) int count) {
    SampleLeads samples = SampleLeads.make(seed, count);

    for (int lead = 0; lead < count; lead++) {
      List<Integer> script = new ArrayList<>();
      for (int k = 0; k < SampleLeads.ATTEMPTS_PER_LEAD; k++) {
        script.add(samples.trigger(lead, k));
      }
      assertThat(script).allMatch(t -> t >= 0 && t < SampleLeads.TRIGGERS);
      assertThat(withOneRemovedLeavesEveryTriggerInOrder(script)).as("script %s", script).isTrue();
    }
  }

  private static boolean withOneRemovedLeavesEveryTriggerInOrder(List<Integer> script) {
    for (int extra = 0; extra < script.size(); extra++) {
      List<Integer> rest = new ArrayList<>(script);
      rest.remove(extra);
      boolean inOrder = true;
      for (int t = 0; t < rest.size(); t++) {
        inOrder &= rest.get(t) == t;
      }
      if (inOrder) {
        return true;
      }
    }
    return false;
  }
}
