/**
 * Contractual retention with the shifted-beta-geometric model (Fader and Hardie 2007): a cohort's
 * survival ({@link io.crmkit.analytics.clv.sbg.RetentionCohort}), fitted retention and churn per
 * period, and the discounted expected (residual) lifetime that values a contract customer.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.sbg;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
