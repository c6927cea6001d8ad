package io.crmkit.identity.block;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.identity.block.KeyPart.exact;
import static io.crmkit.identity.block.KeyPart.prefix;
import static io.crmkit.identity.block.KeyPart.soundex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BlockerTest {
  // five records: 0 and 1 share a surname prefix and postcode; 1 and 2 share a date of birth; 3 and 4 nothing
  private static final Map<String, String[]> COLUMNS = Map.of(
      "surname", new String[] {"smith", "smyth", "jones", "brown", null},
      "postcode", new String[] {"2000", "2000", "2000", "3000", "4000"},
      "dob", new String[] {"1975-08-18", "1980-01-01", "1980-01-01", null, "1990-02-02"});

  private static Function<String, String[]> columns() {
    return COLUMNS::get;
  }

  private static List<String> pairs(Blocking blocking) {
    List<String> pairs = new ArrayList<>();
    CandidatePairs candidates = blocking.pairs();
    for (int k = 0; k < candidates.size(); k++) {
      pairs.add(candidates.left(k) + "-" + candidates.right(k) + " by " + candidates.rule(k));
    }
    return pairs;
  }

  @Test
  void a_union_of_rules_compares_each_pair_once_credited_to_the_first_rule() {
    Blocker blocker = Blocker.of(List.of(
        BlockingRule.on(prefix("surname", 2), exact("postcode")),
        BlockingRule.on(exact("dob")),
        BlockingRule.on(exact("postcode"))));

    Blocking blocking = blocker.deduplicate(5, columns());

    assertThat(pairs(blocking)).containsExactly("0-1 by 0", "1-2 by 1", "0-2 by 2");
    assertThat(blocking.report().rules()).extracting(RuleReport::comparisons).containsExactly(1L, 1L, 1L);
    assertThat(blocking.report().comparisons()).isEqualTo(3);
    assertThat(blocking.report().possiblePairs()).isEqualTo(10);
    assertThat(blocking.report().reductionRatio()).isEqualTo(0.7);
  }

  @Test
  void a_record_missing_a_key_part_is_in_no_block_of_that_rule() {
    Blocking blocking = Blocker.of(List.of(BlockingRule.on(exact("surname"), exact("dob")))).deduplicate(5, columns());

    assertThat(blocking.pairs().size()).isZero();
    assertThat(blocking.report().rules().get(0).blocks()).isZero();
  }

  @Test
  void a_block_over_the_maximum_is_skipped_and_reported() {
    Blocker blocker = Blocker.of(List.of(
        BlockingRule.on(exact("postcode")).withMaxBlockSize(2),
        BlockingRule.on(exact("dob"))));

    Blocking blocking = blocker.deduplicate(5, columns());

    RuleReport postcode = blocking.report().rules().get(0);
    assertThat(postcode.skippedBlocks()).isEqualTo(1);
    assertThat(postcode.skippedRecords()).isEqualTo(3);
    assertThat(postcode.largestSkipped()).containsExactly(new SkippedBlock("2000", 3));
    assertThat(postcode.comparisons()).isZero();
    // the pair in the skipped block is still compared when a later rule picks it
    assertThat(pairs(blocking)).containsExactly("1-2 by 1");
    assertThat(blocking.report().describe()).contains("1 blocks skipped (3 records, largest '2000' with 3)");
  }

  @Test
  void linking_compares_only_pairs_across_the_two_lists() {
    Map<String, String[]> left = Map.of("postcode", new String[] {"2000", "2000"});
    Map<String, String[]> right = Map.of("postcode", new String[] {"2000", "3000"});

    Blocking blocking = Blocker.of(List.of(BlockingRule.on(exact("postcode")))).link(2, left::get, 2, right::get);

    assertThat(pairs(blocking)).containsExactly("0-0 by 0", "1-0 by 0");
    assertThat(blocking.report().possiblePairs()).isEqualTo(4);
    assertThat(blocking.sameBlock(0, 1, 0)).isTrue();
    assertThat(blocking.sameBlock(0, 1, 1)).isFalse();
  }

  @Test
  void key_parts_make_keys_from_matching_forms() {
    assertThat(prefix("surname", 2).key("smith")).contains("sm");
    assertThat(prefix("surname", 9).key("li")).contains("li");
    assertThat(soundex("surname").key("robert smith")).contains("R163");
    assertThat(soundex("surname").key("123")).isEmpty();
    assertThat(KeyPart.metaphone("surname").key("smith")).contains("SM0");
    BlockingRule rule = BlockingRule.on(prefix("surname", 1), exact("postcode"));
    assertThat(rule.name()).isEqualTo("surname[0:1] + postcode");
    assertThat(rule.key(field -> Optional.of(field.equals("surname") ? "smith" : "2000"))).contains("s\u001f2000");
    assertThat(rule.key(field -> field.equals("surname") ? Optional.of("smith") : Optional.empty())).isEmpty();
  }

  @Test
  void rules_are_checked() {
    assertRejected("blockingRule.maxBlockSize", "range", () -> BlockingRule.on(exact("a")).withMaxBlockSize(1));
    assertRejected("blockingRule.parts", "required", () -> BlockingRule.on());
    assertRejected("keyPart.length", "range", () -> prefix("a", 0));
    assertRejected("blocking.rules", "required", () -> Blocker.of(List.of()));
    assertRejected("blocking.rules", "unique",
        () -> Blocker.of(List.of(BlockingRule.on(exact("a")), BlockingRule.on(exact("a")))));
  }

  @Test
  void a_rule_reading_a_field_without_a_column_is_refused() {
    Blocker blocker = Blocker.of(List.of(BlockingRule.on(exact("email"))));

    assertRejected("blocking.columns", "required", () -> blocker.deduplicate(5, columns()));
  }

  @Test
  void no_records_make_no_pairs() {
    Blocking blocking = Blocker.of(List.of(BlockingRule.on(exact("postcode"))))
        .deduplicate(0, field -> new String[0]);

    assertThat(blocking.pairs().size()).isZero();
    assertThat(blocking.report().reductionRatio()).isEqualTo(1.0);
  }
}
