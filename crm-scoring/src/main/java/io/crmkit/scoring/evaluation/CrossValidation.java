package io.crmkit.scoring.evaluation;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.predictive.ModelTrainer;
import io.crmkit.scoring.predictive.PredictiveModel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Stratified k-fold cross-validation: the leads are dealt into k folds with the share of won leads
 * kept in each; each fold is scored by a model trained on the others. The deal is shuffled by a seed,
 * so the same seed gives the same folds.
 *
 * <pre>{@code
 * CrossValidationReport report = CrossValidation.stratified(5, 42).run(leads, LogisticRegressionTrainer.defaults());
 * report.pooled().auc();
 * }</pre>
 *
 * @param folds the number of folds, 2 or more
 * @param seed the seed of the shuffle
 */
public record CrossValidation(int folds, long seed) {
  /**
   * Checks the number of folds.
   *
   * @throws CrmValidationException when there are fewer than 2 folds ({@code crossValidation.folds},
   *     rule {@code range})
   */
  public CrossValidation {
    if (folds < 2) {
      throw CrmValidationException.of("crossValidation.folds", "range", folds, "at least two folds");
    }
  }

  /** A stratified k-fold cross-validation shuffled by a seed. */
  public static CrossValidation stratified(int folds, long seed) {
    return new CrossValidation(folds, seed);
  }

  /**
   * The fold of every lead, from 0, in row order. Won leads and lost leads are each shuffled and dealt
   * in turn, so every fold has within one of the same number of won leads, of lost leads, and of
   * leads.
   *
   * @throws CrmValidationException when there are fewer leads than folds ({@code
   *     crossValidation.folds}, rule {@code more-than-leads}), or fewer won or lost leads than folds
   *     (rules {@code more-than-won-leads}, {@code more-than-lost-leads}): a fold needs both outcomes
   */
  public int[] assign(Dataset leads) {
    CrmValidationException.required("crossValidation.leads", leads);
    if (leads.size() < folds) {
      throw CrmValidationException.of(
          "crossValidation.folds", "more-than-leads", folds, folds + " folds for " + leads.size() + " leads");
    }
    if (leads.wonCount() < folds) {
      throw CrmValidationException.of(
          "crossValidation.folds", "more-than-won-leads", folds, folds + " folds for " + leads.wonCount() + " won leads");
    }
    if (leads.lostCount() < folds) {
      throw CrmValidationException.of(
          "crossValidation.folds", "more-than-lost-leads", folds, folds + " folds for " + leads.lostCount() + " lost leads");
    }
    int[] wonRows = new int[leads.wonCount()];
    int[] lostRows = new int[leads.lostCount()];
    int w = 0;
    int l = 0;
    for (int row = 0; row < leads.size(); row++) {
      if (leads.won(row)) {
        wonRows[w++] = row;
      } else {
        lostRows[l++] = row;
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    shuffle(wonRows, random);
    shuffle(lostRows, random);
    int[] fold = new int[leads.size()];
    int dealt = 0;
    for (int row : wonRows) {
      fold[row] = dealt++ % folds;
    }
    for (int row : lostRows) {
      fold[row] = dealt++ % folds;
    }
    return fold;
  }

  /**
   * Trains a model on all folds but one and scores that one, for each fold.
   *
   * @throws CrmValidationException as {@link #assign(Dataset)} does, or as the trainer does
   */
  public CrossValidationReport run(Dataset leads, ModelTrainer trainer) {
    CrmValidationException.required("crossValidation.trainer", trainer);
    int[] fold = assign(leads);
    double[] outOfFold = new double[leads.size()];
    List<FoldResult> results = new ArrayList<>(folds);
    for (int k = 0; k < folds; k++) {
      int[] training = rowsWhere(fold, k, false);
      int[] test = rowsWhere(fold, k, true);
      PredictiveModel model = trainer.train(leads.rows(training));
      Dataset testLeads = leads.rows(test);
      double[] probabilities = model.probabilities(testLeads);
      for (int i = 0; i < test.length; i++) {
        outOfFold[test[i]] = probabilities[i];
      }
      boolean[] won = new boolean[test.length];
      for (int i = 0; i < test.length; i++) {
        won[i] = testLeads.won(i);
      }
      results.add(new FoldResult(k + 1, training.length, model, ScoredOutcomes.of(probabilities, won).summary()));
    }
    boolean[] won = new boolean[leads.size()];
    for (int row = 0; row < won.length; row++) {
      won[row] = leads.won(row);
    }
    ScoredOutcomes pooled = ScoredOutcomes.of(outOfFold, won);
    return new CrossValidationReport(results, pooled, pooled.summary());
  }

  private static int[] rowsWhere(int[] fold, int k, boolean inFold) {
    int count = 0;
    for (int f : fold) {
      count += (f == k) == inFold ? 1 : 0;
    }
    int[] rows = new int[count];
    int i = 0;
    for (int row = 0; row < fold.length; row++) {
      if ((fold[row] == k) == inFold) {
        rows[i++] = row;
      }
    }
    return rows;
  }

  private static void shuffle(int[] rows, SplittableRandom random) {
    for (int i = rows.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = rows[i];
      rows[i] = rows[j];
      rows[j] = swap;
    }
  }
}
