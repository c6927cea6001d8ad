package io.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.OpportunityStageChanged;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.examples.CrmPorts;
import io.crmkit.examples.Progress;
import java.util.List;

/** Test fixtures: sample companies made on a fresh in-memory CRM, and checks over what they hold. */
final class SampleRuns {
  /** Leads in a test company: enough for every kind of record, few enough to be quick. */
  static final int LEADS = 200;

  private SampleRuns() {}

  /** A sample company made from a seed, with the store it lives in. */
  record Run(DemoClock clock, CrmPorts ports, SampleCompany.Generated generated) {
    /** The company read back and reported on. */
    DemoReport report() {
      return DemoReport.read(generated, ports, Progress.none());
    }
  }

  /** A company of {@link #LEADS} leads from the seed. */
  static Run make(long seed) {
    return make(seed, LEADS);
  }

  /** A company with this many leads from the seed. */
  static Run make(long seed, int leads) {
    CrmPorts ports = CrmPorts.of(InMemoryCrm.create());
    DemoClock clock = new DemoClock(SampleCompany.SET_UP_AT);
    SampleCompany.Generated generated = SampleCompany.generate(new SampleCompany.Settings(seed, leads), ports, clock,
        new DemoIds(), Progress.none());
    return new Run(clock, ports, generated);
  }

  /**
   * Asserts that the deal's stage changes start in Discovery, each from the stage the previous one
   * went to, only forward along the open stages or to Closed won / Closed lost, nothing after a
   * closed stage, and end in the stage the deal is stored in.
   */
  static void assertStagesFollowTheOrder(Opportunity deal, List<CrmEvent> history) {
    List<Stage> order = Stage.defaults();
    List<OpportunityStageChanged> changes = history.stream().filter(OpportunityStageChanged.class::isInstance)
        .map(OpportunityStageChanged.class::cast).toList();
    Stage at = Stage.DISCOVERY;
    for (OpportunityStageChanged change : changes) {
      assertThat(change.from()).as("%s moves from where it stood", deal.id()).isEqualTo(at);
      assertThat(at.isClosed()).as("%s moves after closing", deal.id()).isFalse();
      boolean forward = order.indexOf(change.to()) > order.indexOf(change.from());
      assertThat(forward || change.to().equals(Stage.CLOSED_LOST))
          .as("%s moves from %s to %s", deal.id(), change.from(), change.to()).isTrue();
      at = change.to();
    }
    assertThat(deal.stage()).as("%s ends where its last change went", deal.id()).isEqualTo(at);
  }
}
