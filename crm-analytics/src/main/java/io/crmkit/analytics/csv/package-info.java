/**
 * A small strict CSV reader for analytics inputs: RFC 4180 text, a header naming the columns, one
 * input row per line. {@link io.crmkit.analytics.csv.CsvLoader} reads every row it can and reports
 * every row it cannot as a {@link io.crmkit.analytics.csv.RejectedRow} with its line number, field
 * and rule; nothing is guessed.
 *
 * <p>Loading {@link io.crmkit.analytics.transaction.Transactions} from CSV: {@link
 * io.crmkit.analytics.csv.TransactionCsv} names the columns, the delimiter and the date and number
 * formats, reads through the same RFC 4180 parser, and reports every bad row as a {@link
 * io.crmkit.analytics.csv.RejectedRow} instead of stopping at the first.
 *
 * <pre>{@code
 * TransactionCsvResult loaded = TransactionCsv.columns("customer_id", "date", "dollar_value")
 *     .withDatePattern("yyyyMMdd")
 *     .read(Path.of("CDNOW_sample.csv"));
 * loaded.problems().forEach(System.err::println);   // line 12: date: '1997-13-01' is not a date ...
 * Transactions purchases = loaded.transactions();   // the good rows
 * }</pre>
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.csv;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
