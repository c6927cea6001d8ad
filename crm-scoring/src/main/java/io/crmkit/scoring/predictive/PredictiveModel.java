package io.crmkit.scoring.predictive;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.LeadFacts;
import java.util.Set;

/**
 * A model that tells how likely an open lead is to be won, learnt from closed leads. Implementations
 * are immutable values and safe to share between threads.
 */
public interface PredictiveModel {

  /**
   * Predicts one lead: its probability of being won and the factors behind it. Features the lead
   * lacks are missing values.
   *
   * @throws CrmValidationException when the lead has a feature the model does not know ({@code
   *     lead.<name>}, rule {@code unknown-feature}) or a value of the wrong kind for a feature
   *     ({@code lead.<name>}, rule {@code not-a-number} or {@code not-a-category})
   */
  Prediction predict(LeadFacts lead);

  /**
   * The probability of being won of every lead of a dataset, in row order: the fast way to score
   * many leads (no factors are made). Features of the dataset the model does not know are ignored;
   * features the model knows but the dataset lacks are missing.
   *
   * @throws CrmValidationException when a feature of the dataset is of another kind than the model's
   */
  double[] probabilities(Dataset leads);

  /** The names of the features the model reads. */
  Set<String> features();
}
