package io.crmkit.scoring.health;

import io.crmkit.scoring.internal.Texts;
import io.crmkit.core.CrmValidationException;

/**
 * A grade of customer health over a range of whole scores: {@code red} from 0 to 50.
 *
 * @param name the grade's name, white space folded
 * @param from the lowest whole score of the grade, 0 to 100
 * @param to the highest whole score of the grade, {@code from} to 100
 */
public record HealthGrade(String name, int from, int to) {
  /** The default at-risk grade: 0 to 50. */
  public static final HealthGrade RED = new HealthGrade("red", 0, 50);
  /** The default grade to watch: 51 to 75. */
  public static final HealthGrade YELLOW = new HealthGrade("yellow", 51, 75);
  /** The default healthy grade: 76 to 100. */
  public static final HealthGrade GREEN = new HealthGrade("green", 76, 100);

  /**
   * Checks the name and range.
   *
   * @throws CrmValidationException naming {@code healthGrade.name} or {@code healthGrade.to}/{@code .from} (range)
   */
  public HealthGrade {
    name = Texts.required("healthGrade.name", name);
    if (from < 0 || from > 100) {
      throw CrmValidationException.of("healthGrade.from", "range", from, "a health score is from 0 to 100");
    }
    if (to < from || to > 100) {
      throw CrmValidationException.of("healthGrade.to", "range", to, "from " + from + " to 100");
    }
  }

  /** A grade over {@code from..to}. */
  public static HealthGrade of(String name, int from, int to) {
    return new HealthGrade(name, from, to);
  }

  /** Whether a whole score falls in this grade. */
  public boolean holds(int wholeScore) {
    return wholeScore >= from && wholeScore <= to;
  }

  /** Whether this grade has the name, ignoring case and spacing. */
  public boolean isNamed(String other) {
    return Texts.key("grade", other).equals(Texts.key("grade", name));
  }

  @Override
  public String toString() {
    return name + " (" + from + "-" + to + ")";
  }
}
