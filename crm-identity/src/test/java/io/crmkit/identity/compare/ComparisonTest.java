package io.crmkit.identity.compare;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.identity.compare.ComparisonLevel.exact;
import static io.crmkit.identity.compare.ComparisonLevel.jaroWinkler;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.identity.normalise.Normaliser;
import io.crmkit.identity.record.IdentityRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private final Comparison names = Comparisons.name("name");

  private static IdentityRecord with(String field, String value) {
    return IdentityRecord.of("r", Map.of(field, value));
  }

  private static IdentityRecord without() {
    return IdentityRecord.of("r", Map.of());
  }

  private String levelOf(Comparison comparison, String a, String b) {
    IdentityRecord left = a.isEmpty() ? without() : with(comparison.field(), a);
    IdentityRecord right = b.isEmpty() ? without() : with(comparison.field(), b);
    return comparison.levelLabels().get(comparison.level(left, right));
  }

  @Test
  void name_levels_run_from_exact_to_else() {
    assertThat(names.levelLabels()).containsExactly("missing", "exact", "nickname", "jaro-winkler >= 0.9",
        "phonetic", "jaro-winkler >= 0.7", "else");
    assertThat(levelOf(names, "Robert", "ROBERT")).isEqualTo("exact");
    assertThat(levelOf(names, "Bob", "Robert")).isEqualTo("nickname");
    assertThat(levelOf(names, "Martha", "Marhta")).isEqualTo("jaro-winkler >= 0.9");
    assertThat(levelOf(names, "Smith", "Smyth")).isEqualTo("phonetic");
    assertThat(levelOf(names, "Dwayne", "Duane")).isEqualTo("phonetic");
    assertThat(levelOf(names, "Marta", "Mario")).isEqualTo("jaro-winkler >= 0.7");
    assertThat(levelOf(names, "Ann", "Zebedee")).isEqualTo("else");
  }

  @Test
  void a_missing_value_is_its_own_level_not_a_disagreement() {
    assertThat(levelOf(names, "Ann", "")).isEqualTo("missing");
    assertThat(levelOf(names, "", "")).isEqualTo("missing");
    assertThat(levelOf(names, "--", "Ann")).isEqualTo("missing");
    assertThat(names.level(with("name", "Ann"), without())).isEqualTo(Comparison.MISSING);
  }

  @Test
  void date_levels_see_swaps_typos_and_gaps() {
    Comparison dates = Comparisons.date("dob");

    assertThat(levelOf(dates, "1975-08-18", "18/08/1975")).isEqualTo("exact");
    assertThat(levelOf(dates, "1975-04-03", "1975-03-04")).isEqualTo("day and month swapped");
    assertThat(levelOf(dates, "1975-08-18", "1975-08-19")).isEqualTo("levenshtein <= 1");
    assertThat(levelOf(dates, "1975-08-18", "1976-02-01")).isEqualTo("within 365 days");
    assertThat(levelOf(dates, "1975-08-18", "1990-01-01")).isEqualTo("else");
    assertThat(levelOf(dates, "1975-02-30", "1975-02-28")).isEqualTo("missing");
  }

  @Test
  void phone_numbers_agree_whatever_their_format() {
    Comparison phones = Comparisons.phone("phone", "GB");

    assertThat(levelOf(phones, "020 7031 3000", "+44 20 7031 3000")).isEqualTo("exact");
    assertThat(levelOf(phones, "020 7031 3000", "020 7031 3001")).isEqualTo("levenshtein <= 1");
    assertThat(levelOf(phones, "020 7031 3000", "not a number")).isEqualTo("missing");
  }

  @Test
  void identifiers_count_edits() {
    Comparison ids = Comparisons.identifier("ssn");

    assertThat(levelOf(ids, "123-45-6789", "123456789")).isEqualTo("exact");
    assertThat(levelOf(ids, "123456789", "123456788")).isEqualTo("levenshtein <= 1");
    assertThat(levelOf(ids, "123456789", "213456789")).isEqualTo("levenshtein <= 2");
    assertThat(levelOf(ids, "123456789", "987654321")).isEqualTo("else");
  }

  @Test
  void level_numbers_are_missing_then_the_levels_then_else() {
    Comparison comparison = Comparison.of("city", Normaliser.text(), exact(), jaroWinkler(0.8));

    assertThat(comparison.levelCount()).isEqualTo(4);
    assertThat(comparison.exactLevel()).isEqualTo(1);
    assertThat(comparison.elseLevel()).isEqualTo(3);
    assertThat(Comparison.of("city", Normaliser.text(), jaroWinkler(0.8)).exactLevel()).isEqualTo(-1);
  }

  @Test
  void a_comparison_needs_levels_each_once() {
    assertRejected("comparison.levels", "required", () -> Comparison.of("city", Normaliser.text()));
    assertRejected("comparison.levels", "unique", () -> Comparison.of("city", Normaliser.text(), exact(), exact()));
    assertRejected("comparison.field", "required", () -> Comparison.of(" ", Normaliser.text(), exact()));
  }

  @Test
  void term_frequencies_need_an_exact_level() {
    assertRejected("comparison.termFrequencies", "exact-level",
        () -> Comparison.of("city", Normaliser.text(), jaroWinkler(0.9)).withTermFrequencies());
    assertThat(Comparison.of("city", Normaliser.text(), exact()).withTermFrequencies().termFrequencies()).isTrue();
  }

  @Test
  void level_parameters_are_checked() {
    assertRejected("level.threshold", "range", () -> ComparisonLevel.jaroWinkler(0));
    assertRejected("level.threshold", "range", () -> ComparisonLevel.jaroWinkler(1.5));
    assertRejected("level.maxEdits", "range", () -> ComparisonLevel.levenshtein(0));
    assertRejected("level.days", "range", () -> ComparisonLevel.datesWithin(0));
  }

  @Test
  void renaming_keeps_everything_else() {
    Comparison renamed = names.named("given name");

    assertThat(renamed.name()).isEqualTo("given name");
    assertThat(renamed.field()).isEqualTo("name");
    assertThat(renamed.levels()).isEqualTo(names.levels());
    assertThat(renamed).isNotEqualTo(names);
  }

  @Test
  void a_prepared_column_holds_matching_forms() {
    PreparedColumn column = names.prepare(List.of(with("name", "José"), without()));

    assertThat(column.size()).isEqualTo(2);
    assertThat(column.value(0)).contains("jose");
    assertThat(column.isPresent(1)).isFalse();
  }

  @Test
  void jaro_winkler_and_levenshtein_give_the_textbook_values() {
    assertThat(Similarity.jaroWinkler("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
    assertThat(Similarity.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.8133, within(1e-4));
    assertThat(Similarity.levenshtein("kitten", "sitting")).isEqualTo(3);
    assertThat(Similarity.withinEdits("kitten", "sitting", 2)).isFalse();
    assertThat(Similarity.withinEdits("kitten", "sitting", 3)).isTrue();
  }
}
