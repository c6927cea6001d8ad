package io.crmkit.examples.demo;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.order.Order;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.support.SupportCase;
import io.crmkit.core.timeline.TimelineEntry;
import io.crmkit.core.value.Money;
import io.crmkit.examples.CrmPorts;
import io.crmkit.examples.demo.SampleRuns.Run;
import io.crmkit.examples.report.ManagerReport;
import io.crmkit.examples.report.ManagerReport.AccountLine;
import io.crmkit.examples.report.ManagerReport.SeverityLine;
import io.crmkit.examples.report.ManagerReport.SourceLine;
import io.crmkit.examples.report.ManagerReport.StageLine;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's report is what the store holds: its figures are worked out again here straight from
 * the repositories, and the timeline and conversions come from the stored records.
 */
class DemoReportTest {
  static Run run;
  static DemoReport demo;
  static ManagerReport report;
  static List<Lead> leads;
  static Set<AccountId> accounts;

  @BeforeAll
  static void makeTheCompanyOnce() {
    run = SampleRuns.make(21, 300);
    demo = run.report();
    report = demo.managerReport();
    CrmPorts ports = run.ports();
    leads = Arrays.stream(LeadStatus.values()).flatMap(s -> ports.leads().findByStatus(s).stream()).toList();
    accounts = leads.stream().map(Lead::conversion).flatMap(Optional::stream).map(c -> c.accountId())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  @Test
  void leads_by_source_are_the_stored_leads_by_source() {
    for (SourceLine line : report.sources()) {
      List<Lead> ofSource = leads.stream().filter(l -> l.leadSource().equals(line.source())).toList();
      assertThat(line.leads()).as(line.source()).isEqualTo(ofSource.size());
      assertThat(line.converted()).as(line.source()).isEqualTo(ofSource.stream().filter(Lead::isConverted).count());
    }
    assertThat(report.sourcesTotal().leads()).isEqualTo(leads.size()).isEqualTo(300);
  }

  @Test
  void the_pipeline_is_the_stored_open_deals_valued_in_euros_on_the_last_day() {
    List<Opportunity> open = deals().stream().filter(d -> !d.isClosed()).toList();
    for (StageLine line : report.pipeline()) {
      List<Opportunity> inStage = open.stream().filter(d -> d.stage().name().equals(line.stage())).toList();
      assertThat(line.deals()).as(line.stage()).isEqualTo(inStage.size());
      assertThat(line.amount()).as(line.stage()).isEqualTo(inEuros(inStage.stream().map(Opportunity::amount).toList(),
          run.generated().lastDay()));
    }
    assertThat(report.pipelineTotal().deals()).isEqualTo(open.size()).isPositive();
  }

  @Test
  void deals_won_and_lost_are_the_stored_deals_closed_in_the_period() {
    List<Opportunity> closed = deals().stream().filter(Opportunity::isClosed).toList();

    assertThat(report.closedTotal().won()).isEqualTo(closed.stream().filter(Opportunity::isWon).count()).isPositive();
    assertThat(report.closedTotal().lost()).isEqualTo(closed.stream().filter(Opportunity::isLost).count()).isPositive();
    assertThat(report.lostReasons().stream().mapToInt(r -> r.deals()).sum()).isEqualTo(report.closedTotal().lost());
  }

  @Test
  void the_top_account_s_revenue_is_what_its_stored_orders_add_up_to() {
    AccountLine top = report.topAccounts().get(0);
    List<Order> orders = run.ports().orders().findByAccount(top.accountId()).stream()
        .filter(o -> o.status() == OrderStatus.PLACED || o.status() == OrderStatus.FULFILLED).toList();

    Money revenue = Money.zero(SampleCompany.CURRENCY);
    for (Order order : orders) {
      revenue = revenue.plus(run.generated().exchangeRates().convert(order.totals().netTotal(),
          SampleCompany.CURRENCY, LocalDate.ofInstant(order.orderedAt(), ZoneOffset.UTC)));
    }
    assertThat(top.revenue()).isEqualTo(revenue);
    assertThat(top.orders()).isEqualTo(orders.size());
    assertThat(report.topAccounts()).extracting(AccountLine::revenue).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void open_cases_are_the_stored_cases_not_yet_resolved() {
    List<SupportCase> cases = accounts.stream().flatMap(a -> run.ports().supportCases().findByAccount(a).stream())
        .toList();
    for (SeverityLine line : report.openCases()) {
      assertThat(line.open()).as(line.severity().name())
          .isEqualTo(cases.stream().filter(c -> c.severity() == line.severity() && !c.isDone()).count());
    }
    assertThat(cases).isNotEmpty();
  }

  @Test
  void activities_per_owner_are_the_stored_activities_of_the_last_fourteen_days() {
    Map<String, Activity> stored = new LinkedHashMap<>();
    accounts.forEach(a -> run.ports().activities().findByAccount(a).forEach(x -> stored.put(x.id().value(), x)));
    leads.forEach(l -> run.ports().activities().findByLead(l.id()).forEach(x -> stored.put(x.id().value(), x)));
    var from = run.generated().asOf().minus(Duration.ofDays(14));
    Map<String, Long> perOwner = stored.values().stream()
        .filter(a -> !a.occurredAt().isBefore(from) && a.occurredAt().isBefore(run.generated().asOf()))
        .collect(Collectors.groupingBy(a -> a.ownerId().orElseThrow().value(), Collectors.counting()));

    assertThat(report.activities()).isNotEmpty().allSatisfy(line ->
        assertThat((long) line.total()).as(line.owner()).isEqualTo(perOwner.get(line.owner())));
    assertThat(report.activities()).hasSize(perOwner.size());
  }

  @Test
  void the_default_timeline_is_of_whoever_placed_the_top_account_s_first_order_in_time_order() {
    DemoReport.ContactTimeline timeline = demo.timelineOf(Optional.empty()).orElseThrow();

    Order first = run.ports().orders().findByAccount(report.topAccounts().get(0).accountId()).get(0);
    assertThat(Optional.of(timeline.contact().id())).isEqualTo(first.contactId());
    assertThat(timeline.entries()).isSortedAccordingTo(TimelineEntry.CHRONOLOGICAL)
        .extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.ORDER, TimelineEntry.Kind.OPPORTUNITY_STAGE_CHANGE);
  }

  @Test
  void another_contact_is_chosen_by_e_mail_whatever_its_case_and_spaces() {
    String email = demo.suggestedEmails().get(1);

    DemoReport.ContactTimeline timeline = demo.timelineOf(Optional.of("  " + email.toUpperCase() + " ")).orElseThrow();

    assertThat(timeline.contact().primaryEmail()).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(email));
  }

  @Test
  void an_unknown_or_malformed_contact_is_refused_naming_addresses_that_exist() {
    var unknown = assertRejected("contact", "unknown", () -> demo.timelineOf(Optional.of("nobody@example.com")));

    assertThat(unknown.getMessage()).contains("nobody@example.com", demo.suggestedEmails().get(0));
    assertRejected("email", "invalid", () -> demo.timelineOf(Optional.of("not-an-address")));
  }

  @Test
  void the_printed_report_has_every_section_in_order() {
    String printed = demo.render("memory", demo.timelineOf(Optional.empty()));

    assertThat(printed).containsSubsequence("crmkit demo: Brightwave Analytics", "Stored in memory", "Records read: ",
        "Open pipeline on 31 Mar 2026", "Deals won and lost from 1 Oct 2025 to 31 Mar 2026", "Lead conversion by source",
        "Top accounts by order revenue", "Open support cases by severity", "Activities in the last 14 days",
        "Lead conversions: the first of each kind", "Timeline of ");
    assertThat(printed).contains("created (organisation)", "matched by domain", "EUR ");
  }

  private static List<Opportunity> deals() {
    return accounts.stream().flatMap(a -> run.ports().opportunities().findByAccount(a).stream()).toList();
  }

  private static Money inEuros(List<Money> amounts, LocalDate day) {
    Money sum = Money.zero(SampleCompany.CURRENCY);
    for (Money amount : amounts) {
      sum = sum.plus(run.generated().exchangeRates().convert(amount, SampleCompany.CURRENCY, day));
    }
    return sum;
  }
}
