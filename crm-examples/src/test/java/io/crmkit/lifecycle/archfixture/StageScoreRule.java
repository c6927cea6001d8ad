package io.crmkit.lifecycle.archfixture;

import io.crmkit.scoring.archfixture.EngagementScore;

/**
 * A lifecycle class that breaks the sibling rule on purpose: it uses a scoring class. Only
 * architecture tests import it.
 */
public final class StageScoreRule {
  /** Whether the engagement score is high enough to advance. */
  public boolean mayAdvance(EngagementScore score) {
    return score.points() >= 50;
  }
}
