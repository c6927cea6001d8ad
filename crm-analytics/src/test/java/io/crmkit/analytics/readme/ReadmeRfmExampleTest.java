package io.crmkit.analytics.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.clv.ClvData;
import io.crmkit.analytics.rfm.CustomerRfm;
import io.crmkit.analytics.rfm.RfmAnalysis;
import io.crmkit.analytics.rfm.RfmBinning;
import io.crmkit.analytics.rfm.RfmResult;
import io.crmkit.analytics.rfm.SegmentSummary;
import io.crmkit.analytics.rfm.SegmentTable;
import io.crmkit.analytics.transaction.Transactions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's RFM example, run as written on the CDNOW sample. */
class ReadmeRfmExampleTest {

  @Test
  void the_readme_rfm_example_scores_and_segments_every_customer() {
    Transactions purchases = ClvData.cdnowTransactions();

    // README example starts
    RfmResult rfm = RfmAnalysis.asOf(LocalDate.parse("1998-07-01"))
        .withBinning(RfmBinning.rPackage(5))                   // R rfm: type-7 quantiles, ties together
        .withSegments(SegmentTable.rfmPackage())               // or your own table: segments are data
        .runInParallel(purchases);                             // chunks merged: same answer as run()
    for (SegmentSummary segment : rfm.summary()) {
      System.out.printf("%-20s %5d customers %6.1f%% of revenue%n",
          segment.segment(), segment.customers(), 100 * segment.revenueShare());
    }
    CustomerRfm first = rfm.customer(0);   // its scores, its segment and the rule that put it there
    // README example ends

    assertThat(rfm.size()).isEqualTo(2357);
    assertThat(rfm.summary().stream().mapToInt(SegmentSummary::customers).sum()).isEqualTo(2357);
    assertThat(rfm.summary().stream().mapToDouble(SegmentSummary::revenueShare).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(first.segment()).isEqualTo(SegmentTable.rfmPackage().segmentOf(first.score()));
    assertThat(rfm.customers()).isEqualTo(RfmAnalysis.asOf(LocalDate.parse("1998-07-01"))
        .withBinning(RfmBinning.rPackage(5)).withSegments(SegmentTable.rfmPackage()).run(purchases).customers());
  }
}
