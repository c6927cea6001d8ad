package io.crmkit.lifecycle.shipped;

import io.crmkit.core.lead.FitGrade;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.LEAD;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.QUALIFY;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.MONDAY;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.aJourney;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.in;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TransitionResult.Rejected;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Marketing's hand-off rule, for every threshold, grade, score and fit. */
class B2bLeadProperties {
  @Property
  void marketing_passes_a_lead_exactly_when_its_score_and_fit_reach_the_options(
      @ForAll @IntRange(max = 100) int threshold,
      @ForAll FitGrade minimum,
      @ForAll @IntRange(max = 100) int score,
      @ForAll FitGrade fit) {
    B2bLeadOptions options = B2bLeadOptions.defaults().withMqlScoreThreshold(threshold).withMinimumFit(minimum);
    B2bJourney journey = aJourney().withScore(score).withFit(fit);

    TransitionResult result = B2bLeadLifecycle.definition(options).transition(in(LEAD), QUALIFY, journey, MONDAY);

    boolean scorePasses = score >= threshold;
    boolean fitPasses = fit.compareTo(minimum) <= 0;
    assertThat(result.isAccepted()).isEqualTo(scorePasses && fitPasses);
    if (result instanceof Rejected rejected) {
      assertThat(rejected.codes()).hasSize((scorePasses ? 0 : 1) + (fitPasses ? 0 : 1));
    }
  }
}
