package io.crmkit.analytics.marketing;

import static io.crmkit.analytics.marketing.MarketingFixtures.T0;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crmkit.analytics.csv.CsvLoad;
import io.crmkit.analytics.csv.RejectedRow;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.value.EmailAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadTallyTest {
  private static final Duration ONE_HOUR = Duration.ofHours(1);

  private static LeadRecord lead(String id, String source, Optional<Duration> contactedAfter, boolean qualified,
      boolean converted) {
    return new LeadRecord(LeadId.of(id), source, T0, contactedAfter.map(T0::plus), qualified, converted);
  }

  /**
   * Web form: contacted after 30 min (qualified), after 3 h (converted), never. Trade show: after
   * 1 h exactly (qualified). Web form volume 3, contact rate 2/3, mean response 105 min, in time 1/2,
   * qualified 2/3 (the converted lead counts as qualified), converted 1/3.
   */
  private static final List<LeadRecord> LEADS = List.of(
      lead("1", "Web form", Optional.of(Duration.ofMinutes(30)), true, false),
      lead("2", "Web form", Optional.of(Duration.ofHours(3)), false, true),
      lead("3", "Web form", Optional.empty(), false, false),
      lead("4", "Trade show", Optional.of(ONE_HOUR), true, false));

  @Test
  void lead_volume_quality_contact_rate_and_response_time_by_source() {
    Grouped<String, LeadTally> bySource = LeadTally.bySource(LEADS, ONE_HOUR);

    LeadTally web = bySource.get("Web form").orElseThrow();
    assertThat(web.leads()).isEqualTo(3);
    assertThat(web.contacted()).isEqualTo(Proportion.of(2, 3));
    assertThat(web.averageResponseTime()).hasValue(Duration.ofMinutes(105));
    assertThat(web.contactedInTime()).isEqualTo(Proportion.of(1, 2));
    assertThat(web.qualified()).isEqualTo(Proportion.of(2, 3));
    assertThat(web.converted()).isEqualTo(Proportion.of(1, 3));
    LeadTally show = bySource.get("Trade show").orElseThrow();
    assertThat(show.contactedInTime()).as("exactly on target is in time").isEqualTo(Proportion.of(1, 1));
    assertThat(bySource.total(LeadTally.empty(ONE_HOUR))).isEqualTo(LeadTally.of(LEADS, ONE_HOUR));
  }

  @Test
  void adding_leads_one_by_one_gives_the_one_pass_tally() {
    LeadTally tally = LeadTally.empty(ONE_HOUR);
    for (LeadRecord lead : LEADS) {
      tally = tally.add(lead);
    }

    assertThat(tally).isEqualTo(LeadTally.of(LEADS, ONE_HOUR));
  }

  @Test
  void no_lead_gives_no_rate_and_no_response_time() {
    LeadTally none = LeadTally.of(List.of(), ONE_HOUR);

    assertThat(none.contacted().share()).isEmpty();
    assertThat(none.averageResponseTime()).isEmpty();
  }

  @Test
  void a_crm_core_lead_is_qualified_when_qualified_or_converted() {
    Lead qualified = Lead.builder().id(LeadId.of("l1")).email(EmailAddress.of("ana@acme.com")).leadSource(" Web form ")
        .status(LeadStatus.QUALIFIED).campaignIds(List.of(CampaignId.of("c1"))).createdAt(T0).updatedAt(T0).build();

    LeadRecord record = LeadRecord.from(qualified, Optional.of(T0.plusSeconds(600)));

    assertThat(record).isEqualTo(new LeadRecord(LeadId.of("l1"), "Web form", T0, Optional.of(T0.plusSeconds(600)),
        true, false));
    assertThat(LeadRecord.from(qualified.withStatus(LeadStatus.NURTURING), Optional.empty()).qualified()).isFalse();
  }

  @Test
  void bad_leads_and_targets_are_refused() {
    assertRejected("leadRecord.firstContactedAt", "order",
        () -> new LeadRecord(LeadId.of("1"), "Web", T0, Optional.of(T0.minusSeconds(1)), false, false));
    assertRejected("leadRecord.source", "required",
        () -> new LeadRecord(LeadId.of("1"), " ", T0, Optional.empty(), false, false));
    assertRejected("leadTally.responseTarget", "positive", () -> LeadTally.of(LEADS, Duration.ZERO));
    assertRejected("leadTally.responseTarget", "mismatch",
        () -> LeadTally.empty(ONE_HOUR).combine(LeadTally.empty(Duration.ofHours(2))));
  }

  @Test
  void leads_and_touches_are_read_from_csv_with_bad_rows_reported() {
    CsvLoad<LeadRecord> leads = MarketingCsv.leads("""
        id,source,created_at,first_contacted_at,qualified,converted
        1,Web form,2026-01-05T09:00:00Z,2026-01-05T09:30:00Z,yes,
        2,Web form,2026-01-05T09:00:00Z,2026-01-05T08:30:00Z,,
        """);
    CsvLoad<CampaignTouch> touches = MarketingCsv.touches("""
        person,campaign,channel,at,cost,currency
        lead-1,c1,Email,2026-01-05T09:00:00Z,1.50,EUR
        lead-1,,social,2026-01-05T09:00:00Z,-2,EUR
        """);

    assertThat(leads.rows()).containsExactly(LEADS.get(0));
    assertThat(leads.rejected()).extracting(RejectedRow::line, RejectedRow::field, RejectedRow::rule)
        .containsExactly(tuple(3, "leadRecord.firstContactedAt", "order"));
    assertThat(touches.rows()).containsExactly(
        CampaignTouch.of("lead-1", CampaignId.of("c1"), "email", T0, MarketingFixtures.eur("1.50")));
    assertThat(touches.rejected()).extracting(RejectedRow::line, RejectedRow::field, RejectedRow::rule)
        .containsExactly(tuple(3, "campaignTouch.cost", "range"));
  }
}
