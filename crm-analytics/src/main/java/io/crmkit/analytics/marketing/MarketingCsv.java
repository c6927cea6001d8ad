package io.crmkit.analytics.marketing;

import io.crmkit.analytics.csv.CsvLoad;
import io.crmkit.analytics.csv.CsvLoader;
import io.crmkit.analytics.csv.CsvRow;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.LeadId;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;

/**
 * Reads marketing inputs from CSV: touches and leads.
 *
 * <p>Touches: {@code person, channel, at, cost, currency} required, {@code campaign} optional.
 * Leads: {@code id, source, created_at} required, {@code first_contacted_at}, {@code qualified}
 * and {@code converted} (yes/no, no when blank) optional. Times are ISO-8601 instants.
 */
public final class MarketingCsv {
  /** The columns every touch file has. */
  public static final List<String> TOUCH_COLUMNS = List.of("person", "channel", "at", "cost", "currency");
  /** The columns every lead file has. */
  public static final List<String> LEAD_COLUMNS = List.of("id", "source", "created_at");

  private MarketingCsv() {}

  /** Reads touches from CSV text. */
  public static CsvLoad<CampaignTouch> touches(String csv) {
    return touches(new StringReader(CrmValidationException.required("csv", csv)));
  }

  /** Reads touches from a reader, which the caller closes. */
  public static CsvLoad<CampaignTouch> touches(Reader in) {
    return CsvLoader.load(in, TOUCH_COLUMNS, MarketingCsv::touch);
  }

  /** Reads leads from CSV text. */
  public static CsvLoad<LeadRecord> leads(String csv) {
    return leads(new StringReader(CrmValidationException.required("csv", csv)));
  }

  /** Reads leads from a reader, which the caller closes. */
  public static CsvLoad<LeadRecord> leads(Reader in) {
    return CsvLoader.load(in, LEAD_COLUMNS, MarketingCsv::lead);
  }

  private static CampaignTouch touch(CsvRow row) {
    return new CampaignTouch(row.text("person"), row.optionalText("campaign").map(CampaignId::of),
        row.text("channel"), row.instant("at"), row.money("cost", "currency"));
  }

  private static LeadRecord lead(CsvRow row) {
    return new LeadRecord(LeadId.of(row.text("id")), row.text("source"), row.instant("created_at"),
        row.optionalInstant("first_contacted_at"), row.flag("qualified", false), row.flag("converted", false));
  }
}
