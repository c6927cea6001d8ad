package io.crmkit.scoring.rules;

import static io.crmkit.scoring.rules.RuleFixtures.AS_OF;
import static io.crmkit.scoring.rules.RuleFixtures.aBareLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.value.EmailAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Group caps and the bounds of the total: how points are cut and how the cut is shared out. */
class CapsAndBoundsTest {
  private static final Lead VP_AT_A_MID_SIZE_SOFTWARE_FIRM =
      aBareLead().jobTitle("VP Operations").industry("Software").companySize(400).build();

  @Test
  void a_group_over_its_cap_gives_the_cap_shared_in_proportion_to_the_rules_points() {
    Scorer<Lead> scorer = ScoringModel.builder("Cap")
        .group("Role", Dimension.FIT, g -> g.cap(30)
            .rule("vp", Condition.contains("jobTitle", "vp"), 20)
            .rule("ops", Condition.contains("jobTitle", "operations"), 40))
        .build()
        .compile(ScoringSchemas.lead());

    ScoreExplanation why = scorer.explain(VP_AT_A_MID_SIZE_SOFTWARE_FIRM, List.of(), AS_OF);

    assertThat(why.score().points()).isEqualTo(30);
    assertThat(why.contribution("vp").orElseThrow().cappedPoints()).isEqualTo(10);
    assertThat(why.contribution("ops").orElseThrow().cappedPoints()).isEqualTo(20);
    assertThat(why.groups().get(0).isCapped()).isTrue();
    assertThat(why.groups().get(0).points()).isEqualTo(60);
  }

  @Test
  void negative_points_are_not_capped_and_count_against_the_cap() {
    Scorer<Lead> scorer = ScoringModel.builder("Cap")
        .group("Role", Dimension.FIT, g -> g.cap(30)
            .rule("vp", Condition.contains("jobTitle", "vp"), 40)
            .rule("free-mail", Condition.equalTo("emailDomain", "gmail.com"), -20))
        .build()
        .compile(ScoringSchemas.lead());
    Lead lead = aBareLead().jobTitle("VP Sales").email(EmailAddress.of("vp@gmail.com")).build();

    ScoreExplanation why = scorer.explain(lead, List.of(), AS_OF);

    assertThat(why.score().points()).as("40 - 20 is under the cap").isEqualTo(20);
    assertThat(why.contribution("free-mail").orElseThrow().cappedPoints()).isEqualTo(-20);
    assertThat(why.groups().get(0).isCapped()).isFalse();
  }

  @Test
  void a_group_under_its_cap_is_untouched() {
    Scorer<Lead> scorer = ScoringModel.builder("Cap")
        .group("Role", Dimension.FIT, g -> g.cap(30).rule("vp", Condition.contains("jobTitle", "vp"), 20))
        .build()
        .compile(ScoringSchemas.lead());

    assertThat(scorer.score(VP_AT_A_MID_SIZE_SOFTWARE_FIRM, List.of(), AS_OF).points()).isEqualTo(20);
  }

  @Test
  void a_total_over_the_ceiling_is_held_to_it_and_the_rules_shares_are_scaled_to_sum_to_it() {
    Scorer<Lead> scorer = ScoringModel.builder("Ceiling")
        .ceiling(50)
        .group("Fit", Dimension.FIT, g -> g
            .rule("vp", Condition.contains("jobTitle", "vp"), 40)
            .rule("size", Condition.range("companySize", 100, 1000), 40)
            .rule("software", Condition.equalTo("industry", "software"), 20))
        .build()
        .compile(ScoringSchemas.lead());

    ScoreExplanation why = scorer.explain(VP_AT_A_MID_SIZE_SOFTWARE_FIRM, List.of(), AS_OF);

    assertThat(why.score().points()).isEqualTo(50);
    assertThat(why.unboundedPoints()).isEqualTo(100);
    assertThat(why.isBounded()).isTrue();
    assertThat(why.contribution("vp").orElseThrow().points()).isEqualTo(20);
    assertThat(why.contribution("software").orElseThrow().points()).isEqualTo(10);
    assertThat(why.score().fitPoints()).as("grades see the points before the ceiling").isEqualTo(100);
  }

  @Test
  void a_negative_total_is_held_to_zero_and_the_negative_shares_scaled_to_cancel_the_positive() {
    Scorer<Lead> scorer = ScoringModel.builder("Floor")
        .group("Fit", Dimension.FIT, g -> g
            .rule("vp", Condition.contains("jobTitle", "vp"), 10)
            .rule("free-mail", Condition.equalTo("emailDomain", "gmail.com"), -30)
            .rule("no-size", Condition.absent("companySize"), -10))
        .build()
        .compile(ScoringSchemas.lead());
    Lead lead = aBareLead().jobTitle("VP").email(EmailAddress.of("x@gmail.com")).build();

    ScoreExplanation why = scorer.explain(lead, List.of(), AS_OF);

    assertThat(why.score().points()).isZero();
    assertThat(why.unboundedPoints()).isEqualTo(-30);
    assertThat(why.contribution("free-mail").orElseThrow().points()).isCloseTo(-7.5, within(1e-12));
    assertThat(why.contribution("no-size").orElseThrow().points()).isCloseTo(-2.5, within(1e-12));
    assertThat(why.contribution("vp").orElseThrow().points()).isEqualTo(10);
  }

  @Test
  void fit_and_engagement_points_are_the_sums_of_their_groups_after_caps() {
    Scorer<Lead> scorer = ScoringModel.builder("Two dimensions")
        .group("Role", Dimension.FIT, g -> g.cap(15).rule("vp", Condition.contains("jobTitle", "vp"), 20))
        .group("Company", Dimension.FIT, g -> g.rule("size", Condition.present("companySize"), 10))
        .group("Web", Dimension.ENGAGEMENT, g -> g.rule("demo", Condition.event(BehaviourEvent.DEMO_REQUEST), 25))
        .build()
        .compile(ScoringSchemas.lead());

    Score score = scorer.score(VP_AT_A_MID_SIZE_SOFTWARE_FIRM,
        List.of(RuleFixtures.event(BehaviourEvent.DEMO_REQUEST, 1)), AS_OF);

    assertThat(score.fitPoints()).isEqualTo(25);
    assertThat(score.engagementPoints()).isEqualTo(25);
    assertThat(score.points()).isEqualTo(50);
  }
}
