package io.crmkit.lifecycle.shipped;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageOutcome;
import io.crmkit.lifecycle.StageName;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of the {@link OpportunityLifecycle opportunity lifecycle}: how long a deal may stay
 * in an open stage, and the crm-core stage (default probability and forecast category) each stage
 * of the lifecycle stands for.
 *
 * @param timeInStageDays the days (of 24 hours) a deal may stay in an open stage before its
 *     {@value LifecycleTimers#TIME_IN_STAGE} timer is breached; 1 or more
 * @param coreStages the crm-core stage of each stage of the lifecycle, one per stage, in the
 *     lifecycle's order: Discovery, Solution fit, Proposal, Commit (open), Closed won (won), Closed
 *     lost (lost)
 */
public record OpportunityOptions(int timeInStageDays, List<Stage> coreStages) {
  private static final OpportunityOptions DEFAULTS = new OpportunityOptions(30, Stage.defaults());

  /**
   * Checks and copies.
   *
   * @throws CrmValidationException field {@code opportunityOptions.timeInStageDays}, rule
   *     {@code range}, below 1; field {@code opportunityOptions.coreStages[i]}: rule {@code name}
   *     for a stage not named as the lifecycle's stage at that place, {@code outcome} for an
   *     outcome that is not the stage's; field {@code opportunityOptions.coreStages}, rule
   *     {@code size}, for other than six stages
   */
  public OpportunityOptions {
    B2bLeadOptions.atLeastOne("opportunityOptions.timeInStageDays", timeInStageDays, "day");
    CrmValidationException.required("opportunityOptions.coreStages", coreStages);
    List<StageName> stages = OpportunityLifecycle.STAGES;
    if (coreStages.size() != stages.size()) {
      throw CrmValidationException.of(
          "opportunityOptions.coreStages", "size", coreStages.size(), "one crm-core stage for each of " + stages);
    }
    for (int i = 0; i < stages.size(); i++) {
      String field = "opportunityOptions.coreStages[" + i + "]";
      Stage stage = CrmValidationException.required(field, coreStages.get(i));
      if (!stages.get(i).matches(stage.name())) {
        throw CrmValidationException.of(field, "name", stage.name(), "the stage at this place is '" + stages.get(i) + "'");
      }
      StageOutcome outcome = i == 4 ? StageOutcome.WON : i == 5 ? StageOutcome.LOST : StageOutcome.OPEN;
      if (stage.outcome() != outcome) {
        throw CrmValidationException.of(field, "outcome", stage.outcome(), "'" + stages.get(i) + "' is " + outcome);
      }
    }
    coreStages = List.copyOf(coreStages);
  }

  /**
   * The defaults: 30 days in a stage, and crm-core's {@link Stage#defaults()} (Discovery 10% and
   * Solution fit 30% in pipeline, Proposal 60% best case, Commit 90% commit, won 100% closed, lost
   * 0% omitted).
   */
  public static OpportunityOptions defaults() {
    return DEFAULTS;
  }

  /** These settings with another time a deal may stay in an open stage, in days. */
  public OpportunityOptions withTimeInStageDays(int days) {
    return new OpportunityOptions(days, coreStages);
  }

  /**
   * These settings with another crm-core stage for the lifecycle's stage of the same name: another
   * default probability or forecast category.
   *
   * @throws CrmValidationException field {@code stage}, rule {@code unknown}, for a name the
   *     lifecycle does not have
   */
  public OpportunityOptions withCoreStage(Stage stage) {
    CrmValidationException.required("stage", stage);
    int at = indexOf(StageName.of(stage.name()));
    List<Stage> changed = new ArrayList<>(coreStages);
    changed.set(at, stage);
    return new OpportunityOptions(timeInStageDays, changed);
  }

  /**
   * The crm-core stage a stage of the lifecycle stands for.
   *
   * @throws CrmValidationException field {@code stage}, rule {@code unknown}, for a stage the
   *     lifecycle does not have
   */
  public Stage coreStage(StageName stage) {
    return coreStages.get(indexOf(CrmValidationException.required("stage", stage)));
  }

  /** The forecast category of a stage of the lifecycle; see {@link #coreStage(StageName)}. */
  public ForecastCategory forecastCategory(StageName stage) {
    return coreStage(stage).forecastCategory();
  }

  /** The default probability of winning (0 to 100 percent) in a stage of the lifecycle; see {@link #coreStage(StageName)}. */
  public int probability(StageName stage) {
    return coreStage(stage).probability();
  }

  private static int indexOf(StageName stage) {
    int at = OpportunityLifecycle.STAGES.indexOf(stage);
    if (at < 0) {
      throw CrmValidationException.of(
          "stage", "unknown", stage, "the " + OpportunityLifecycle.NAME + " lifecycle has no stage '" + stage + "'");
    }
    return at;
  }
}
