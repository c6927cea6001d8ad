package io.crmkit.identity.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.identity.record.IdentityRecord;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SimilarityProperties {

  @Property
  void jaro_winkler_is_symmetric_and_between_0_and_1(@ForAll("words") String a, @ForAll("words") String b) {
    double ab = Similarity.jaroWinkler(a, b);

    assertThat(ab).isEqualTo(Similarity.jaroWinkler(b, a));
    assertThat(ab).isBetween(0.0, 1.0);
  }

  @Property
  void a_text_is_wholly_similar_to_itself(@ForAll("words") String a) {
    assertThat(Similarity.jaroWinkler(a, a)).isEqualTo(1.0);
    assertThat(Similarity.levenshtein(a, a)).isZero();
  }

  @Property
  void levenshtein_is_symmetric_and_bounded_by_the_longer_text(@ForAll("words") String a, @ForAll("words") String b) {
    int ab = Similarity.levenshtein(a, b);

    assertThat(ab).isEqualTo(Similarity.levenshtein(b, a));
    assertThat(ab).isBetween(0, Math.max(a.length(), b.length()));
    assertThat(Similarity.withinEdits(a, b, 2)).isEqualTo(ab <= 2);
  }

  @Property
  void every_comparison_gives_a_pair_the_same_level_both_ways(@ForAll("comparisons") Comparison comparison,
      @ForAll("values") String a, @ForAll("values") String b) {
    IdentityRecord left = IdentityRecord.of("l", Map.of(comparison.field(), a));
    IdentityRecord right = IdentityRecord.of("r", Map.of(comparison.field(), b));

    int level = comparison.level(left, right);

    assertThat(comparison.level(right, left)).isEqualTo(level);
    assertThat(level).isBetween(0, comparison.elseLevel());
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("abcdeilmnorstuy éø").ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcdeilmnorstuy -'").ofMinLength(1).ofMaxLength(12),
        Arbitraries.of("Robert", "Bob", "Bobby", "Catherine", "Kathryn", "1975-08-18", "18/08/1975", "1975-18-08",
            "1975-08-19", "020 7031 3000", "+44 20 7031 3001", "ann@example.com", "anne@example.com"));
  }

  @Provide
  Arbitrary<Comparison> comparisons() {
    return Arbitraries.of(Comparisons.name("f"), Comparisons.text("f"), Comparisons.address("f"),
        Comparisons.identifier("f"), Comparisons.postcode("f"), Comparisons.date("f"), Comparisons.email("f"),
        Comparisons.phone("f", "GB"), Comparisons.exactly("f"));
  }
}
