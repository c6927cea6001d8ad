package io.crmkit.scoring.health;

import io.crmkit.scoring.health.MeasureScale.Band;

/** A customer health model like the reference tools': usage, support, NPS and executive sponsor. */
final class HealthFixtures {
  private HealthFixtures() {}

  /** Usage 40 (percent of seats active), support 20 (20 open tickets or more score 0), NPS 20, sponsor 20. */
  static HealthModel.Builder aHealthModel() {
    return HealthModel.builder("Customer health")
        .measure("product usage", 40, MeasureScale.percent())
        .measure("support tickets", 20, MeasureScale.linear(20, 0))
        .measure("nps", 20, MeasureScale.linear(-100, 100))
        .measure("executive sponsor", 20, MeasureScale.bands(Band.of(0, 0), Band.of(1, 100)));
  }
}
