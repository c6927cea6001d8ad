/**
 * Customer success and adoption measures: the distribution of health grades ({@link
 * io.crmkit.analytics.adoption.GradeDistribution}), renewal rate by customer cohort ({@link
 * io.crmkit.analytics.adoption.CohortRenewals}), expansion pipeline ({@link
 * io.crmkit.analytics.adoption.ExpansionPipeline}), field completion per record type against the 80%
 * data-completeness bar ({@link io.crmkit.analytics.adoption.FieldCompletion}, checked by a {@link
 * io.crmkit.analytics.adoption.FieldChecklist}) and active users per period ({@link
 * io.crmkit.analytics.adoption.ActiveUsers}).
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.adoption;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
