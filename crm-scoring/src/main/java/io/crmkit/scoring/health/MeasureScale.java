package io.crmkit.scoring.health;

import io.crmkit.scoring.internal.Texts;
import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a measure's raw value (seats in use, tickets open, NPS) maps to a score from 0 to 100.
 */
public sealed interface MeasureScale {

  /** The score of a raw value, from 0 to 100. */
  double score(double value);

  /** The scale in words. */
  String describe();

  /**
   * A straight line from {@code worst} (score 0) to {@code best} (score 100), held to 0..100 beyond
   * them. {@code worst} may be above {@code best}, for measures where less is better: support
   * tickets, days overdue.
   */
  static Linear linear(double worst, double best) {
    return new Linear(worst, best);
  }

  /** A value that already is a score from 0 to 100 (a percentage), held to 0..100. */
  static Linear percent() {
    return new Linear(0, 100);
  }

  /** Steps: each band gives its score from its lower bound up to the next band's. */
  static Bands bands(Band... bands) {
    return new Bands(List.of(CrmValidationException.required("scale.bands", bands)));
  }

  /**
   * A straight line from {@code worst} to {@code best}.
   *
   * @param worst the value that scores 0, finite
   * @param best the value that scores 100, finite, not {@code worst}
   */
  record Linear(double worst, double best) implements MeasureScale {
    /** Checks the ends. */
    public Linear {
      Texts.finite("scale.worst", worst);
      Texts.finite("scale.best", best);
      if (worst == best) {
        throw CrmValidationException.of("scale.best", "distinct", best, "the best value differs from the worst");
      }
    }

    @Override
    public double score(double value) {
      double score = (value - worst) / (best - worst) * 100;
      return score <= 0 ? 0 : score >= 100 ? 100 : score;
    }

    @Override
    public String describe() {
      return "0 at " + HealthNumbers.shown(worst) + ", 100 at " + HealthNumbers.shown(best);
    }
  }

  /**
   * One step of a {@link Bands} scale.
   *
   * @param from the lowest value of the band, finite
   * @param score the band's score, 0 to 100
   */
  record Band(double from, double score) {
    /** Checks both numbers. */
    public Band {
      Texts.finite("band.from", from);
      if (!(score >= 0 && score <= 100)) {
        throw CrmValidationException.of("band.score", "range", score, "a score is from 0 to 100");
      }
    }

    /** A band from {@code from} scoring {@code score}. */
    public static Band of(double from, double score) {
      return new Band(from, score);
    }
  }

  /**
   * Steps: a value scores as the last band whose lower bound it reaches; below the first band, as
   * the first band.
   *
   * @param bands the bands, lower bounds strictly rising; at least one
   */
  record Bands(List<Band> bands) implements MeasureScale {
    /** Checks the bands. */
    public Bands {
      CrmValidationException.required("scale.bands", bands);
      if (bands.isEmpty()) {
        throw CrmValidationException.of("scale.bands", "required", "[]", "a scale has at least one band");
      }
      List<Band> copy = new ArrayList<>();
      for (int i = 0; i < bands.size(); i++) {
        Band band = CrmValidationException.required("scale.bands[" + i + "]", bands.get(i));
        if (i > 0 && band.from() <= copy.get(i - 1).from()) {
          throw CrmValidationException.of("scale.bands[" + i + "].from", "order", band.from(),
              "bands are listed lowest first, each starting above the one before");
        }
        copy.add(band);
      }
      bands = List.copyOf(copy);
    }

    @Override
    public double score(double value) {
      double score = bands.get(0).score();
      for (Band band : bands) {
        if (value >= band.from()) {
          score = band.score();
        }
      }
      return score;
    }

    @Override
    public String describe() {
      StringBuilder words = new StringBuilder();
      for (Band band : bands) {
        words.append(words.length() == 0 ? "" : ", ")
            .append(HealthNumbers.shown(band.score())).append(" from ").append(HealthNumbers.shown(band.from()));
      }
      return words.toString();
    }
  }
}
