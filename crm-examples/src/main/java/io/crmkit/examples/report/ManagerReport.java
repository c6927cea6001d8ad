package io.crmkit.examples.report;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.account.Account;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.order.Order;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.port.ExchangeRates;
import io.crmkit.core.support.CaseSeverity;
import io.crmkit.core.support.SupportCase;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a sales and service manager looks at, computed from a CRM's records: the open pipeline by
 * stage, deals won and lost in the period, lead conversion by source, the top accounts by order
 * revenue, open cases by severity and what each person did in the last two weeks. Amounts are in
 * one currency, converted at the rate of the day that matters (the close date of a closed deal,
 * the order date of an order, the last day of the period for the open pipeline).
 *
 * @param scope the period, the moment and the currency the report is for
 * @param counts how many records of each kind were read
 * @param pipeline the open deals by stage, in the order of the stages
 * @param pipelineTotal every open deal
 * @param quarters the deals closed in the period, by calendar quarter of the close date
 * @param closedTotal every deal closed in the period
 * @param averageWonDeal the amount of an average deal won in the period; empty when none was won
 * @param averageSalesCycleDays the average days from a won deal's creation to its close; empty
 *     when none was won
 * @param lostReasons why deals closed in the period were lost, most frequent first
 * @param sources the leads by source, most leads first
 * @param sourcesTotal every lead
 * @param topAccounts the accounts with the most order revenue, most first
 * @param openCases the cases not yet resolved, by severity, most severe first
 * @param activityWindowDays how many days back {@link #activities} counts
 * @param activities the activities done or due in the window, by owner
 */
public record ManagerReport(
    Scope scope, Counts counts, List<StageLine> pipeline, StageLine pipelineTotal, List<QuarterLine> quarters,
    QuarterLine closedTotal, Optional<Money> averageWonDeal, Optional<BigDecimal> averageSalesCycleDays,
    List<ReasonLine> lostReasons, List<SourceLine> sources, SourceLine sourcesTotal,
    List<AccountLine> topAccounts, List<SeverityLine> openCases, int activityWindowDays,
    List<OwnerLine> activities) {

  /** How many accounts {@link #topAccounts} lists at most. */
  public static final int TOP_ACCOUNTS = 10;

  /** The days {@link #activities} looks back from the end of the period. */
  public static final int ACTIVITY_WINDOW_DAYS = 14;

  /** Copies the lists. */
  public ManagerReport {
    pipeline = List.copyOf(pipeline);
    quarters = List.copyOf(quarters);
    lostReasons = List.copyOf(lostReasons);
    sources = List.copyOf(sources);
    topAccounts = List.copyOf(topAccounts);
    openCases = List.copyOf(openCases);
    activities = List.copyOf(activities);
  }

  /**
   * The period, the moment and the currency a report is for.
   *
   * @param firstDay the first day of the period (UTC)
   * @param lastDay the last day of the period, not before the first
   * @param asOf the moment the report looks from: open means open at this moment, ages are to it
   * @param currency the currency every amount is shown in
   */
  public record Scope(LocalDate firstDay, LocalDate lastDay, Instant asOf, Currency currency) {
    /**
     * Checks every part.
     *
     * @throws CrmValidationException when a part is missing or the last day is before the first
     */
    public Scope {
      CrmValidationException.required("report.firstDay", firstDay);
      CrmValidationException.required("report.lastDay", lastDay);
      CrmValidationException.required("report.asOf", asOf);
      CrmValidationException.required("report.currency", currency);
      if (lastDay.isBefore(firstDay)) {
        throw CrmValidationException.of("report.lastDay", "order", lastDay, "the period ends before " + firstDay);
      }
    }

    /** Whether the day is in the period. */
    public boolean includes(LocalDate day) {
      return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
  }

  /**
   * How many records of each kind the report read.
   *
   * @param leads leads
   * @param accounts accounts
   * @param contacts contacts
   * @param opportunities deals
   * @param orders orders
   * @param supportCases support cases
   * @param activities activities
   */
  public record Counts(int leads, int accounts, int contacts, int opportunities, int orders, int supportCases,
      int activities) {}

  /**
   * Open deals in one stage (or in all).
   *
   * @param stage the stage's name, or {@code "All open deals"}
   * @param deals how many
   * @param amount their amounts added up
   * @param weighted their amounts times their probabilities, added up
   */
  public record StageLine(String stage, int deals, Money amount, Money weighted) {}

  /**
   * Deals closed in one quarter (or in the whole period).
   *
   * @param quarter such as {@code "Q4 2025"}, or {@code "Period"}
   * @param won deals won
   * @param wonAmount their amounts added up
   * @param lost deals lost
   * @param lostAmount their amounts added up
   */
  public record QuarterLine(String quarter, int won, Money wonAmount, int lost, Money lostAmount) {
    /** The share of closed deals that were won, in percent to one decimal; empty when none closed. */
    public Optional<BigDecimal> winRatePercent() {
      return percent(won, won + lost);
    }
  }

  /**
   * A reason deals were lost, and how often.
   *
   * @param reason the lost reason as entered
   * @param deals how many deals closed in the period were lost for it
   */
  public record ReasonLine(String reason, int deals) {}

  /**
   * The leads of one source (or of all).
   *
   * @param source the lead source, or {@code "All sources"}
   * @param leads how many leads came from it
   * @param converted how many of them were converted
   * @param withDeal how many conversions opened a deal
   * @param unqualified how many were marked unqualified
   */
  public record SourceLine(String source, int leads, int converted, int withDeal, int unqualified) {
    /** The share of the leads that were converted, in percent to one decimal; empty when no leads. */
    public Optional<BigDecimal> conversionRatePercent() {
      return percent(converted, leads);
    }
  }

  /**
   * An account's order revenue: placed and fulfilled orders, net of discounts and before tax.
   *
   * @param accountId the account's id
   * @param account the account's name
   * @param orders how many orders count
   * @param revenue their net totals added up
   */
  public record AccountLine(AccountId accountId, String account, int orders, Money revenue) {}

  /**
   * The open cases of one severity.
   *
   * @param severity the severity
   * @param open how many cases of it are open
   * @param oldest the one opened first, if any
   */
  public record SeverityLine(CaseSeverity severity, int open, Optional<OldestCase> oldest) {}

  /**
   * The open case that has waited longest.
   *
   * @param caseNumber its number
   * @param subject its subject
   * @param account the name of its account, if it has one
   * @param ageDays whole days from its opening to the report's moment
   */
  public record OldestCase(String caseNumber, String subject, Optional<String> account, long ageDays) {}

  /**
   * What one person did in the window: activities by type.
   *
   * @param owner the owner's user id, or {@code "(nobody)"}
   * @param calls calls
   * @param emails e-mails
   * @param meetings meetings
   * @param tasks tasks
   * @param notes notes
   */
  public record OwnerLine(String owner, int calls, int emails, int meetings, int tasks, int notes) {
    /** Every activity of the person in the window. */
    public int total() {
      return calls + emails + meetings + tasks + notes;
    }
  }

  /**
   * Computes the report from the records.
   *
   * @param records what was read from the CRM
   * @param rates the rates to convert amounts in other currencies
   * @param scope the period, moment and currency
   * @throws io.crmkit.core.port.MissingExchangeRateException when an amount cannot be converted
   * @throws CrmValidationException when an argument is missing
   */
  public static ManagerReport compute(CrmRecords records, ExchangeRates rates, Scope scope) {
    CrmValidationException.required("records", records);
    CrmValidationException.required("rates", rates);
    CrmValidationException.required("scope", scope);
    Money zero = Money.zero(scope.currency());
    Counts counts = new Counts(records.leads().size(), records.accounts().size(), records.contacts().size(),
        records.opportunities().size(), records.orders().size(), records.supportCases().size(),
        records.activities().size());

    // The open pipeline, by stage in the order of the default stages, other stages after by name.
    Map<String, StageLine> byStage = new LinkedHashMap<>();
    for (Stage stage : Stage.defaults()) {
      if (!stage.isClosed()) {
        byStage.put(stage.name(), new StageLine(stage.name(), 0, zero, zero));
      }
    }
    Map<String, StageLine> otherStages = new TreeMap<>();
    StageLine allOpen = new StageLine("All open deals", 0, zero, zero);
    for (Opportunity deal : records.opportunities()) {
      if (deal.isClosed()) {
        continue;
      }
      Money amount = rates.convert(deal.amount(), scope.currency(), scope.lastDay());
      Money weighted = rates.convert(deal.weightedAmount(), scope.currency(), scope.lastDay());
      String stage = deal.stage().name();
      Map<String, StageLine> lines = byStage.containsKey(stage) ? byStage : otherStages;
      lines.put(stage, add(lines.getOrDefault(stage, new StageLine(stage, 0, zero, zero)), amount, weighted));
      allOpen = add(allOpen, amount, weighted);
    }
    List<StageLine> pipeline = new ArrayList<>(byStage.values());
    pipeline.addAll(otherStages.values());

    // Deals closed in the period.
    Map<String, QuarterLine> quarters = new TreeMap<>(Comparator.comparing(ManagerReport::quarterOrder));
    QuarterLine closed = new QuarterLine("Period", 0, zero, 0, zero);
    Map<String, Integer> reasons = new TreeMap<>();
    long cycleDays = 0;
    for (Opportunity deal : records.opportunities()) {
      Optional<LocalDate> closedOn = deal.closedOn();
      if (!deal.isClosed() || closedOn.isEmpty() || !scope.includes(closedOn.get())) {
        continue;
      }
      Money amount = rates.convert(deal.amount(), scope.currency(), closedOn.get());
      String quarter = quarterOf(closedOn.get());
      QuarterLine line = quarters.getOrDefault(quarter, new QuarterLine(quarter, 0, zero, 0, zero));
      quarters.put(quarter, add(line, deal.isWon(), amount));
      closed = add(closed, deal.isWon(), amount);
      if (deal.isWon()) {
        cycleDays += ChronoUnit.DAYS.between(LocalDate.ofInstant(deal.createdAt(), ZoneOffset.UTC), closedOn.get());
      } else {
        deal.lostReason().ifPresent(reason -> reasons.merge(reason, 1, Integer::sum));
      }
    }
    Optional<Money> averageWon = closed.won() == 0 ? Optional.empty() : Optional.of(Money.of(
        closed.wonAmount().amount().divide(BigDecimal.valueOf(closed.won()), 2, RoundingMode.HALF_EVEN),
        scope.currency()).rounded());
    Optional<BigDecimal> averageCycle = closed.won() == 0 ? Optional.empty() : Optional.of(
        BigDecimal.valueOf(cycleDays).divide(BigDecimal.valueOf(closed.won()), 1, RoundingMode.HALF_EVEN));
    List<ReasonLine> lostReasons = reasons.entrySet().stream().map(e -> new ReasonLine(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(ReasonLine::deals).reversed().thenComparing(ReasonLine::reason)).toList();

    // Leads by source.
    Map<String, SourceLine> bySource = new TreeMap<>();
    SourceLine allLeads = new SourceLine("All sources", 0, 0, 0, 0);
    for (Lead lead : records.leads()) {
      String source = lead.leadSource();
      bySource.put(source, add(bySource.getOrDefault(source, new SourceLine(source, 0, 0, 0, 0)), lead));
      allLeads = add(allLeads, lead);
    }
    List<SourceLine> sources = bySource.values().stream()
        .sorted(Comparator.comparingInt(SourceLine::leads).reversed().thenComparing(SourceLine::source)).toList();

    // Order revenue by account.
    Map<String, AccountLine> byAccount = new TreeMap<>();
    for (Order order : records.orders()) {
      if (!order.status().wasPlaced() || order.status() == OrderStatus.RETURNED) {
        continue;
      }
      Money revenue = rates.convert(order.totals().netTotal(), scope.currency(),
          LocalDate.ofInstant(order.orderedAt(), ZoneOffset.UTC));
      String key = order.accountId().value();
      AccountLine line = byAccount.get(key);
      if (line == null) {
        String name = records.account(order.accountId()).map(Account::name).orElse(key);
        line = new AccountLine(order.accountId(), name, 0, zero);
      }
      byAccount.put(key, new AccountLine(line.accountId(), line.account(), line.orders() + 1,
          line.revenue().plus(revenue)));
    }
    List<AccountLine> topAccounts = byAccount.values().stream()
        .sorted(Comparator.comparing(AccountLine::revenue).reversed().thenComparing(AccountLine::account))
        .limit(TOP_ACCOUNTS).toList();

    // Open cases by severity.
    Map<CaseSeverity, List<SupportCase>> open = new EnumMap<>(CaseSeverity.class);
    for (CaseSeverity severity : CaseSeverity.values()) {
      open.put(severity, new ArrayList<>());
    }
    for (SupportCase supportCase : records.supportCases()) {
      if (!supportCase.isDone() && !supportCase.openedAt().isAfter(scope.asOf())) {
        open.get(supportCase.severity()).add(supportCase);
      }
    }
    List<SeverityLine> openCases = new ArrayList<>();
    open.forEach((severity, cases) -> openCases.add(new SeverityLine(severity, cases.size(), cases.stream()
        .min(Comparator.comparing(SupportCase::openedAt).thenComparing(SupportCase::caseNumber))
        .map(c -> new OldestCase(c.caseNumber(), c.subject(), c.accountId().flatMap(records::account)
            .map(Account::name), Duration.between(c.openedAt(), scope.asOf()).toDays())))));

    // Activities in the window, by owner.
    Instant windowStart = scope.asOf().minus(Duration.ofDays(ACTIVITY_WINDOW_DAYS));
    Map<String, Map<ActivityType, Integer>> byOwner = new TreeMap<>();
    for (Activity activity : records.activities()) {
      Instant at = activity.occurredAt();
      if (at.isBefore(windowStart) || !at.isBefore(scope.asOf())) {
        continue;
      }
      String owner = activity.ownerId().map(o -> o.value()).orElse("(nobody)");
      byOwner.computeIfAbsent(owner, o -> new EnumMap<>(ActivityType.class)).merge(activity.type(), 1, Integer::sum);
    }
    List<OwnerLine> activities = byOwner.entrySet().stream().map(e -> {
      Map<ActivityType, Integer> n = e.getValue();
      return new OwnerLine(e.getKey(), n.getOrDefault(ActivityType.CALL, 0), n.getOrDefault(ActivityType.EMAIL, 0),
          n.getOrDefault(ActivityType.MEETING, 0), n.getOrDefault(ActivityType.TASK, 0),
          n.getOrDefault(ActivityType.NOTE, 0));
    }).toList();

    return new ManagerReport(scope, counts, pipeline, allOpen, new ArrayList<>(quarters.values()), closed,
        averageWon, averageCycle, lostReasons, sources, allLeads, topAccounts, openCases, ACTIVITY_WINDOW_DAYS,
        activities);
  }

  /** The calendar quarter of a day: {@code "Q1 2026"}. */
  public static String quarterOf(LocalDate day) {
    return "Q" + day.get(IsoFields.QUARTER_OF_YEAR) + " " + day.getYear();
  }

  private static String quarterOrder(String quarter) {
    return quarter.substring(3) + quarter.substring(0, 2);
  }

  private static StageLine add(StageLine line, Money amount, Money weighted) {
    return new StageLine(line.stage(), line.deals() + 1, line.amount().plus(amount), line.weighted().plus(weighted));
  }

  private static QuarterLine add(QuarterLine line, boolean won, Money amount) {
    return won
        ? new QuarterLine(line.quarter(), line.won() + 1, line.wonAmount().plus(amount), line.lost(), line.lostAmount())
        : new QuarterLine(line.quarter(), line.won(), line.wonAmount(), line.lost() + 1, line.lostAmount().plus(amount));
  }

  private static SourceLine add(SourceLine line, Lead lead) {
    boolean converted = lead.isConverted();
    boolean withDeal = lead.conversion().flatMap(c -> c.opportunityId()).isPresent();
    return new SourceLine(line.source(), line.leads() + 1, line.converted() + (converted ? 1 : 0),
        line.withDeal() + (withDeal ? 1 : 0), line.unqualified() + (lead.status() == LeadStatus.UNQUALIFIED ? 1 : 0));
  }

  private static Optional<BigDecimal> percent(int part, int whole) {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN));
  }
}
