package io.crmkit.identity.match;

import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Locale;

/**
 * A Fellegi-Sunter match model: the prior chance that a compared pair matches, and the m and u
 * probabilities of every comparison level.
 *
 * <p>A pair's match weight is {@code log2(prior / (1 - prior))} plus, for each comparison, the
 * level's {@code log2(m / u)} (its Bayes factor in bits) and any term-frequency adjustment; its
 * match probability is {@code 2^w / (1 + 2^w)}. The prior is the share of matches among the
 * candidate pairs the model was trained on.
 *
 * @param prior the chance a candidate pair matches, above 0 and below 1
 * @param fields the parameters of each comparison, in the settings' order
 */
public record FellegiSunterModel(double prior, List<FieldParameters> fields) {
  private static final double LN2 = Math.log(2);

  /** Checks the prior and copies the list. */
  public FellegiSunterModel {
    if (!(prior > 0 && prior < 1)) {
      throw CrmValidationException.of("model.prior", "range", prior, "a probability above 0 and below 1");
    }
    fields = List.copyOf(CrmValidationException.required("model.fields", fields));
  }

  /** The prior's weight: {@code log2(prior / (1 - prior))} bits. */
  public double priorWeight() {
    return Math.log(prior / (1 - prior)) / LN2;
  }

  /** The weight of level {@code level} of comparison {@code comparison} (by position), in bits. */
  public double weight(int comparison, int level) {
    return fields.get(comparison).weight(level);
  }

  /** The match probability of a match weight in bits: {@code 2^w / (1 + 2^w)}. */
  public static double probabilityOf(double weight) {
    if (weight == Double.POSITIVE_INFINITY) {
      return 1.0;
    }
    return 1.0 / (1.0 + Math.pow(2, -weight));
  }

  /** The match weight in bits of a match probability: {@code log2(p / (1 - p))}. */
  public static double weightOf(double probability) {
    return Math.log(probability / (1 - probability)) / LN2;
  }

  /** The model as a table: every level's m, u and weight. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "prior %.6g (weight %+.2f bits)\n", prior, priorWeight()));
    for (FieldParameters field : fields) {
      for (int level = 1; level < field.levels().size(); level++) {
        text.append(String.format(Locale.ROOT, "  %-16s %-28s m %.4f  u %.6f  weight %+.2f\n", field.comparison(),
            field.levels().get(level), field.m().get(level), field.u().get(level), field.weight(level)));
      }
    }
    return text.toString();
  }
}
