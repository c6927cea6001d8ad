package io.crmkit.analytics.marketing;

import io.crmkit.core.CrmValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a deal's credit is shared among the touches before it: a weight per touch, the touches in
 * time order. {@link MultiTouchAttribution} turns the weights into amounts that add up exactly to the
 * deal's amount.
 *
 * <p>Every model gives non-negative weights with a positive sum for one touch or more; a single
 * touch always gets all the credit.
 */
public sealed interface AttributionModel {

  /**
   * The weight of each touch; only the weights' proportions matter.
   *
   * @param touchTimes when each touch happened, oldest first, none after the deal; at least one
   * @return one weight per touch, in the same order, each 0 or more, their sum above 0
   * @throws CrmValidationException when there is no touch ({@code touchTimes}, rule {@code required})
   */
  List<BigDecimal> weights(List<Instant> touchTimes);

  /** The model's name for reports: {@code first touch}, {@code time decay (half-life 7 days)}. */
  String describe();

  /** All credit to the first touch. */
  static AttributionModel firstTouch() {
    return FirstTouch.INSTANCE;
  }

  /** All credit to the last touch before the deal. */
  static AttributionModel lastTouch() {
    return LastTouch.INSTANCE;
  }

  /** Equal credit to every touch. */
  static AttributionModel linear() {
    return Linear.INSTANCE;
  }

  /** Credit halving with every half-life a touch lies before the deal. */
  static AttributionModel timeDecay(Duration halfLife) {
    return new TimeDecay(halfLife);
  }

  /** 40% to the first touch, 40% to the last and 20% shared by those between. */
  static AttributionModel positionBased() {
    return PositionBased.FORTY_TWENTY_FORTY;
  }

  /** All credit to the first touch. */
  enum FirstTouch implements AttributionModel {
    /** The one value. */
    INSTANCE;

    @Override
    public List<BigDecimal> weights(List<Instant> touchTimes) {
      List<BigDecimal> weights = zeros(touchTimes);
      weights.set(0, BigDecimal.ONE);
      return List.copyOf(weights);
    }

    @Override
    public String describe() {
      return "first touch";
    }
  }

  /** All credit to the last touch. */
  enum LastTouch implements AttributionModel {
    /** The one value. */
    INSTANCE;

    @Override
    public List<BigDecimal> weights(List<Instant> touchTimes) {
      List<BigDecimal> weights = zeros(touchTimes);
      weights.set(weights.size() - 1, BigDecimal.ONE);
      return List.copyOf(weights);
    }

    @Override
    public String describe() {
      return "last touch";
    }
  }

  /** Equal credit to every touch. */
  enum Linear implements AttributionModel {
    /** The one value. */
    INSTANCE;

    @Override
    public List<BigDecimal> weights(List<Instant> touchTimes) {
      return Collections.nCopies(checked(touchTimes).size(), BigDecimal.ONE);
    }

    @Override
    public String describe() {
      return "linear";
    }
  }

  /**
   * Credit that halves with every half-life between a touch and the deal: a touch {@code age}
   * before the deal weighs {@code 2^(-age / halfLife)}. With a 7-day half-life (the common default)
   * a touch a week before the deal counts half as much as one on the day.
   *
   * @param halfLife the half-life; positive
   */
  record TimeDecay(Duration halfLife) implements AttributionModel {
    /** The usual half-life: 7 days. */
    public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(7);

    /**
     * Checks the half-life.
     *
     * @throws CrmValidationException when it is not positive ({@code timeDecay.halfLife}, rule
     *     {@code positive})
     */
    public TimeDecay {
      CrmValidationException.required("timeDecay.halfLife", halfLife);
      if (halfLife.isNegative() || halfLife.isZero()) {
        throw CrmValidationException.of("timeDecay.halfLife", "positive", halfLife, "a half-life is longer than zero");
      }
    }

    @Override
    public List<BigDecimal> weights(List<Instant> touchTimes) {
      // Ages are measured from the last touch rather than the deal: the shares are the same (the
      // weights differ by a common factor), and the last touch weighs 1, so touches long before the
      // deal never make every weight underflow to zero.
      Instant last = checked(touchTimes).get(touchTimes.size() - 1);
      double halfLifeSeconds = halfLife.toNanos() / 1e9;
      List<BigDecimal> weights = new ArrayList<>(touchTimes.size());
      for (Instant at : touchTimes) {
        double ageSeconds = Duration.between(at, last).toNanos() / 1e9;
        weights.add(BigDecimal.valueOf(Math.pow(0.5, ageSeconds / halfLifeSeconds)));
      }
      return List.copyOf(weights);
    }

    @Override
    public String describe() {
      boolean wholeDays = halfLife.equals(Duration.ofDays(halfLife.toDays()));
      return "time decay (half-life " + (wholeDays ? halfLife.toDays() + " days" : halfLife.toString()) + ")";
    }
  }

  /**
   * Position-based (U-shaped) credit: a share to the first touch, a share to the last, and the rest
   * split evenly among the touches between. The edge cases: a single touch gets 100%; two touches
   * (no middle) split the credit in proportion of the first and last shares, 50/50 for 40/20/40.
   *
   * @param first the first touch's share, 0 to 1
   * @param last the last touch's share, 0 to 1; {@code first + last} is at most 1 and above 0
   */
  record PositionBased(BigDecimal first, BigDecimal last) implements AttributionModel {
    /** The standard 40/20/40 split. */
    public static final PositionBased FORTY_TWENTY_FORTY = new PositionBased(new BigDecimal("0.4"),
        new BigDecimal("0.4"));

    /**
     * Checks the shares.
     *
     * @throws CrmValidationException when a share is outside 0 to 1 ({@code positionBased.first} or
     *     {@code .last}, rule {@code range}) or their sum is above 1 or 0 ({@code positionBased},
     *     {@code range})
     */
    public PositionBased {
      checkShare("positionBased.first", first);
      checkShare("positionBased.last", last);
      BigDecimal ends = first.add(last);
      if (ends.compareTo(BigDecimal.ONE) > 0 || ends.signum() == 0) {
        throw CrmValidationException.of("positionBased", "range", ends,
            "first and last together take more than 0 and at most 1");
      }
    }

    @Override
    public List<BigDecimal> weights(List<Instant> touchTimes) {
      int n = checked(touchTimes).size();
      if (n == 1) {
        return List.of(BigDecimal.ONE);
      }
      if (n == 2) {
        return List.of(first, last);
      }
      List<BigDecimal> weights = new ArrayList<>(n);
      BigDecimal middle = BigDecimal.ONE.subtract(first).subtract(last);
      // Weights need not sum to 1: each middle touch weighs middle, the ends (n - 2) times theirs.
      BigDecimal between = BigDecimal.valueOf(n - 2);
      weights.add(first.multiply(between));
      for (int i = 1; i < n - 1; i++) {
        weights.add(middle);
      }
      weights.add(last.multiply(between));
      return List.copyOf(weights);
    }

    @Override
    public String describe() {
      return "position based " + percent(first) + "/" + percent(BigDecimal.ONE.subtract(first).subtract(last)) + "/"
          + percent(last);
    }

    private static String percent(BigDecimal share) {
      return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static void checkShare(String field, BigDecimal share) {
      CrmValidationException.required(field, share);
      if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw CrmValidationException.of(field, "range", share, "a share is 0 to 1");
      }
    }
  }

  private static List<Instant> checked(List<Instant> touchTimes) {
    CrmValidationException.required("touchTimes", touchTimes);
    if (touchTimes.isEmpty()) {
      throw CrmValidationException.of("touchTimes", "required", "[]", "a deal is credited to one touch or more");
    }
    return touchTimes;
  }

  private static List<BigDecimal> zeros(List<Instant> touchTimes) {
    return new ArrayList<>(Collections.nCopies(checked(touchTimes).size(), BigDecimal.ZERO));
  }
}
