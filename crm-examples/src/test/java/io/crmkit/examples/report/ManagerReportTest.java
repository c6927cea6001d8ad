package io.crmkit.examples.report;

import static io.crmkit.core.fixtures.SalesFixtures.anOpportunityIn;
import static io.crmkit.core.fixtures.SalesFixtures.anOrder;
import static io.crmkit.core.fixtures.SalesFixtures.aSupportCase;
import static io.crmkit.core.fixtures.SalesFixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.account.Account;
import io.crmkit.core.account.AccountKind;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.memory.InMemoryExchangeRates;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.order.Order;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.port.ExchangeRates;
import io.crmkit.core.product.TaxRate;
import io.crmkit.core.support.CaseSeverity;
import io.crmkit.core.support.CaseStatus;
import io.crmkit.core.support.SupportCase;
import io.crmkit.core.value.ExchangeRate;
import io.crmkit.core.value.Money;
import io.crmkit.examples.report.ManagerReport.OldestCase;
import io.crmkit.examples.report.ManagerReport.OwnerLine;
import io.crmkit.examples.report.ManagerReport.QuarterLine;
import io.crmkit.examples.report.ManagerReport.Scope;
import io.crmkit.examples.report.ManagerReport.SourceLine;
import io.crmkit.examples.report.ManagerReport.StageLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The figures of the manager's report, each on a few records made for it. */
class ManagerReportTest {
  static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
  static final LocalDate LAST = LocalDate.of(2026, 3, 31);
  static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");
  static final Scope SCOPE = new Scope(FIRST, LAST, AS_OF, SalesFixtures.EUR);
  static final ExchangeRates RATES = InMemoryExchangeRates.of(ExchangeRate.of("EUR", "USD", "1.25", FIRST));

  @Test
  void the_pipeline_adds_up_open_deals_by_stage_and_weighs_them_by_probability() {
    CrmRecords records = deals(deal("opp-1", Stage.DISCOVERY, "10000"), deal("opp-2", Stage.PROPOSAL, "5000"),
        deal("opp-3", Stage.PROPOSAL, "5000"), deal("opp-4", Stage.CLOSED_WON, "99999"));

    ManagerReport report = ManagerReport.compute(records, RATES, SCOPE);

    assertThat(report.pipeline()).containsExactly(
        new StageLine("Discovery", 1, eur("10000.00"), eur("1000.00")),
        new StageLine("Solution fit", 0, eur("0.00"), eur("0.00")),
        new StageLine("Proposal", 2, eur("10000.00"), eur("6000.00")),
        new StageLine("Commit", 0, eur("0.00"), eur("0.00")));
    assertThat(report.pipelineTotal()).isEqualTo(new StageLine("All open deals", 3, eur("20000.00"), eur("7000.00")));
  }

  @Test
  void a_deal_in_another_currency_counts_at_the_rate_in_force_on_its_day() {
    Opportunity dollars = deal("opp-usd", Stage.COMMIT, "0").withAmount(Money.of("1250", "USD"));

    ManagerReport report = ManagerReport.compute(deals(dollars), RATES, SCOPE);

    assertThat(report.pipelineTotal().amount()).isEqualTo(eur("1000.00"));
    assertThat(report.pipelineTotal().weighted()).isEqualTo(eur("900.00"));
  }

  @Test
  void deals_closed_in_the_period_count_in_the_quarter_of_their_close_date_and_give_the_win_rate() {
    CrmRecords records = deals(
        closed("opp-1", Stage.CLOSED_WON, "3000", LocalDate.of(2026, 2, 10), Instant.parse("2026-01-31T09:00:00Z")),
        closed("opp-2", Stage.CLOSED_WON, "1000", LocalDate.of(2026, 3, 1), Instant.parse("2026-02-01T09:00:00Z")),
        closed("opp-3", Stage.CLOSED_LOST, "500", LocalDate.of(2026, 3, 5), Instant.parse("2026-02-01T09:00:00Z")),
        closed("opp-4", Stage.CLOSED_WON, "7777", LocalDate.of(2025, 12, 31), Instant.parse("2025-12-01T09:00:00Z")));

    ManagerReport report = ManagerReport.compute(records, RATES, SCOPE);

    assertThat(report.quarters()).containsExactly(new QuarterLine("Q1 2026", 2, eur("4000.00"), 1, eur("500.00")));
    assertThat(report.closedTotal().winRatePercent()).contains(new BigDecimal("66.7"));
    assertThat(report.averageWonDeal()).contains(eur("2000.00"));
    assertThat(report.averageSalesCycleDays()).as("10 and 28 days").contains(new BigDecimal("19.0"));
    assertThat(report.lostReasons()).containsExactly(new ManagerReport.ReasonLine("Price", 1));
  }

  @Test
  void with_nothing_closed_there_is_no_win_rate_nor_average() {
    ManagerReport report = ManagerReport.compute(deals(deal("opp-1", Stage.DISCOVERY, "100")), RATES, SCOPE);

    assertThat(report.quarters()).isEmpty();
    assertThat(report.closedTotal().winRatePercent()).isEmpty();
    assertThat(report.averageWonDeal()).isEmpty();
    assertThat(report.averageSalesCycleDays()).isEmpty();
  }

  @Test
  void leads_are_counted_by_source_with_their_conversions_most_leads_first() {
    Lead converted = PeopleFixtures.aLead().id(LeadId.of("lead-1")).status(LeadStatus.CONVERTED)
        .conversion(PeopleFixtures.aConversionAt(PeopleFixtures.T0)).build();
    Lead unqualified = PeopleFixtures.aLead().id(LeadId.of("lead-2")).status(LeadStatus.UNQUALIFIED).build();
    Lead referral = PeopleFixtures.aLead().id(LeadId.of("lead-3")).leadSource("Referral").build();
    CrmRecords records = new CrmRecords(List.of(converted, unqualified, referral), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());

    ManagerReport report = ManagerReport.compute(records, RATES, SCOPE);

    assertThat(report.sources()).containsExactly(new SourceLine("Web form", 2, 1, 0, 1),
        new SourceLine("Referral", 1, 0, 0, 0));
    assertThat(report.sources().get(0).conversionRatePercent()).contains(new BigDecimal("50.0"));
    assertThat(report.sourcesTotal()).isEqualTo(new SourceLine("All sources", 3, 1, 0, 1));
  }

  @Test
  void order_revenue_counts_placed_and_fulfilled_orders_net_of_tax_ranked_by_account() {
    Account acme = account("acc-acme", "Acme");
    Account globex = account("acc-globex", "Globex");
    List<Order> orders = List.of(
        order("o-1", acme, OrderStatus.PLACED), order("o-2", acme, OrderStatus.FULFILLED),
        order("o-3", acme, OrderStatus.CANCELLED), order("o-4", acme, OrderStatus.RETURNED),
        order("o-5", acme, OrderStatus.DRAFT), order("o-6", globex, OrderStatus.FULFILLED));
    CrmRecords records = new CrmRecords(List.of(), List.of(acme, globex), List.of(), List.of(), orders, List.of(),
        List.of());

    ManagerReport report = ManagerReport.compute(records, RATES, SCOPE);

    assertThat(report.topAccounts()).containsExactly(
        new ManagerReport.AccountLine(acme.id(), "Acme", 2, eur("400.00")),
        new ManagerReport.AccountLine(globex.id(), "Globex", 1, eur("200.00")));
  }

  @Test
  void open_cases_are_counted_by_severity_with_the_one_waiting_longest() {
    SupportCase older = aCase("case-1", "CS-1", CaseSeverity.HIGH, Instant.parse("2026-03-01T09:00:00Z"));
    SupportCase newer = aCase("case-2", "CS-2", CaseSeverity.HIGH, Instant.parse("2026-03-20T09:00:00Z"));
    SupportCase resolved = aSupportCase().id(CaseId.of("case-3")).caseNumber("CS-3").severity(CaseSeverity.LOW)
        .status(CaseStatus.RESOLVED).firstRespondedAt(Instant.parse("2026-01-05T10:00:00Z"))
        .resolvedAt(Instant.parse("2026-01-06T10:00:00Z")).build();
    CrmRecords records = new CrmRecords(List.of(), List.of(account(SalesFixtures.ACCOUNT_ID.value(), "Acme")),
        List.of(), List.of(), List.of(), List.of(newer, older, resolved), List.of());

    ManagerReport report = ManagerReport.compute(records, RATES, SCOPE);

    assertThat(report.openCases()).extracting(ManagerReport.SeverityLine::severity)
        .containsExactly(CaseSeverity.CRITICAL, CaseSeverity.HIGH, CaseSeverity.MEDIUM, CaseSeverity.LOW);
    assertThat(report.openCases().get(1).open()).isEqualTo(2);
    assertThat(report.openCases().get(1).oldest())
        .contains(new OldestCase("CS-1", "Cannot export contacts", Optional.of("Acme"), 30));
    assertThat(report.openCases().get(3).open()).isZero();
    assertThat(report.openCases().get(3).oldest()).isEmpty();
  }

  @Test
  void activities_count_for_their_owner_only_within_the_last_fourteen_days() {
    UserId anna = UserId.of("anna");
    List<Activity> activities = List.of(
        done("act-1", ActivityType.CALL, anna, AS_OF.minus(Duration.ofDays(14))),
        done("act-2", ActivityType.EMAIL, anna, AS_OF.minusSeconds(1)),
        done("act-3", ActivityType.CALL, anna, AS_OF.minus(Duration.ofDays(14)).minusSeconds(1)),
        done("act-4", ActivityType.MEETING, UserId.of("ben"), AS_OF),
        PeopleFixtures.anActivity().id(ActivityId.of("act-5")).ownerId(Optional.empty())
            .due(AS_OF.minus(Duration.ofDays(1))).build());
    CrmRecords records = new CrmRecords(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), activities);

    ManagerReport report = ManagerReport.compute(records, RATES, SCOPE);

    assertThat(report.activities()).containsExactly(new OwnerLine("(nobody)", 0, 0, 0, 1, 0),
        new OwnerLine("anna", 1, 1, 0, 0, 0));
    assertThat(report.activities().get(1).total()).isEqualTo(2);
  }

  // ------------------------------------------------------------------------------- fixtures

  private static CrmRecords deals(Opportunity... deals) {
    return new CrmRecords(List.of(), List.of(), List.of(), List.of(deals), List.of(), List.of(), List.of());
  }

  private static Opportunity deal(String id, Stage stage, String amount) {
    return anOpportunityIn(stage).id(OpportunityId.of(id)).amount(eur(amount)).build();
  }

  private static Opportunity closed(String id, Stage stage, String amount, LocalDate closedOn, Instant createdAt) {
    return anOpportunityIn(stage).id(OpportunityId.of(id)).amount(eur(amount)).closedOn(closedOn)
        .createdAt(createdAt).updatedAt(createdAt).build();
  }

  private static Account account(String id, String name) {
    return Account.builder().id(AccountId.of(id)).kind(AccountKind.ORGANISATION).name(name)
        .createdAt(PeopleFixtures.T0).updatedAt(PeopleFixtures.T0).build();
  }

  private static Order order(String id, Account account, OrderStatus status) {
    return anOrder().id(OrderId.of(id)).orderNumber("SO-" + id).accountId(account.id()).status(status)
        .taxRate(TaxRate.of("20")).orderedAt(Instant.parse("2026-02-02T10:00:00Z")).build();
  }

  private static SupportCase aCase(String id, String number, CaseSeverity severity, Instant openedAt) {
    return aSupportCase().id(CaseId.of(id)).caseNumber(number).severity(severity).openedAt(openedAt)
        .createdAt(openedAt).updatedAt(openedAt).build();
  }

  private static Activity done(String id, ActivityType type, UserId owner, Instant at) {
    return PeopleFixtures.anActivity().id(ActivityId.of(id)).type(type).ownerId(owner).doneAt(at).build();
  }
}
