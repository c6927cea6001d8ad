package io.crmkit.scoring.predictive.bayes;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.scoring.predictive.fixtures.Leads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.scoring.dataset.ClosedLead;
import io.crmkit.scoring.predictive.Factor;
import org.assertj.core.groups.Tuple;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaiveBayesStagesAndTeamsTest {
  private static final double EXACT = 1e-12;
  private static final StageOrder STAGES = StageOrder.of("stage", "New", "Qualified", "Proposition", "Negotiation");
  private static final NaiveBayesSettings SETTINGS = NaiveBayesSettings.of("source").withStages(STAGES);

  @Test
  void a_won_lead_counts_at_every_stage_and_a_lost_lead_at_every_stage_up_to_where_it_was_lost() {
    // when
    NaiveBayesModel model = NaiveBayesModel.rebuild(SETTINGS, List.of(
        lead("stage", "Won").won(),
        lead("stage", "Qualified").lost()));

    // then
    TeamFrequencies counts = model.team(NaiveBayesModel.NO_TEAM).orElseThrow();
    assertThat(counts.counts("stage", "New")).contains(new OutcomeCounts(1, 1));
    assertThat(counts.counts("stage", "Qualified")).contains(new OutcomeCounts(1, 1));
    assertThat(counts.counts("stage", "Proposition")).contains(new OutcomeCounts(1, 0));
    assertThat(counts.counts("stage", "Negotiation")).contains(new OutcomeCounts(1, 0));
  }

  @Test
  void a_lost_lead_without_a_stage_counts_at_no_stage() {
    NaiveBayesModel model = NaiveBayesModel.rebuild(SETTINGS, List.of(lead("source", "Web").lost()));

    assertThat(model.team(NaiveBayesModel.NO_TEAM).orElseThrow().fields()).doesNotContainKey("stage");
  }

  @Test
  void a_stage_is_divided_by_the_sum_over_the_stages_like_any_field() {
    // given 2 won leads and leads lost at New and at Proposition, on three stages
    StageOrder three = StageOrder.of("stage", "New", "Qualified", "Proposition");
    List<ClosedLead> closed = List.of(
        lead().won(), lead().won(), lead("stage", "New").lost(), lead("stage", "Proposition").lost());
    NaiveBayesModel model = NaiveBayesModel.rebuild(NaiveBayesSettings.of().withStages(three), closed);

    // when: counts New 2/2, Qualified 2/1, Proposition 2/1, so won sums 6.3 and lost sums 4.3
    double probability = model.predict(lead("stage", "Proposition").facts()).probability();

    // then
    double sWon = 0.5 * (2.1 / 6.3);
    double sLost = 0.5 * (1.1 / 4.3);
    assertThat(probability).isCloseTo(sWon / (sWon + sLost), within(EXACT));
  }

  @Test
  void odoo_s_code_divides_a_stage_by_the_team_s_won_and_lost_leads_instead() {
    StageOrder three = StageOrder.of("stage", "New", "Qualified", "Proposition");
    List<ClosedLead> closed = List.of(
        lead().won(), lead().won(), lead("stage", "New").lost(), lead("stage", "Proposition").lost());
    NaiveBayesModel model = NaiveBayesModel.rebuild(
        NaiveBayesSettings.of().withStages(three).withStageLikelihood(StageLikelihood.CLOSED_LEADS), closed);

    double atProposition = model.predict(lead("stage", "Proposition").facts()).probability();
    double atNew = model.predict(lead("stage", "New").facts()).probability();

    // the first stage tells nothing: every closed lead passed it
    double sWon = 0.5 * (2.1 / 2.1);
    double sLost = 0.5 * (1.1 / 2.1);
    assertThat(atProposition).isCloseTo(sWon / (sWon + sLost), within(EXACT));
    assertThat(atNew).isCloseTo(0.5, within(EXACT));
  }

  @Test
  void a_lost_lead_in_a_stage_that_is_not_in_the_order_is_refused() {
    assertRejected("lead.stage", "unknown-stage", () -> NaiveBayesModel.rebuild(SETTINGS, List.of(lead("stage", "Limbo").lost())));
  }

  @Test
  void each_team_is_scored_on_its_own_counts() {
    // given team A wins with source Web, team B loses with it
    NaiveBayesSettings settings = NaiveBayesSettings.of("source").withTeamField("team");
    NaiveBayesModel model = NaiveBayesModel.rebuild(settings, List.of(
        lead("team", "A", "source", "Web").won(),
        lead("team", "A", "source", "Fair").lost(),
        lead("team", "B", "source", "Web").lost(),
        lead("team", "B", "source", "Fair").won()));

    // when
    double inA = model.predict(lead("team", "A", "source", "Web").facts()).probability();
    double inB = model.predict(lead("team", "B", "source", "Web").facts()).probability();

    // then: in A, Web: won 1.1/1.2, lost 0.1/1.2
    double sWon = 0.5 * (1.1 / 1.2);
    double sLost = 0.5 * (0.1 / 1.2);
    assertThat(inA).isCloseTo(sWon / (sWon + sLost), within(EXACT));
    assertThat(inB).isCloseTo(1 - inA, within(EXACT));
    assertThat(model.teams()).containsOnlyKeys("A", "B");
  }

  @Test
  void a_lead_without_a_team_an_unknown_team_or_a_team_with_one_outcome_is_scored_on_all_teams_together() {
    NaiveBayesSettings settings = NaiveBayesSettings.of("source").withTeamField("team");
    NaiveBayesModel model = NaiveBayesModel.rebuild(settings, List.of(
        lead("team", "A", "source", "Web").won(),
        lead("team", "A", "source", "Fair").lost(),
        lead("team", "B", "source", "Web").lost(),
        lead("team", "B", "source", "Web").won(),
        lead("team", "C", "source", "Web").won()));
    // all together: 3 won, 2 lost; Web 3/1, Fair 0/1: won sum 3.2, lost sum 2.2
    double sWon = 0.6 * (3.1 / 3.2);
    double sLost = 0.4 * (1.1 / 2.2);
    double pooled = sWon / (sWon + sLost);

    assertThat(model.predict(lead("source", "Web").facts()).probability()).isCloseTo(pooled, within(EXACT));
    assertThat(model.predict(lead("team", "Z", "source", "Web").facts()).probability()).isCloseTo(pooled, within(EXACT));
    assertThat(model.predict(lead("team", "C", "source", "Web").facts()).probability()).isCloseTo(pooled, within(EXACT));
    assertThat(model.pooled().counts("source", "Web")).contains(new OutcomeCounts(3, 1));
  }

  @Test
  void the_stage_is_a_factor_like_any_field() {
    NaiveBayesModel model = NaiveBayesModel.rebuild(SETTINGS, List.of(
        lead("stage", "Won").won(), lead("stage", "New").lost()));

    assertThat(model.predict(lead("stage", "Negotiation").facts()).factors())
        .extracting(Factor::feature, Factor::value)
        .containsExactly(Tuple.tuple("stage", "Negotiation"));
  }

  @Test
  void settings_give_every_field_one_part() {
    assertRejected("settings.fields", "duplicate", () -> NaiveBayesSettings.of("source", "source"));
    assertRejected("settings.fields", "required", () -> NaiveBayesSettings.of(" "));
    assertRejected("settings.numericBins", "unknown-field",
        () -> NaiveBayesSettings.of("source").withNumericBins(new NumericBins("employees", List.of())));
    assertRejected("settings.teamField", "duplicate", () -> NaiveBayesSettings.of("source").withTeamField("source"));
    assertRejected("settings.stages", "duplicate", () -> NaiveBayesSettings.of("stage").withStages(STAGES));
    assertRejected("settings.stages", "duplicate", () -> NaiveBayesSettings.of("source").withTeamField("stage").withStages(STAGES));
    assertRejected("stages.stages", "duplicate", () -> StageOrder.of("stage", "New", "New"));
    assertRejected("stages.stages", "required", () -> StageOrder.of("stage"));
  }
}
