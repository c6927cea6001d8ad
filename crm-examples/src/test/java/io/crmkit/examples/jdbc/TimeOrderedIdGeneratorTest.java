package io.crmkit.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.ContactId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Version 7 UUIDs: made from the clock, each sorting after the one before, as text too. */
class TimeOrderedIdGeneratorTest {
  private static final Instant AT = Instant.parse("2026-02-02T10:00:00.123Z");

  @Test
  void an_id_is_a_version_7_uuid_that_begins_with_the_clocks_milliseconds() {
    TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(Clock.fixed(AT, ZoneOffset.UTC));

    UUID id = UUID.fromString(ids.nextId());

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(AT.toEpochMilli());
    assertThat(id.toString()).hasSize(36).isLowerCase();
  }

  @Test
  void ids_made_in_the_same_millisecond_sort_in_the_order_made_as_text() {
    TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(Clock.fixed(AT, ZoneOffset.UTC));
    List<String> made = new ArrayList<>();

    for (int i = 0; i < 10_000; i++) {
      made.add(ids.nextId());
    }

    assertThat(made).isSorted().doesNotHaveDuplicates();
    assertThat(UUID.fromString(made.get(4_095)).getMostSignificantBits() >>> 16)
        .as("4,096 ids fit in one millisecond")
        .isEqualTo(AT.toEpochMilli());
  }

  @Test
  void an_id_made_after_the_clock_stepped_back_still_sorts_after_the_ones_before() {
    SteppingClock clock = new SteppingClock(AT);
    TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock);
    String before = ids.nextId();

    clock.now = AT.minusSeconds(3_600);
    String after = ids.nextId();

    assertThat(after).isGreaterThan(before);
  }

  @Test
  void ids_made_by_many_threads_are_all_different() throws Exception {
    TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(Clock.systemUTC());
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> batches = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        batches.add(threads.submit(() -> {
          List<String> made = new ArrayList<>();
          for (int i = 0; i < 5_000; i++) {
            made.add(ids.nextId());
          }
          return made;
        }));
      }
      HashSet<String> all = new HashSet<>();
      for (Future<List<String>> batch : batches) {
        List<String> made = batch.get(1, TimeUnit.MINUTES);
        assertThat(made).as("each thread's ids in the order it made them").isSorted();
        all.addAll(made);
      }
      assertThat(all).hasSize(20_000);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void an_id_is_a_valid_aggregate_id() {
    String id = new TimeOrderedIdGenerator(Clock.systemUTC()).nextId();

    assertThat(ContactId.of(id).value()).isEqualTo(id).hasSizeLessThanOrEqualTo(AggregateId.MAX_LENGTH);
  }

  @Test
  void a_missing_clock_is_refused() {
    assertThatThrownBy(() -> new TimeOrderedIdGenerator(null))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("clock");
          assertThat(e.rule()).isEqualTo("required");
        });
  }

  @Property
  void ids_sort_as_their_clocks_readings_and_the_order_made(
      @ForAll @Size(min = 1, max = 50) List<@LongRange(min = 0, max = 100_000) Long> stepsInMillis,
      @ForAll @IntRange(min = 1, max = 5) int idsPerReading) {
    SteppingClock clock = new SteppingClock(AT);
    TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock);
    List<String> made = new ArrayList<>();

    for (long step : stepsInMillis) {
      clock.now = clock.now.plusMillis(step);
      for (int i = 0; i < idsPerReading; i++) {
        String id = ids.nextId();
        made.add(id);
        assertThat(UUID.fromString(id).getMostSignificantBits() >>> 16).isGreaterThanOrEqualTo(clock.millis());
      }
    }

    assertThat(made).isSorted().doesNotHaveDuplicates();
  }

  /** A clock a test sets. */
  private static final class SteppingClock extends Clock {
    private Instant now;

    SteppingClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
