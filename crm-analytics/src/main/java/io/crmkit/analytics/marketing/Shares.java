package io.crmkit.analytics.marketing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Splits a whole number of units (cents, millionths of a deal) in proportion to weights, exactly. */
final class Shares {
  private Shares() {}

  /**
   * The largest-remainder split: each part is the floor of its exact share, and the units left over
   * go one each to the parts with the largest remainders (the earlier part on a tie). The parts add
   * up to {@code units}.
   *
   * @param units how many units to split; 0 or more
   * @param weights one weight per part, each 0 or more, their sum above 0
   */
  static List<BigInteger> split(BigInteger units, List<BigDecimal> weights) {
    BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal whole = new BigDecimal(units);
    List<BigInteger> parts = new ArrayList<>(weights.size());
    List<BigDecimal> remainders = new ArrayList<>(weights.size());
    BigInteger given = BigInteger.ZERO;
    for (BigDecimal weight : weights) {
      BigDecimal[] division = whole.multiply(weight).divideAndRemainder(total);
      BigInteger part = division[0].toBigIntegerExact();
      parts.add(part);
      remainders.add(division[1]);
      given = given.add(part);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
    int left = units.subtract(given).intValueExact();
    for (int k = 0; k < left; k++) {
      int i = order.get(k);
      parts.set(i, parts.get(i).add(BigInteger.ONE));
    }
    return List.copyOf(parts);
  }
}
