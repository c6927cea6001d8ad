/**
 * Judging scores against outcomes: {@link io.crmkit.scoring.evaluation.ScoredOutcomes} gives the ROC
 * AUC (ties as halves), the ROC curve, the Brier score, calibration bins, lift and gain by decile,
 * and thresholds (best F1, or a target precision), for any score, a model's or a rule's; {@link
 * io.crmkit.scoring.evaluation.CrossValidation} judges a model on leads it was not trained on
 * (stratified, seeded k-fold); {@link io.crmkit.scoring.evaluation.Influence} tells which features
 * and values move a model's predictions most.
 *
 * <p>A score is a routing tool, not a verdict: judge it on data it was not fit on.
 */
@CrmStyle
@NullMarked
package io.crmkit.scoring.evaluation;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
