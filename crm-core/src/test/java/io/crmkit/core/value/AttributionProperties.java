package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AttributionProperties {

  @Property
  void record_keeps_the_first_touch_no_later_than_the_last(@ForAll("touchLists") List<Touch> touches) {
    Attribution attribution = recordAll(touches);

    assertThat(attribution.isEmpty()).isEqualTo(touches.isEmpty());
    attribution.firstTouch().ifPresent(first ->
        assertThat(first.capturedAt()).isBeforeOrEqualTo(attribution.lastTouch().orElseThrow().capturedAt()));
  }

  @Property
  void the_first_and_last_touch_are_the_earliest_and_latest_recorded(@ForAll("touchLists") List<Touch> touches) {
    Attribution attribution = recordAll(touches);

    Optional<Instant> earliest = touches.stream().map(Touch::capturedAt).min(Comparator.naturalOrder());
    Optional<Instant> latest = touches.stream().map(Touch::capturedAt).max(Comparator.naturalOrder());
    assertThat(attribution.firstTouch().map(Touch::capturedAt)).isEqualTo(earliest);
    assertThat(attribution.lastTouch().map(Touch::capturedAt)).isEqualTo(latest);
    attribution.firstTouch().ifPresent(first -> assertThat(touches).contains(first));
    attribution.lastTouch().ifPresent(last -> assertThat(touches).contains(last));
  }

  @Property
  void the_order_touches_are_recorded_in_does_not_change_the_attribution(
      @ForAll("touchLists") List<Touch> touches, @ForAll Random random) {
    List<Touch> shuffled = new ArrayList<>(touches);
    Collections.shuffle(shuffled, random);

    assertThat(recordAll(shuffled)).isEqualTo(recordAll(touches));
  }

  @Property
  void recording_a_touch_again_changes_nothing(@ForAll("touchLists") List<Touch> touches) {
    Attribution attribution = recordAll(touches);

    for (Touch touch : touches) {
      assertThat(attribution.record(touch)).isEqualTo(attribution);
    }
  }

  @Property
  void a_first_touch_after_the_last_is_rejected(@ForAll("touches") Touch a, @ForAll("touches") Touch b) {
    net.jqwik.api.Assume.that(!a.capturedAt().equals(b.capturedAt()));
    Touch later = a.capturedAt().isAfter(b.capturedAt()) ? a : b;
    Touch earlier = later == a ? b : a;

    assertRejected(() -> new Attribution(Optional.of(later), Optional.of(earlier)), "attribution.firstTouch", "order");
  }

  @Property
  void a_first_touch_without_a_last_is_rejected(@ForAll("touches") Touch touch) {
    assertRejected(() -> new Attribution(Optional.of(touch), Optional.empty()), "attribution", "pair");
    assertRejected(() -> new Attribution(Optional.empty(), Optional.of(touch)), "attribution", "pair");
  }

  /** Touches of which many share an instant, so that ties are common. */
  @Provide
  Arbitrary<List<Touch>> touchLists() {
    Arbitrary<Instant> fewInstants = Arbitraries.of(
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-03T00:00:00Z"));
    Arbitrary<Touch> tied = ValueArbitraries.touches().flatMap(t ->
        fewInstants.map(at -> new Touch(t.channel(), t.source(), t.utm(), at)));
    return Arbitraries.oneOf(tied, ValueArbitraries.touches()).list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<Touch> touches() {
    return ValueArbitraries.touches();
  }

  private static Attribution recordAll(List<Touch> touches) {
    Attribution attribution = Attribution.none();
    for (Touch touch : touches) {
      attribution = attribution.record(touch);
    }
    return attribution;
  }
}
