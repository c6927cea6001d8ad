package io.crmkit.analytics.pipeline;

import io.crmkit.analytics.csv.CsvLoad;
import io.crmkit.analytics.csv.CsvLoader;
import io.crmkit.analytics.csv.CsvRow;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Stage;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Reads {@link OpportunitySnapshot}s from CSV, one deal per row.
 *
 * <p>Required columns: {@code id, amount, currency, stage, created_on, close_date, owner}. Optional:
 * {@code probability} (0-100), {@code forecast_category} ({@code pipeline}, {@code best case},
 * {@code commit}, {@code closed}, {@code omitted}), {@code source}, {@code campaign}, {@code segment},
 * {@code kind} ({@code new business}, {@code expansion}, {@code renewal}). Dates are ISO
 * ({@code 2026-03-31}); a stage is named as one of the host's stages, case ignored. A blank
 * optional cell takes the default that {@link OpportunitySnapshot} states.
 *
 * <pre>
 * id,amount,currency,stage,created_on,close_date,owner,segment,source
 * opp-1,12000.00,EUR,Proposal,2026-01-12,2026-03-31,user-dana,Enterprise,Web form
 * </pre>
 */
public final class OpportunityCsv {
  /** The columns every file has. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of("id", "amount", "currency", "stage", "created_on", "close_date", "owner");

  private OpportunityCsv() {}

  /** Reads CSV text naming crm-core's default stages. */
  public static CsvLoad<OpportunitySnapshot> load(String csv) {
    return load(new StringReader(CrmValidationException.required("csv", csv)), Stage.defaults());
  }

  /** Reads a UTF-8 file naming crm-core's default stages. */
  public static CsvLoad<OpportunitySnapshot> load(Path file) {
    StageNames names = new StageNames(Stage.defaults());
    return CsvLoader.load(file, REQUIRED_COLUMNS, row -> read(row, names));
  }

  /**
   * Reads CSV naming the given stages; see {@link CsvLoader#load(Reader, Collection,
   * java.util.function.Function)} for what refuses the whole file.
   */
  public static CsvLoad<OpportunitySnapshot> load(Reader in, Collection<Stage> stages) {
    StageNames names = new StageNames(stages);
    return CsvLoader.load(in, REQUIRED_COLUMNS, row -> read(row, names));
  }

  private static OpportunitySnapshot read(CsvRow row, StageNames stages) {
    OpportunitySnapshot.Builder deal = OpportunitySnapshot.builder()
        .id(OpportunityId.of(row.text("id")))
        .amount(row.money("amount", "currency"))
        .stage(stages.named("stage", row.text("stage")))
        .createdOn(row.date("created_on"))
        .closeDate(row.date("close_date"))
        .ownerId(UserId.of(row.text("owner")))
        .campaignId(row.optionalText("campaign").map(CampaignId::of));
    row.optionalInteger("probability").ifPresent(deal::probability);
    if (row.optionalText("forecast_category").isPresent()) {
      deal.forecastCategory(row.oneOf("forecast_category", ForecastCategory.class));
    }
    if (row.optionalText("kind").isPresent()) {
      deal.kind(row.oneOf("kind", DealKind.class));
    }
    row.optionalText("source").ifPresent(deal::source);
    row.optionalText("segment").ifPresent(deal::segment);
    return deal.build();
  }
}
