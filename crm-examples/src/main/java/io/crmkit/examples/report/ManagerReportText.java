package io.crmkit.examples.report;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import io.crmkit.examples.report.ManagerReport.AccountLine;
import io.crmkit.examples.report.ManagerReport.OwnerLine;
import io.crmkit.examples.report.ManagerReport.QuarterLine;
import io.crmkit.examples.report.ManagerReport.SeverityLine;
import io.crmkit.examples.report.ManagerReport.SourceLine;
import io.crmkit.examples.report.ManagerReport.StageLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@link ManagerReport} as text for a terminal: one titled section per figure, each a
 * {@link TextTable}, amounts with their currency in whole units ({@code EUR 1,234,567}), dates as
 * {@code 31 Mar 2026}. The same report gives the same text, character for character.
 */
public final class ManagerReportText {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private ManagerReportText() {}

  /** The whole report: every section, a blank line between them. */
  public static String render(ManagerReport report) {
    CrmValidationException.required("report", report);
    return String.join("\n", records(report), pipeline(report), closed(report), sources(report),
        topAccounts(report), openCases(report), activities(report));
  }

  /** How many records of each kind the report read. */
  public static String records(ManagerReport report) {
    ManagerReport.Counts n = report.counts();
    return "Records read: " + String.join(", ", count(n.leads(), "lead", "leads"),
        count(n.accounts(), "account", "accounts"), count(n.contacts(), "contact", "contacts"),
        count(n.opportunities(), "deal", "deals"), count(n.orders(), "order", "orders"),
        count(n.supportCases(), "support case", "support cases"), count(n.activities(), "activity", "activities"))
        + "\n";
  }

  /** The open pipeline by stage. */
  public static String pipeline(ManagerReport report) {
    TextTable table = TextTable.of(TextTable.left("STAGE"), TextTable.right("DEALS"), TextTable.right("AMOUNT"),
        TextTable.right("WEIGHTED"));
    for (StageLine line : report.pipeline()) {
      table.row(line.stage(), count(line.deals()), money(line.amount()), money(line.weighted()));
    }
    StageLine all = report.pipelineTotal();
    table.total(all.stage(), count(all.deals()), money(all.amount()), money(all.weighted()));
    return "Open pipeline on " + day(report.scope().lastDay()) + " (weighted by each deal's probability)\n"
        + table.render();
  }

  /** Deals won and lost in the period, by quarter, with the averages and lost reasons. */
  public static String closed(ManagerReport report) {
    TextTable table = TextTable.of(TextTable.left("QUARTER"), TextTable.right("WON"), TextTable.right("WON AMOUNT"),
        TextTable.right("LOST"), TextTable.right("LOST AMOUNT"), TextTable.right("WIN RATE"));
    for (QuarterLine line : report.quarters()) {
      table.row(quarterCells(line));
    }
    table.total(quarterCells(report.closedTotal()));
    ManagerReport.Scope scope = report.scope();
    StringBuilder out = new StringBuilder("Deals won and lost from " + day(scope.firstDay()) + " to "
        + day(scope.lastDay()) + " (by close date)\n").append(table.render());
    out.append("  Average won deal: ").append(report.averageWonDeal().map(ManagerReportText::money).orElse("-"))
        .append("; average sales cycle: ")
        .append(report.averageSalesCycleDays().map(d -> d.toPlainString() + " days (created to won)").orElse("-"))
        .append('\n');
    if (!report.lostReasons().isEmpty()) {
      out.append("  Lost because: ").append(report.lostReasons().stream()
          .map(r -> r.reason() + " " + r.deals()).collect(Collectors.joining(", "))).append('\n');
    }
    return out.toString();
  }

  /** Leads by source and how many were converted. */
  public static String sources(ManagerReport report) {
    TextTable table = TextTable.of(TextTable.left("SOURCE"), TextTable.right("LEADS"), TextTable.right("CONVERTED"),
        TextTable.right("RATE"), TextTable.right("WITH DEAL"), TextTable.right("UNQUALIFIED"));
    for (SourceLine line : report.sources()) {
      table.row(sourceCells(line));
    }
    table.total(sourceCells(report.sourcesTotal()));
    return "Lead conversion by source\n" + table.render();
  }

  /** The accounts with the most order revenue. */
  public static String topAccounts(ManagerReport report) {
    String title = "Top accounts by order revenue (placed and fulfilled orders, net of discounts, before tax)\n";
    if (report.topAccounts().isEmpty()) {
      return title + "  (no orders yet)\n";
    }
    TextTable table = TextTable.of(TextTable.right("#"), TextTable.left("ACCOUNT"), TextTable.right("ORDERS"),
        TextTable.right("REVENUE"));
    int rank = 0;
    for (AccountLine line : report.topAccounts()) {
      table.row(String.valueOf(++rank), line.account(), count(line.orders()), money(line.revenue()));
    }
    return title + table.render();
  }

  /** Open cases by severity, with the oldest of each. */
  public static String openCases(ManagerReport report) {
    TextTable table = TextTable.of(TextTable.left("SEVERITY"), TextTable.right("OPEN"),
        TextTable.left("OLDEST OPEN CASE"));
    int open = 0;
    for (SeverityLine line : report.openCases()) {
      open += line.open();
      table.row(line.severity().name().toLowerCase(Locale.ROOT), count(line.open()), line.oldest()
          .map(c -> c.caseNumber() + " " + c.subject() + c.account().map(a -> " (" + a + ")").orElse("") + ", "
              + c.ageDays() + (c.ageDays() == 1 ? " day" : " days"))
          .orElse("-"));
    }
    table.total("all", count(open), "");
    return "Open support cases by severity on " + day(report.scope().lastDay()) + "\n" + table.render();
  }

  /** Activities by owner in the last days of the period. */
  public static String activities(ManagerReport report) {
    ManagerReport.Scope scope = report.scope();
    LocalDate to = LocalDate.ofInstant(scope.asOf().minusNanos(1), ZoneOffset.UTC);
    LocalDate from = LocalDate.ofInstant(scope.asOf().minus(Duration.ofDays(report.activityWindowDays())),
        ZoneOffset.UTC);
    String title = "Activities in the last " + report.activityWindowDays() + " days (" + day(from) + " to " + day(to)
        + "), by owner\n";
    if (report.activities().isEmpty()) {
      return title + "  (none)\n";
    }
    TextTable table = TextTable.of(TextTable.left("OWNER"), TextTable.right("CALLS"), TextTable.right("E-MAILS"),
        TextTable.right("MEETINGS"), TextTable.right("TASKS"), TextTable.right("NOTES"), TextTable.right("TOTAL"));
    int[] sums = new int[6];
    for (OwnerLine line : report.activities()) {
      int[] cells = {line.calls(), line.emails(), line.meetings(), line.tasks(), line.notes(), line.total()};
      for (int i = 0; i < cells.length; i++) {
        sums[i] += cells[i];
      }
      table.row(line.owner(), count(cells[0]), count(cells[1]), count(cells[2]), count(cells[3]), count(cells[4]),
          count(cells[5]));
    }
    table.total("everyone", count(sums[0]), count(sums[1]), count(sums[2]), count(sums[3]), count(sums[4]),
        count(sums[5]));
    return title + table.render();
  }

  /** An amount with its currency code, rounded half-even to whole units and grouped: {@code EUR 1,234,567}. */
  public static String money(Money money) {
    CrmValidationException.required("money", money);
    BigDecimal whole = money.amount().setScale(0, RoundingMode.HALF_EVEN);
    return money.currency().getCurrencyCode() + " " + grouped().format(whole);
  }

  /** A day as {@code 31 Mar 2026}. */
  public static String day(LocalDate day) {
    return DAY.format(CrmValidationException.required("day", day));
  }

  /** A count grouped by thousands: {@code 1,500}. */
  public static String count(long count) {
    return grouped().format(count);
  }

  /** A count and what it counts, in the singular or the plural: {@code 1 order}, {@code 2 orders}. */
  public static String count(long count, String one, String many) {
    return count(count) + " " + (count == 1 ? one : many);
  }

  private static String[] quarterCells(QuarterLine line) {
    return new String[] {line.quarter(), count(line.won()), money(line.wonAmount()), count(line.lost()),
        money(line.lostAmount()), percent(line.winRatePercent())};
  }

  private static String[] sourceCells(SourceLine line) {
    return new String[] {line.source(), count(line.leads()), count(line.converted()),
        percent(line.conversionRatePercent()), count(line.withDeal()), count(line.unqualified())};
  }

  private static String percent(Optional<BigDecimal> percent) {
    return percent.map(p -> p.toPlainString() + "%").orElse("-");
  }

  private static DecimalFormat grouped() {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
  }
}
