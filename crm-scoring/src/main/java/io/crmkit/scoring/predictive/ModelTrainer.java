package io.crmkit.scoring.predictive;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.Dataset;

/** Learns a {@link PredictiveModel} from closed leads. Implementations are immutable settings. */
@FunctionalInterface
public interface ModelTrainer {

  /**
   * Trains a model on closed leads.
   *
   * @throws CrmValidationException when the leads cannot teach anything, such as when they are all
   *     won or all lost ({@code training.outcomes}, rule {@code single-class})
   */
  PredictiveModel train(Dataset closedLeads);

  /**
   * Refuses training data that holds one outcome only.
   *
   * @throws CrmValidationException when every lead was won or every lead was lost
   */
  static void requireBothOutcomes(Dataset closedLeads) {
    if (closedLeads.wonCount() == 0 || closedLeads.lostCount() == 0) {
      throw CrmValidationException.of(
          "training.outcomes",
          "single-class",
          closedLeads.wonCount() + " won, " + closedLeads.lostCount() + " lost",
          "training needs won and lost leads");
    }
  }
}
