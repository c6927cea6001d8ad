/**
 * A small strict CSV reader for analytics inputs: RFC 4180 text, a header naming the columns, one
 * input row per line. {@link io.crmkit.analytics.csv.CsvLoader} reads every row it can and reports
 * every row it cannot as a {@link io.crmkit.analytics.csv.RejectedRow} with its line number, field
 * and rule; nothing is guessed.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.csv;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
