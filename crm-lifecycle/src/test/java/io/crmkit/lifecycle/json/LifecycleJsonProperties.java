package io.crmkit.lifecycle.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.fixtures.Facts;
import io.crmkit.lifecycle.fixtures.RandomLifecycles;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** JSON definitions round-trip: reading what was written gives an equal definition and the same text. */
class LifecycleJsonProperties {

  @Property
  void reading_what_was_written_gives_an_equal_definition(@ForAll("lifecycles") LifecycleDefinition<Facts> lifecycle) {
    String json = LifecycleJson.write(lifecycle);

    LifecycleDefinition<Facts> read = LifecycleJson.read(json, RandomLifecycles.CRITERIA);

    assertThat(read).isEqualTo(lifecycle);
    assertThat(LifecycleJson.write(read)).isEqualTo(json);
  }

  @Provide
  Arbitrary<LifecycleDefinition<Facts>> lifecycles() {
    return RandomLifecycles.lifecycles();
  }
}
