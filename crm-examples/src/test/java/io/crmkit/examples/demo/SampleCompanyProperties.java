package io.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.examples.Progress;
import io.crmkit.examples.demo.SampleRuns.Run;
import io.crmkit.examples.report.CrmRecords;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** What holds for a sample company made from any seed, of any small size. */
class SampleCompanyProperties {

  @Property(tries = 12)
  void whatever_the_seed_every_lead_arrives_and_every_deal_follows_the_stage_order(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 90) int leads) {
    Run run = SampleRuns.make(seed, leads);

    CrmRecords records = CrmRecords.read(run.ports(), Progress.none());

    assertThat(records.leads()).hasSize(leads);
    for (Opportunity deal : records.opportunities()) {
      SampleRuns.assertStagesFollowTheOrder(deal, run.ports().eventHistory().eventsOf(deal.id()));
    }
    assertThat(run.clock().instant()).isEqualTo(SampleCompany.AS_OF);
  }

  @Property(tries = 6)
  void whatever_the_seed_the_same_seed_makes_the_same_company(@ForAll long seed) {
    CrmRecords first = CrmRecords.read(SampleRuns.make(seed, 40).ports(), Progress.none());
    CrmRecords second = CrmRecords.read(SampleRuns.make(seed, 40).ports(), Progress.none());

    assertThat(second).isEqualTo(first);
  }
}
