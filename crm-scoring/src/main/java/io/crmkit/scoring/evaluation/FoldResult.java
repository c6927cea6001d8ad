package io.crmkit.scoring.evaluation;

import io.crmkit.scoring.predictive.PredictiveModel;

/**
 * One fold of a cross-validation: the model trained on the other folds and how it scored this one.
 *
 * @param fold the fold, from 1
 * @param trainingLeads the leads the model was trained on
 * @param model the model trained on the other folds
 * @param test how the model scored the fold's leads
 */
public record FoldResult(int fold, int trainingLeads, PredictiveModel model, ScoreSummary test) {}
