package io.crmkit.analytics.pipeline;

import io.crmkit.analytics.csv.CsvLoad;
import io.crmkit.analytics.csv.CsvLoader;
import io.crmkit.analytics.csv.CsvRow;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.Stage;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Reads the stage-change log ({@link StageChange}s) from CSV, one line per row.
 *
 * <p>Columns: {@code opportunity_id, from, to, at}; {@code from} is blank on the line of a deal's
 * creation; {@code at} is an ISO-8601 instant ({@code 2026-02-03T10:15:00Z}).
 */
public final class StageChangeCsv {
  /** The columns every file has. */
  public static final List<String> REQUIRED_COLUMNS = List.of("opportunity_id", "from", "to", "at");

  private StageChangeCsv() {}

  /** Reads CSV text naming crm-core's default stages. */
  public static CsvLoad<StageChange> load(String csv) {
    return load(new StringReader(CrmValidationException.required("csv", csv)), Stage.defaults());
  }

  /** Reads a UTF-8 file naming crm-core's default stages. */
  public static CsvLoad<StageChange> load(Path file) {
    StageNames names = new StageNames(Stage.defaults());
    return CsvLoader.load(file, REQUIRED_COLUMNS, row -> read(row, names));
  }

  /** Reads CSV naming the given stages. */
  public static CsvLoad<StageChange> load(Reader in, Collection<Stage> stages) {
    StageNames names = new StageNames(stages);
    return CsvLoader.load(in, REQUIRED_COLUMNS, row -> read(row, names));
  }

  private static StageChange read(CsvRow row, StageNames stages) {
    return new StageChange(OpportunityId.of(row.text("opportunity_id")),
        row.optionalText("from").map(name -> stages.named("from", name)), stages.named("to", row.text("to")),
        row.instant("at"));
  }
}
