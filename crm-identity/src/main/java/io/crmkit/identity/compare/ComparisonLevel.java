package io.crmkit.identity.compare;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.normalise.Nicknames;
import java.util.Locale;

/**
 * One level of a field comparison: a test two present values in matching form pass or fail. A
 * {@link Comparison} tries its levels in order and gives a pair the first one that holds;
 * missing values and "none of the levels" are levels of their own, added by the comparison.
 */
public sealed interface ComparisonLevel {

  /** A short label for explanations, such as {@code jaro-winkler >= 0.9}. */
  String label();

  /** The values are equal. */
  static ComparisonLevel exact() {
    return new Exact();
  }

  /** The values are the same given name by the shipped {@link Nicknames} (Bob and Robert). */
  static ComparisonLevel nickname() {
    return new Nickname(Nicknames.standard());
  }

  /** The values are the same given name by these nicknames. */
  static ComparisonLevel nickname(Nicknames nicknames) {
    return new Nickname(CrmValidationException.required("level.nicknames", nicknames));
  }

  /** The values sound alike: a Double Metaphone code (primary or alternate) in common. */
  static ComparisonLevel phonetic() {
    return new Phonetic();
  }

  /**
   * The values' Jaro-Winkler similarity is at least {@code threshold}.
   *
   * @throws CrmValidationException naming {@code level.threshold} (rule {@code range}) unless
   *     {@code 0 < threshold <= 1}
   */
  static ComparisonLevel jaroWinkler(double threshold) {
    return new JaroWinkler(threshold);
  }

  /**
   * The values' Levenshtein distance is at most {@code maxEdits} (insertions, deletions and
   * substitutions of one character).
   *
   * @throws CrmValidationException naming {@code level.maxEdits} (rule {@code range}) unless 1 or more
   */
  static ComparisonLevel levenshtein(int maxEdits) {
    return new Levenshtein(maxEdits);
  }

  /**
   * Both values are ISO dates at most {@code days} days apart.
   *
   * @throws CrmValidationException naming {@code level.days} (rule {@code range}) unless 1 or more
   */
  static ComparisonLevel datesWithin(int days) {
    return new DatesWithin(days);
  }

  /** Both values are ISO dates of one year with day and month swapped (3 April and 4 March). */
  static ComparisonLevel dayMonthSwapped() {
    return new DayMonthSwapped();
  }

  /** Equal values. */
  record Exact() implements ComparisonLevel {
    @Override
    public String label() {
      return "exact";
    }
  }

  /**
   * The same given name by a nickname table.
   *
   * @param nicknames the table
   */
  record Nickname(Nicknames nicknames) implements ComparisonLevel {
    /** Checks the table is given. */
    public Nickname {
      CrmValidationException.required("level.nicknames", nicknames);
    }

    @Override
    public String label() {
      return "nickname";
    }
  }

  /** A Double Metaphone code in common. */
  record Phonetic() implements ComparisonLevel {
    @Override
    public String label() {
      return "phonetic";
    }
  }

  /**
   * Jaro-Winkler similarity at least a threshold.
   *
   * @param threshold the least similarity, above 0 and at most 1
   */
  record JaroWinkler(double threshold) implements ComparisonLevel {
    /** Checks the threshold. */
    public JaroWinkler {
      if (!(threshold > 0 && threshold <= 1)) {
        throw CrmValidationException.of("level.threshold", "range", threshold, "a similarity above 0 and at most 1");
      }
    }

    @Override
    public String label() {
      return String.format(Locale.ROOT, "jaro-winkler >= %s", threshold);
    }
  }

  /**
   * Levenshtein distance at most a number of edits.
   *
   * @param maxEdits the most edits, 1 or more
   */
  record Levenshtein(int maxEdits) implements ComparisonLevel {
    /** Checks the number of edits. */
    public Levenshtein {
      if (maxEdits < 1) {
        throw CrmValidationException.of("level.maxEdits", "range", maxEdits, "1 or more edits");
      }
    }

    @Override
    public String label() {
      return "levenshtein <= " + maxEdits;
    }
  }

  /**
   * Dates at most a number of days apart.
   *
   * @param days the most days between the dates, 1 or more
   */
  record DatesWithin(int days) implements ComparisonLevel {
    /** Checks the number of days. */
    public DatesWithin {
      if (days < 1) {
        throw CrmValidationException.of("level.days", "range", days, "1 or more days");
      }
    }

    @Override
    public String label() {
      return "within " + days + " days";
    }
  }

  /** Day and month swapped in one year. */
  record DayMonthSwapped() implements ComparisonLevel {
    @Override
    public String label() {
      return "day and month swapped";
    }
  }
}
