package io.crmkit.scoring.predictive.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.scoring.dataset.ClosedLead;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.LeadFacts;
import io.crmkit.scoring.dataset.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class NaiveBayesProperties {
  private static final StageOrder STAGES = StageOrder.of("stage", "New", "Qualified", "Proposition");
  private static final NaiveBayesSettings SETTINGS = NaiveBayesSettings.of("country", "source", "employees")
      .withNumericBins(new NumericBins("employees", List.of(10.0, 100.0)))
      .withTeamField("team")
      .withStages(STAGES);

  @Provide
  Arbitrary<LeadFacts> facts() {
    Arbitrary<String> country = Arbitraries.of("BE", "FR", "DE", "");
    Arbitrary<String> source = Arbitraries.of("Web", "Ads", "Fair", "");
    Arbitrary<Double> employees = Arbitraries.of(-1.0, 5.0, 10.0, 50.0, 100.0, 5000.0);
    Arbitrary<String> team = Arbitraries.of("A", "B", "");
    Arbitrary<String> stage = Arbitraries.of("New", "Qualified", "Proposition", "");
    return Combinators.combine(country, source, employees, team, stage).as((c, s, e, t, st) -> {
      LeadFacts.Builder facts = LeadFacts.builder().set("country", c).set("source", s).set("team", t).set("stage", st);
      if (e >= 0) {
        facts.set("employees", e);
      }
      return facts.build();
    });
  }

  @Provide
  Arbitrary<ClosedLead> closedLeads() {
    return Combinators.combine(facts(), Arbitraries.of(Outcome.class)).as(ClosedLead::new);
  }

  @Property
  void counting_leads_one_at_a_time_in_any_order_gives_the_counts_of_a_rebuild(
      @ForAll @Size(max = 40) List<@From("closedLeads") ClosedLead> leads, @ForAll long seed) {
    List<ClosedLead> shuffled = new ArrayList<>(leads);
    Collections.shuffle(shuffled, new Random(seed));

    NaiveBayesModel incremental = NaiveBayesModel.empty(SETTINGS);
    for (ClosedLead lead : shuffled) {
      incremental = incremental.withClosedLead(lead);
    }

    assertThat(incremental).isEqualTo(NaiveBayesModel.rebuild(SETTINGS, leads));
  }

  @Property
  void rebuilding_from_a_dataset_gives_the_counts_of_rebuilding_from_its_leads(
      @ForAll @Size(min = 1, max = 40) List<@From("closedLeads") ClosedLead> leads) {
    Dataset dataset = Dataset.of(leads);

    assertThat(NaiveBayesModel.rebuild(SETTINGS, dataset)).isEqualTo(NaiveBayesModel.rebuild(SETTINGS, leads));
  }

  @Property
  void taking_leads_back_gives_the_counts_of_a_rebuild_without_them(
      @ForAll @Size(max = 40) List<@From("closedLeads") ClosedLead> kept,
      @ForAll @Size(max = 20) List<@From("closedLeads") ClosedLead> reopened) {
    List<ClosedLead> all = new ArrayList<>(kept);
    all.addAll(reopened);
    NaiveBayesModel model = NaiveBayesModel.rebuild(SETTINGS, all);

    for (ClosedLead lead : reopened) {
      model = model.withoutClosedLead(lead);
    }

    assertThat(model).isEqualTo(NaiveBayesModel.rebuild(SETTINGS, kept));
  }

  @Property
  void every_won_lead_counts_at_every_stage_and_every_lost_lead_with_a_stage_at_the_first(
      @ForAll @Size(min = 1, max = 40) List<@From("closedLeads") ClosedLead> leads) {
    TeamFrequencies all = NaiveBayesModel.rebuild(SETTINGS, leads).pooled();
    long won = leads.stream().filter(ClosedLead::isWon).count();
    long lostWithStage = leads.stream().filter(l -> !l.isWon() && l.facts().value("stage").isPresent()).count();

    for (String stage : STAGES.stages()) {
      assertThat(all.counts("stage", stage).map(OutcomeCounts::wonLeads).orElse(0L)).isEqualTo(won);
    }
    assertThat(all.counts("stage", "New").map(OutcomeCounts::lostLeads).orElse(0L)).isEqualTo(lostWithStage);
    assertThat(all.wonLeads()).isEqualTo(won);
    assertThat(all.closedLeads()).isEqualTo(leads.size());
  }

  @Property
  void a_probability_is_between_0_01_and_99_99_percent(
      @ForAll @Size(max = 40) List<@From("closedLeads") ClosedLead> leads, @ForAll("facts") LeadFacts open) {
    List<ClosedLead> both = new ArrayList<>(leads);
    both.add(ClosedLead.won(LeadFacts.none()));
    both.add(ClosedLead.lost(LeadFacts.none()));
    NaiveBayesModel model = NaiveBayesModel.rebuild(SETTINGS, both);

    assertThat(model.predict(open).probability()).isBetween(0.0001, 0.9999);
    NaiveBayesModel odoo = new NaiveBayesModel(SETTINGS.withStageLikelihood(StageLikelihood.CLOSED_LEADS), model.teams());
    assertThat(odoo.predict(open).probability()).isBetween(0.0001, 0.9999);
  }

  @Property
  void scoring_a_dataset_gives_each_lead_its_own_prediction(
      @ForAll @Size(min = 1, max = 40) List<@From("closedLeads") ClosedLead> leads,
      @ForAll @Size(min = 1, max = 20) List<@From("closedLeads") ClosedLead> open) {
    List<ClosedLead> both = new ArrayList<>(leads);
    both.add(ClosedLead.won(LeadFacts.none()));
    both.add(ClosedLead.lost(LeadFacts.none()));
    NaiveBayesModel model = NaiveBayesModel.rebuild(SETTINGS, both);
    Dataset dataset = Dataset.of(open);

    double[] probabilities = model.probabilities(dataset);

    for (int row = 0; row < open.size(); row++) {
      assertThat(probabilities[row]).isCloseTo(model.predict(open.get(row).facts()).probability(), within(1e-12));
    }
  }
}
