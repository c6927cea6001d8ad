package io.crmkit.identity.compare;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * String similarities from commons-text, made symmetric: the pair is put in one order before it is
 * measured, so {@code similarity(a, b) == similarity(b, a)} to the last bit.
 */
public final class Similarity {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
  private static final LevenshteinDistance[] WITHIN = new LevenshteinDistance[9];

  static {
    for (int edits = 0; edits < WITHIN.length; edits++) {
      WITHIN[edits] = new LevenshteinDistance(edits);
    }
  }

  private Similarity() {}

  /** The Jaro-Winkler similarity of two texts, from 0 (nothing in common) to 1 (equal). */
  public static double jaroWinkler(String first, String second) {
    if (first.equals(second)) {
      return 1.0;
    }
    return first.compareTo(second) <= 0 ? JARO_WINKLER.apply(first, second) : JARO_WINKLER.apply(second, first);
  }

  /** The Levenshtein distance of two texts: the fewest one-character edits from one to the other. */
  public static int levenshtein(String first, String second) {
    return LEVENSHTEIN.apply(first, second);
  }

  /** Whether two texts are at most {@code maxEdits} edits apart; faster than the full distance. */
  public static boolean withinEdits(String first, String second, int maxEdits) {
    if (Math.abs(first.length() - second.length()) > maxEdits) {
      return false;
    }
    LevenshteinDistance bounded = maxEdits < WITHIN.length ? WITHIN[Math.max(0, maxEdits)] : new LevenshteinDistance(maxEdits);
    return bounded.apply(first, second) >= 0;
  }
}
