package io.crmkit.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import io.crmkit.core.port.IdGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The sequential and random id generators. */
class IdGeneratorsTest {

  @Test
  void sequential_ids_are_the_prefix_and_a_counter_from_1() {
    IdGenerator ids = new SequentialIdGenerator("acc-");

    assertThat(List.of(ids.nextId(), ids.nextId(), ids.nextId())).containsExactly("acc-1", "acc-2", "acc-3");
  }

  @Test
  void two_sequential_generators_with_the_same_prefix_give_the_same_ids() {
    IdGenerator first = new SequentialIdGenerator("c-");
    IdGenerator second = new SequentialIdGenerator("c-");

    assertThat(first.nextContactId()).isEqualTo(second.nextContactId()).isEqualTo(ContactId.of("c-1"));
  }

  @Test
  void the_typed_helpers_wrap_the_next_id() {
    IdGenerator ids = new SequentialIdGenerator("");

    assertThat(ids.nextAccountId()).isEqualTo(AccountId.of("1"));
    assertThat(ids.nextEventId()).isEqualTo(EventId.of("2"));
    assertThat(ids.next(ContactId::of)).isEqualTo(ContactId.of("3"));
  }

  @Test
  void a_prefix_with_white_space_or_control_characters_is_refused() {
    for (String bad : List.of("acc ", " acc", "a c", "acc\n", "acc\u0007")) {
      assertThatThrownBy(() -> new SequentialIdGenerator(bad))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("idGenerator.prefix");
            assertThat(e.rule()).isEqualTo("invalid");
          });
    }
  }

  @Test
  void a_prefix_too_long_for_an_id_is_refused() {
    String longest = "p".repeat(SequentialIdGenerator.MAX_PREFIX_LENGTH);

    assertThat(new SequentialIdGenerator(longest).nextEventId().value()).isEqualTo(longest + "1");
    assertThatThrownBy(() -> new SequentialIdGenerator(longest + "p"))
        .isInstanceOf(CrmValidationException.class);
  }

  @Test
  void a_missing_prefix_is_refused() {
    assertThatThrownBy(() -> new SequentialIdGenerator(null))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.rule()).isEqualTo("required"));
  }

  @Test
  void sequential_ids_drawn_by_many_threads_are_each_number_once() throws Exception {
    IdGenerator ids = new SequentialIdGenerator("id-");
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> drawn = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        drawn.add(threads.submit(() -> {
          List<String> mine = new ArrayList<>();
          for (int i = 0; i < 1000; i++) {
            mine.add(ids.nextId());
          }
          return mine;
        }));
      }
      Set<String> all = new HashSet<>();
      for (Future<List<String>> thread : drawn) {
        all.addAll(thread.get(1, TimeUnit.MINUTES));
      }

      assertThat(all).isEqualTo(LongStream.rangeClosed(1, 8000).mapToObj(n -> "id-" + n).collect(Collectors.toSet()));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void random_ids_are_distinct_version_4_uuids() {
    IdGenerator ids = new RandomIdGenerator();

    Set<String> drawn = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      drawn.add(ids.nextId());
    }

    assertThat(drawn).hasSize(1000);
    assertThat(drawn).allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(4));
  }
}
