package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.conversion.ConversionReport;
import io.crmkit.core.conversion.ConversionResult;
import io.crmkit.core.timeline.TimelineEntry;
import io.crmkit.examples.demo.DemoStory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code crm demo} as a user runs it: the conversions it made and a contact's timeline, read from the story's CRM. */
class DemoCommandTest {

  record Outcome(int exitCode, String out, String err) {}

  static Outcome crm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Crm.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  @Test
  void the_demo_prints_every_conversion_with_how_its_account_and_contact_were_found() {
    DemoStory story = DemoStory.run();

    Outcome outcome = crm("demo");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    for (DemoStory.Conversion conversion : story.conversions()) {
      assertThat(outcome.out()).contains("(" + conversion.lead().leadSource() + ", " + conversion.lead().id() + ")");
      ConversionResult result = conversion.result();
      if (result instanceof ConversionResult.Refused refused) {
        refused.reasons().forEach(reason -> assertThat(outcome.out()).contains(reason.detail()));
        continue;
      }
      ConversionReport report = result.report().orElseThrow();
      String account = story.crm().accounts().findById(report.accountId()).orElseThrow().name();
      if (!report.repeat()) {
        assertThat(outcome.out()).containsPattern("account +" + report.accountId() + " +" + account + " ");
        assertThat(outcome.out()).containsPattern("contact +" + report.contactId() + " ");
      }
    }
    assertThat(outcome.out()).contains("created (organisation)", "matched by domain", "matched by e-mail",
        "created (household)", "refused:", "LEAD_UNQUALIFIED", "a repeat",
        "kept      contact.jobTitle = Sales Representative (lead had Head of Purchasing)");
  }

  @Test
  void converting_a_lead_twice_shows_the_same_records_and_nothing_new() {
    DemoStory story = DemoStory.run();
    List<ConversionReport> reports = story.conversions().stream().map(c -> c.result().report())
        .flatMap(java.util.Optional::stream).toList();
    ConversionReport first = reports.get(0);
    ConversionReport repeat = reports.stream().filter(ConversionReport::repeat).findFirst().orElseThrow();

    Outcome outcome = crm("demo");

    assertThat(repeat.leadId()).isEqualTo(first.leadId());
    assertThat(outcome.out()).contains("same account " + first.accountId() + ", contact " + first.contactId()
        + ", deal " + first.opportunityId().orElseThrow() + "; nothing created, 0 events published");
  }

  @Test
  void the_timeline_of_the_default_contact_lists_its_entries_in_time_order() {
    List<TimelineEntry> entries = DemoStory.run().timelineOf(DemoStory.DEFAULT_CONTACT).entries();

    Outcome outcome = crm("demo");

    assertThat(entries).extracting(TimelineEntry::kind)
        .contains(TimelineEntry.Kind.ACTIVITY, TimelineEntry.Kind.SUPPORT_CASE, TimelineEntry.Kind.ORDER,
            TimelineEntry.Kind.OPPORTUNITY_STAGE_CHANGE, TimelineEntry.Kind.CONSENT_CHANGE);
    String timeline = outcome.out().substring(outcome.out().indexOf("Timeline of Ada Lovelace <ada@analytical.io>"));
    int from = 0;
    for (TimelineEntry entry : entries) {
      int at = timeline.indexOf(entry.summary(), from);
      assertThat(at).as("%s printed after the previous entry", entry.summary()).isGreaterThan(from);
      from = at;
    }
    assertThat(timeline).contains("Deal Analytical Engines - 50 seats moved from Proposal to Closed won",
        "Case CS-000101 opened", "Order SO-1001 placed");
  }

  @Test
  void another_contact_s_timeline_is_chosen_by_e_mail() {
    Outcome outcome = crm("demo", "--contact", "  Nancy@Northwind.com ");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("Timeline of Nancy Davolio <nancy@northwind.com>", "Call (inbound): Renewal terms");
    assertThat(outcome.out()).doesNotContain("Timeline of Ada Lovelace");
  }

  @Test
  void a_contact_the_demo_does_not_know_is_refused_input_naming_the_known_ones() {
    Outcome unknown = crm("demo", "--contact", "nobody@example.com");
    Outcome malformed = crm("demo", "--contact", "not-an-address");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: ").contains("nobody@example.com", "ada@analytical.io");
    assertThat(unknown.out()).isEmpty();
    assertThat(malformed.exitCode()).isEqualTo(2);
  }

  @Test
  void the_demo_prints_the_same_on_every_run() {
    assertThat(crm("demo").out()).isEqualTo(crm("demo").out());
  }
}
