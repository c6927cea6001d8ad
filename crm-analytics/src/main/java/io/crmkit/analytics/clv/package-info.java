/**
 * Customer-lifetime value: the values the CLV models share and the discounted value of a customer.
 *
 * <pre>{@code
 * CalibrationHoldout split = PurchaseDays.of(transactions)
 *     .calibrationHoldout(LocalDate.parse("1997-09-30"), LocalDate.parse("1998-06-30"), ModelTimeUnit.WEEK);
 * CustomerSummaries customers = split.calibration();
 * BgNbdModel purchases = BgNbdModel.fit(customers.groups()).orElseThrow();
 * GammaGammaModel spend = GammaGammaModel.fit(SpendData.repeatBuyersOf(customers)).orElseThrow();
 * double clv = CustomerLifetimeValue.discounted(purchases, customers.history(0),
 *     spend.expectedSpend(customers.repeatPurchases(0), customers.meanRepeatSpend(0)),
 *     TimeSpan.weeks(52), DiscountRate.of(0.10, ModelTimeUnit.YEAR).convertedTo(ModelTimeUnit.WEEK));
 * }</pre>
 *
 * <ul>
 *   <li>Time: {@link io.crmkit.analytics.clv.ModelTimeUnit}, {@link io.crmkit.analytics.clv.TimeSpan} and
 *       {@link io.crmkit.analytics.clv.DiscountRate} carry their unit; a model refuses a history,
 *       horizon or rate in another unit (rule {@code sameUnit}) and never converts silently.
 *   <li>Input: a customer's {@link io.crmkit.analytics.clv.PurchaseHistory} ({@code x}, {@code t_x},
 *       {@code T}); tables of {@link io.crmkit.analytics.clv.CustomerSummaries} (one row per customer)
 *       or {@link io.crmkit.analytics.clv.PurchaseGroups} (customers with the same history counted
 *       together), which fit to the same model.
 *   <li>Fits: {@link io.crmkit.analytics.clv.FitResult} is {@code Converged} with the model and its
 *       {@link io.crmkit.analytics.clv.ModelFit} (estimates, standard errors, log-likelihood) or
 *       {@code NotConverged} with the reason; {@link io.crmkit.analytics.clv.FitOptions} sets the L2
 *       penalty.
 *   <li>Models: {@link io.crmkit.analytics.clv.RepeatPurchaseModel} is implemented by BG/NBD and
 *       MBG/NBD ({@code clv.bgnbd}) and Pareto/NBD ({@code clv.pnbd}); spend is in {@code clv.spend},
 *       discrete opportunities in {@code clv.bgbb}, contractual retention in {@code clv.sbg}.
 * </ul>
 *
 * <p>Every fit maximises the log-likelihood over the logarithms of the parameters (all positive),
 * times divided by the largest age: Nelder-Mead to get close, then Newton's method with a numerical
 * Hessian, whose inverse at the maximum gives the standard errors. Likelihoods are summed in log
 * space with log-sum-exp.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
