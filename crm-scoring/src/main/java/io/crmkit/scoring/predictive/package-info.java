/**
 * Predictive lead scoring: a {@link io.crmkit.scoring.predictive.PredictiveModel} trained on closed
 * leads gives an open lead the probability that it will be won, with the {@link
 * io.crmkit.scoring.predictive.Factor factors} that push that probability up and down most.
 *
 * <p>Two models ship: naive Bayes over field-value frequencies as Odoo CRM computes it ({@code
 * io.crmkit.scoring.predictive.bayes}), and an L2-regularised logistic regression ({@code
 * io.crmkit.scoring.predictive.logistic}). Judge them on leads they were not trained on with {@code
 * io.crmkit.scoring.evaluation.CrossValidation}.
 */
@CrmStyle
@NullMarked
package io.crmkit.scoring.predictive;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
