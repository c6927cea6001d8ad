package io.crmkit.analytics.service;

import io.crmkit.analytics.csv.CsvLoad;
import io.crmkit.analytics.csv.CsvLoader;
import io.crmkit.analytics.csv.CsvRow;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.support.CaseSeverity;
import io.crmkit.core.support.CaseType;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@link CaseRecord}s from CSV, one case per row.
 *
 * <p>Required columns: {@code id, type, opened_at}. Optional: {@code severity}, {@code channel},
 * {@code first_response_at}, {@code resolved_at}, {@code first_response_sla} and
 * {@code resolution_sla} ({@code met}, {@code breached}, {@code running}, {@code no target}),
 * {@code csat} (1-5), {@code reopen_count}, {@code contacts}, {@code deflected} (yes/no). Times are
 * ISO-8601 instants; a blank optional cell takes the default that {@link CaseRecord} states.
 */
public final class CaseCsv {
  /** The columns every file has. */
  public static final List<String> REQUIRED_COLUMNS = List.of("id", "type", "opened_at");

  private CaseCsv() {}

  /** Reads CSV text. */
  public static CsvLoad<CaseRecord> load(String csv) {
    return CsvLoader.load(CrmValidationException.required("csv", csv), REQUIRED_COLUMNS, CaseCsv::read);
  }

  /** Reads a UTF-8 file. */
  public static CsvLoad<CaseRecord> load(Path file) {
    return CsvLoader.load(file, REQUIRED_COLUMNS, CaseCsv::read);
  }

  /** Reads CSV from a reader, which the caller closes. */
  public static CsvLoad<CaseRecord> load(Reader in) {
    return CsvLoader.load(in, REQUIRED_COLUMNS, CaseCsv::read);
  }

  private static CaseRecord read(CsvRow row) {
    CaseRecord.Builder record = CaseRecord.builder()
        .id(CaseId.of(row.text("id")))
        .type(row.oneOf("type", CaseType.class))
        .openedAt(row.instant("opened_at"))
        .firstRespondedAt(row.optionalInstant("first_response_at"))
        .resolvedAt(row.optionalInstant("resolved_at"))
        .deflected(row.flag("deflected", false));
    if (row.optionalText("severity").isPresent()) {
      record.severity(row.oneOf("severity", CaseSeverity.class));
    }
    row.optionalText("channel").ifPresent(record::channel);
    if (row.optionalText("first_response_sla").isPresent()) {
      record.firstResponse(row.oneOf("first_response_sla", SlaOutcome.class));
    }
    if (row.optionalText("resolution_sla").isPresent()) {
      record.resolution(row.oneOf("resolution_sla", SlaOutcome.class));
    }
    row.optionalInteger("csat").ifPresent(record::csat);
    row.optionalInteger("reopen_count").ifPresent(record::reopenCount);
    row.optionalInteger("contacts").ifPresent(record::contacts);
    return record.build();
  }
}
