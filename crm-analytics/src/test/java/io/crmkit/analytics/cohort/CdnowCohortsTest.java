package io.crmkit.analytics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.transaction.Transactions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Monthly cohorts of the CDNOW sample (2,357 customers whose first purchase was in the first
 * quarter of 1997, followed to 1998-06-30; see cdnow/PROVENANCE.md), checked against counts made
 * here from the raw lines in the plainest way: the first month of each customer, and the distinct
 * customer-months. (The reference's check figures are for the full master file of 23,570
 * customers; this 1/10 sample cannot reproduce them.)
 */
class CdnowCohortsTest {
  private static List<String[]> lines;
  private static CohortTable table;

  @BeforeAll
  static void readTheSample() throws IOException {
    try (InputStream in = CdnowCohortsTest.class.getResourceAsStream("/cdnow/CDNOW_sample.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      lines = text.lines().skip(1).map(line -> line.split(",")).toList();
    }
    Transactions.Builder purchases = Transactions.builder();
    for (String[] line : lines) {
      purchases.add(line[1], LocalDate.parse(line[2]), Double.parseDouble(line[4]));
    }
    table = CohortAnalysis.by(CohortPeriod.MONTH).run(purchases.build());
  }

  @Test
  void the_sample_has_three_cohorts_of_the_first_quarter_of_1997_and_every_customer_in_one() {
    Map<String, String> firstMonth = new HashMap<>();
    for (String[] line : lines) {
      firstMonth.merge(line[1], line[2].substring(0, 7), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    Map<String, Integer> sizes = new TreeMap<>();
    firstMonth.values().forEach(month -> sizes.merge(month, 1, Integer::sum));

    assertThat(sizes.keySet()).containsExactly("1997-01", "1997-02", "1997-03");
    assertThat(firstMonth).hasSize(2_357);
    assertThat(table.cohortCount()).isEqualTo(3);
    for (int c = 0; c < 3; c++) {
      assertThat(table.size(c)).as(table.label(c)).isEqualTo(sizes.get(table.label(c)));
    }
  }

  @Test
  void every_cell_counts_the_distinct_customers_active_that_many_months_after_their_first() {
    Map<String, String> firstMonth = new HashMap<>();
    for (String[] line : lines) {
      firstMonth.merge(line[1], line[2].substring(0, 7), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    Set<String> customerMonths = new HashSet<>();
    Map<String, Integer> cells = new HashMap<>();
    for (String[] line : lines) {
      if (customerMonths.add(line[1] + " " + line[2].substring(0, 7))) {
        String first = firstMonth.get(line[1]);
        int k = months(first, line[2].substring(0, 7));
        cells.merge(first + " " + k, 1, Integer::sum);
      }
    }

    for (int c = 0; c < table.cohortCount(); c++) {
      // observed through 1998-06: 18 months for January (k = 0..17), 17 for February, 16 for March
      assertThat(table.observedPeriods(c)).isEqualTo(18 - c);
      for (int k = 0; k < table.observedPeriods(c); k++) {
        assertThat(table.activeCustomers(c, k)).as("%s k=%d", table.label(c), k)
            .isEqualTo(cells.getOrDefault(table.label(c) + " " + k, 0));
      }
      assertThat(table.retention(c, 0)).isEqualTo(1.0);
    }
  }

  @Test
  void revenue_per_cell_adds_up_the_dollar_values_of_its_month() {
    Map<String, String> firstMonth = new HashMap<>();
    for (String[] line : lines) {
      firstMonth.merge(line[1], line[2].substring(0, 7), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    Map<String, Double> revenue = new HashMap<>();
    double total = 0;
    for (String[] line : lines) {
      String first = firstMonth.get(line[1]);
      revenue.merge(first + " " + months(first, line[2].substring(0, 7)), Double.parseDouble(line[4]), Double::sum);
      total += Double.parseDouble(line[4]);
    }

    double tableTotal = 0;
    for (int c = 0; c < table.cohortCount(); c++) {
      for (int k = 0; k < table.observedPeriods(c); k++) {
        assertThat(table.revenue(c, k)).isCloseTo(revenue.getOrDefault(table.label(c) + " " + k, 0.0),
            org.assertj.core.api.Assertions.within(1e-6));
        tableTotal += table.revenue(c, k);
      }
    }
    assertThat(tableTotal).isCloseTo(total, org.assertj.core.api.Assertions.within(1e-6));
  }

  private static int months(String from, String to) {
    int fromMonths = Integer.parseInt(from.substring(0, 4)) * 12 + Integer.parseInt(from.substring(5, 7));
    return Integer.parseInt(to.substring(0, 4)) * 12 + Integer.parseInt(to.substring(5, 7)) - fromMonths;
  }
}
