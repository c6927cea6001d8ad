package io.crmkit.core.opportunity;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;
import java.util.List;

/**
 * A sales stage: its name, whether it is open, won or lost, its default win probability (percent)
 * and forecast category. Stages are configurable; the constants are the default sequence
 * (Discovery, Solution fit, Proposal, Commit, Closed won, Closed lost) that crm-lifecycle ships.
 *
 * @param name the stage's name as salespeople say it
 * @param outcome open, won or lost
 * @param probability the default probability of winning, 0 to 100 percent
 * @param forecastCategory where a deal in this stage counts in the forecast
 */
public record Stage(String name, StageOutcome outcome, int probability, ForecastCategory forecastCategory) {
  /** First conversations: is there a problem worth solving. */
  public static final Stage DISCOVERY = new Stage("Discovery", StageOutcome.OPEN, 10, ForecastCategory.PIPELINE);
  /** The solution fits the need and success measures are agreed. */
  public static final Stage SOLUTION_FIT = new Stage("Solution fit", StageOutcome.OPEN, 30, ForecastCategory.PIPELINE);
  /** A proposal or quote is with the buyer. */
  public static final Stage PROPOSAL = new Stage("Proposal", StageOutcome.OPEN, 60, ForecastCategory.BEST_CASE);
  /** Verbal agreement; paperwork under way. */
  public static final Stage COMMIT = new Stage("Commit", StageOutcome.OPEN, 90, ForecastCategory.COMMIT);
  /** Won. */
  public static final Stage CLOSED_WON = new Stage("Closed won", StageOutcome.WON, 100, ForecastCategory.CLOSED);
  /** Lost. */
  public static final Stage CLOSED_LOST = new Stage("Closed lost", StageOutcome.LOST, 0, ForecastCategory.OMITTED);

  /** Checks the stage. */
  public Stage {
    name = Texts.fold(CrmValidationException.requiredText("stage.name", name));
    CrmValidationException.required("stage.outcome", outcome);
    CrmValidationException.required("stage.forecastCategory", forecastCategory);
    if (probability < 0 || probability > 100) {
      throw CrmValidationException.of("stage.probability", "range", probability, "a probability is 0 to 100 percent");
    }
    if (outcome == StageOutcome.WON && probability != 100) {
      throw CrmValidationException.of("stage.probability", "won", probability, "a won stage has probability 100");
    }
    if (outcome == StageOutcome.LOST && probability != 0) {
      throw CrmValidationException.of("stage.probability", "lost", probability, "a lost stage has probability 0");
    }
  }

  /** The default stages in order, open ones first. */
  public static List<Stage> defaults() {
    return List.of(DISCOVERY, SOLUTION_FIT, PROPOSAL, COMMIT, CLOSED_WON, CLOSED_LOST);
  }

  /** Whether deals in this stage are closed, won or lost. */
  public boolean isClosed() {
    return outcome != StageOutcome.OPEN;
  }

  /** Whether deals in this stage are won. */
  public boolean isWon() {
    return outcome == StageOutcome.WON;
  }

  @Override
  public String toString() {
    return name;
  }
}
