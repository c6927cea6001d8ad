/**
 * The lifecycles crmkit ships, each a factory of a {@link io.crmkit.lifecycle.LifecycleDefinition}
 * built from options with defaults, and each also a JSON resource that
 * {@link io.crmkit.lifecycle.json.LifecycleJson} reads with the lifecycle's criteria:
 *
 * <ul>
 *   <li>{@link io.crmkit.lifecycle.shipped.B2bLeadLifecycle}: lead, MQL, SAL, SQL, closed won or
 *       lost, then onboarding, renewal and expansion, over a {@link io.crmkit.lifecycle.shipped.B2bJourney};
 *   <li>{@link io.crmkit.lifecycle.shipped.B2cCustomerLifecycle}: subscriber, first purchase, repeat
 *       purchase, lapsing, churned, reactivated, over a {@link io.crmkit.lifecycle.shipped.PurchaseActivity},
 *       with {@link io.crmkit.lifecycle.shipped.B2cCustomerEvaluator} for a whole customer base as of
 *       an instant;
 *   <li>{@link io.crmkit.lifecycle.shipped.OpportunityLifecycle}: Discovery, Solution fit, Proposal,
 *       Commit, Closed won or lost, over an {@link io.crmkit.lifecycle.shipped.OpportunityEvidence},
 *       each stage mapped to crm-core's {@link io.crmkit.core.opportunity.Stage};
 *   <li>{@link io.crmkit.lifecycle.shipped.SupportCaseLifecycle}: new, in progress, waiting on
 *       customer, resolved, closed, with reopen, over a {@link io.crmkit.lifecycle.shipped.CaseProgress}.
 * </ul>
 *
 * <p>Service levels are asked for as timer side effects whose names and parameters
 * {@link io.crmkit.lifecycle.shipped.LifecycleTimers} lists.
 *
 * <pre>{@code
 * LifecycleDefinition<B2bJourney> leads = B2bLeadLifecycle.definition(
 *     B2bLeadOptions.defaults().withMqlScoreThreshold(70).withSalesAcceptanceBusinessHours(4));
 * // or, edited by a user as JSON:
 * LifecycleDefinition<B2bJourney> edited = LifecycleJson.read(json, B2bLeadLifecycle.criteria(options));
 * }</pre>
 */
@CrmStyle
@NullMarked
package io.crmkit.lifecycle.shipped;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
