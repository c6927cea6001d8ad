/**
 * Training data for predictive scoring: what is known about a lead ({@link
 * io.crmkit.scoring.dataset.LeadFacts}), a closed lead and its outcome ({@link
 * io.crmkit.scoring.dataset.ClosedLead}), and a table of closed leads in columns ({@link
 * io.crmkit.scoring.dataset.Dataset}), made from leads in Java or read from a CSV file ({@link
 * io.crmkit.scoring.dataset.CsvDatasetReader}).
 *
 * <p>A feature is numeric or categorical. A missing value is an absent value, never a zero or an
 * empty text; every model decides what a missing value means to it.
 */
@CrmStyle
@NullMarked
package io.crmkit.scoring.dataset;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
