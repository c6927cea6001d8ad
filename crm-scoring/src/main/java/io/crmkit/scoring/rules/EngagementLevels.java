package io.crmkit.scoring.rules;

/**
 * The engagement points it takes for each engagement level: {@code level1} or more is level 1 (the
 * most engaged), {@code level2} or more level 2, less is level 3.
 *
 * @param level1 the least engagement points of level 1, 0 to 100
 * @param level2 the least engagement points of level 2, below {@code level1}
 */
public record EngagementLevels(int level1, int level2) {
  private static final EngagementLevels DEFAULTS = new EngagementLevels(30, 15);

  /**
   * Checks the thresholds.
   *
   * @throws io.crmkit.core.CrmValidationException naming {@code engagementLevels.1} or
   *     {@code .2}: rule {@code range} outside 0..100, {@code order} when level 2 is not below level 1
   */
  public EngagementLevels {
    Thresholds.check("engagementLevels", new String[] {"1", "2"}, new int[] {level1, level2});
  }

  /** Level 1 from 30 engagement points, level 2 from 15. */
  public static EngagementLevels defaults() {
    return DEFAULTS;
  }

  /** The level of {@code engagementPoints}: 1, 2 or 3. */
  public int levelOf(double engagementPoints) {
    if (engagementPoints >= level1) {
      return 1;
    }
    return engagementPoints >= level2 ? 2 : 3;
  }
}
