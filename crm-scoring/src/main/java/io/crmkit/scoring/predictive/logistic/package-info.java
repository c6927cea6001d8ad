/**
 * L2-regularised logistic regression over numeric and one-hot categorical features: {@link
 * io.crmkit.scoring.predictive.logistic.LogisticRegressionTrainer} fits a {@link
 * io.crmkit.scoring.predictive.logistic.LogisticRegressionModel} by Newton's method.
 *
 * <p>Numeric features are standardised (mean 0, standard deviation 1 over the training leads), so
 * that one penalty suits all and a weight reads "per standard deviation"; a missing number counts as
 * the mean. Every category seen in training gets a weight of its own (no reference category: the
 * penalty makes the weights unique). A feature with missing values in training also gets a weight for
 * "missing", since in lead data a blank is often telling.
 *
 * <p>Why Newton (iteratively reweighted least squares) on commons-math3's Cholesky decomposition,
 * and not a conjugate-gradient optimiser: the penalised log-likelihood is smooth and strictly
 * concave, so Newton's method converges quadratically, in a handful of passes over the data (each
 * pass builds the gradient and the p x p Hessian, then solves one linear system), where conjugate
 * gradients need many passes and a line search in each. The Hessian costs O(n p²) per pass and the
 * solve O(p³), cheap for the tens to hundreds of features of lead data. Steps that would lower the
 * penalised log-likelihood are halved, so every iteration improves the fit. The fit says whether it
 * converged, and why not when it did not ({@link io.crmkit.scoring.predictive.logistic.Convergence}).
 */
@CrmStyle
@NullMarked
package io.crmkit.scoring.predictive.logistic;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
