package io.crmkit.analytics.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The shortcuts to quantiles (histogram, quickselect) give what sorting everything gives. */
class QuantilesProperties {

  @Property
  void selected_order_statistics_are_those_of_the_sorted_values(
      @ForAll("values") double[] values, @ForAll long seed) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    java.util.Random random = new java.util.Random(seed);
    int[] positions = random.ints(random.nextInt(12) + 1, 0, values.length).distinct().sorted().toArray();

    double[] selected = OrderStatistics.select(values, positions);

    for (int i = 0; i < positions.length; i++) {
      assertThat(selected[i] == sorted[positions[i]]).as("%s at %d", selected[i], positions[i]).isTrue();
    }
  }

  @Property
  void selecting_within_slices_of_the_range_finds_the_same_values(
      @ForAll("values") double[] values, @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int slices) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    java.util.Random random = new java.util.Random(seed);
    int[] positions = random.ints(random.nextInt(12) + 1, 0, values.length).distinct().sorted().toArray();

    double[] selected = OrderStatistics.select(values, positions, slices);

    for (int i = 0; i < positions.length; i++) {
      assertThat(selected[i] == sorted[positions[i]]).as("%s at %d", selected[i], positions[i]).isTrue();
    }
  }

  @Property
  void type_7_quantiles_from_order_statistics_equal_those_from_the_sorted_values(
      @ForAll("values") double[] values, @ForAll @IntRange(min = 1, max = 12) int bins) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] probabilities = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      probabilities[i] = Quantiles.probability(i, bins);
    }

    double[] quantiles = Quantiles.type7(values, probabilities);

    for (int i = 0; i <= bins; i++) {
      assertThat(quantiles[i]).isEqualTo(Quantiles.type7(sorted, probabilities[i]));
    }
  }

  @Provide
  Arbitrary<double[]> values() {
    Arbitrary<Double> wholeSmall = Arbitraries.integers().between(-5, 40).map(Integer::doubleValue);
    Arbitrary<Double> wholeWide = Arbitraries.integers().between(-1_000_000_000, 1_000_000_000).map(Integer::doubleValue);
    Arbitrary<Double> fractions = Arbitraries.doubles().between(-1e6, 1e6);
    Arbitrary<Double> fewDistinct = Arbitraries.of(0.5, 2.25, 2.25, 7.0, -3.75);
    // one kind per list, so that the histogram (small whole numbers) and quickselect are both taken
    List<Arbitrary<List<Double>>> kinds = List.of(wholeSmall, wholeWide, fractions, fewDistinct,
            Arbitraries.oneOf(wholeSmall, fractions)).stream()
        .<Arbitrary<List<Double>>>map(kind -> kind.list().ofMinSize(1).ofMaxSize(400))
        .toList();
    return Arbitraries.oneOf(kinds).map(list -> list.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
