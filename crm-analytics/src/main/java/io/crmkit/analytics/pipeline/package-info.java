/**
 * Pipeline and funnel measures over opportunities and their stage-change log: win rate, sales cycle
 * length and average deal size ({@link io.crmkit.analytics.pipeline.DealOutcomes}), pipeline created
 * per period and weighted pipeline ({@link io.crmkit.analytics.pipeline.PipelineTotal}, through
 * {@link io.crmkit.analytics.pipeline.PipelineAnalysis}), stage-to-stage conversion counting each
 * deal at the furthest stage it reached ({@link io.crmkit.analytics.pipeline.FunnelTally}) and time
 * in stage with the deals stuck there ({@link io.crmkit.analytics.pipeline.StageHistories}).
 *
 * <p>Inputs are plain rows a host fills from anywhere: {@link
 * io.crmkit.analytics.pipeline.OpportunitySnapshot} and {@link
 * io.crmkit.analytics.pipeline.StageChange}, built from crm-core records or read from CSV. Amounts
 * in several currencies are converted by a {@link io.crmkit.analytics.pipeline.CurrencyValuation}
 * at the rate of each deal's date.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.pipeline;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
