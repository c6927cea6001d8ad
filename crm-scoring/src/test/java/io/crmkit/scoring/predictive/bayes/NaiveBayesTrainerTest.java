package io.crmkit.scoring.predictive.bayes;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.scoring.predictive.fixtures.Leads.lead;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.dataset.ClosedLead;
import io.crmkit.scoring.dataset.CsvDatasetOptions;
import io.crmkit.scoring.dataset.CsvDatasetReader;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.LeadFacts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaiveBayesTrainerTest {

  @Test
  void every_feature_is_counted_and_numbers_are_cut_into_deciles() {
    // given 100 leads with 1..100 employees and a source
    List<ClosedLead> closed = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      LeadFacts facts = LeadFacts.builder().set("employees", i).set("source", i % 2 == 0 ? "Web" : "Ads").build();
      closed.add(i > 70 ? ClosedLead.won(facts) : ClosedLead.lost(facts));
    }

    // when
    NaiveBayesModel model = NaiveBayesTrainer.defaults().train(Dataset.of(closed));

    // then
    assertThat(model.settings().fields()).containsExactly("employees", "source");
    assertThat(model.settings().bins("employees")).map(NumericBins::upperBounds)
        .contains(List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0));
    assertThat(model.pooled().counts("employees", "(70, 80]")).contains(new OutcomeCounts(10, 0));
    assertThat(model.pooled().counts("employees", "> 90")).contains(new OutcomeCounts(10, 0));
    assertThat(model.pooled().counts("employees", "<= 10")).contains(new OutcomeCounts(0, 10));
    assertThat(model.predict(LeadFacts.builder().set("employees", 85).build()).probability())
        .isGreaterThan(model.predict(LeadFacts.builder().set("employees", 15).build()).probability());
  }

  @Test
  void the_team_and_stage_features_play_their_own_part() {
    Dataset leads = Dataset.of(List.of(
        lead("team", "A", "stage", "Won", "source", "Web").won(),
        lead("team", "A", "stage", "New", "source", "Ads").lost()));

    NaiveBayesModel model = NaiveBayesTrainer.defaults()
        .withTeamField("team")
        .withStages(StageOrder.of("stage", "New", "Qualified"))
        .withStageLikelihood(StageLikelihood.CLOSED_LEADS)
        .train(leads);

    assertThat(model.settings().fields()).containsExactly("source");
    assertThat(model.settings().stageLikelihood()).isEqualTo(StageLikelihood.CLOSED_LEADS);
    assertThat(model.team("A").orElseThrow().counts("stage", "Qualified")).contains(new OutcomeCounts(1, 0));
  }

  @Test
  void training_on_one_outcome_only_is_refused() {
    Dataset allWon = Dataset.of(List.of(lead("source", "Web").won(), lead("source", "Ads").won()));

    assertRejected("training.outcomes", "single-class", () -> NaiveBayesTrainer.defaults().train(allWon));
  }

  @Test
  void a_team_or_stage_field_the_data_lacks_is_refused() {
    Dataset leads = Dataset.of(List.of(
        lead("source", "Web").won(), ClosedLead.lost(LeadFacts.builder().set("stage", 2).build())));

    assertRejected("training.teamField", "missing-column", () -> NaiveBayesTrainer.defaults().withTeamField("team").train(leads));
    assertRejected("training.stages", "not-a-category",
        () -> NaiveBayesTrainer.defaults().withStages(StageOrder.of("stage", "1", "2")).train(leads));
    assertRejected("trainer.numericRanges", "range", () -> NaiveBayesTrainer.defaults().withNumericRanges(0));
  }

  @Test
  void a_dataset_with_a_feature_the_settings_do_not_count_or_a_lead_lost_in_an_unknown_stage_is_refused() {
    Dataset withPhone = Dataset.of(List.of(lead("source", "Web", "phone", "ok").won(), lead("source", "Ads").lost()));
    Dataset lostInLimbo = Dataset.of(List.of(lead("stage", "New").won(), lead("stage", "Limbo").lost()));

    assertRejected("dataset.phone", "unknown-feature", () -> NaiveBayesModel.rebuild(NaiveBayesSettings.of("source"), withPhone));
    assertRejected("lead.stage", "unknown-stage",
        () -> NaiveBayesModel.rebuild(NaiveBayesSettings.of().withStages(StageOrder.of("stage", "New")), lostInLimbo));
  }

  @Test
  void a_model_reads_a_dataset_whose_columns_are_of_the_other_kind_only_by_refusing() {
    Dataset numbers = CsvDatasetReader.read("source,won\n1,1\n2,0\n", CsvDatasetOptions.target("won"));
    Dataset categories = CsvDatasetReader.read("source,won\nWeb,1\nAds,0\n", CsvDatasetOptions.target("won"));
    NaiveBayesModel onCategories = NaiveBayesTrainer.defaults().train(categories);
    NaiveBayesModel onNumbers = NaiveBayesTrainer.defaults().train(numbers);

    assertRejected("dataset.source", "not-a-category", () -> onCategories.probabilities(numbers));
    assertRejected("dataset.source", "not-a-number", () -> onNumbers.probabilities(categories));
  }
}
