package io.crmkit.scoring.evaluation;

import java.util.List;

/**
 * What a cross-validation found: each fold's result, and the measures over all leads, each scored by
 * the model that did not see it (pooled).
 *
 * @param folds the folds' results, in fold order
 * @param outOfFold every lead's out-of-fold probability with its outcome, in the dataset's row order
 * @param pooled the measures over {@link #outOfFold}
 */
public record CrossValidationReport(List<FoldResult> folds, ScoredOutcomes outOfFold, ScoreSummary pooled) {
  /** Copies the folds. */
  public CrossValidationReport {
    folds = List.copyOf(folds);
  }

  /** The mean of the folds' AUC. */
  public double meanFoldAuc() {
    return folds.stream().mapToDouble(f -> f.test().auc()).average().orElseThrow();
  }

  /** The (sample) standard deviation of the folds' AUC: how much the AUC depends on the split. */
  public double foldAucStandardDeviation() {
    double mean = meanFoldAuc();
    double squares = folds.stream().mapToDouble(f -> (f.test().auc() - mean) * (f.test().auc() - mean)).sum();
    return Math.sqrt(squares / (folds.size() - 1));
  }
}
