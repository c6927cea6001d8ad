package io.crmkit.scoring.predictive.bayes;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.ClosedLead;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.Feature;
import io.crmkit.scoring.dataset.LeadFacts;
import io.crmkit.scoring.predictive.Factor;
import io.crmkit.scoring.predictive.Prediction;
import io.crmkit.scoring.predictive.PredictiveModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Naive Bayes over field-value frequencies, as Odoo CRM scores leads: the won and lost counts of
 * every (field, value) of the closed leads, per sales team, and the probability they give an open
 * lead (the formula is in the {@linkplain io.crmkit.scoring.predictive.bayes package description}).
 *
 * <p>The model is plain data (settings and counts), so it can be stored and read back. It changes by
 * making a new model: {@link #withClosedLead} when a lead is won or lost, {@link #withoutClosedLead}
 * when a closed lead is reopened, {@link #rebuild} from all closed leads at night; the counts of the
 * two ways are equal.
 *
 * <p>A lead is scored with its team's counts when the team has won and lost leads; otherwise (no
 * team, an unknown team, a team with one outcome only) with the counts of all teams together, as
 * Odoo does for a lead without a team. The probability is clamped to {@value #MINIMUM_PROBABILITY}..
 * {@value #MAXIMUM_PROBABILITY} (0.01 .. 99.99 %).
 *
 * @param settings what is counted
 * @param teams the counts per sales team; leads without a team under {@link #NO_TEAM}
 */
public record NaiveBayesModel(NaiveBayesSettings settings, Map<String, TeamFrequencies> teams)
    implements PredictiveModel {

  /** The key of the counts of leads that have no team. */
  public static final String NO_TEAM = "";

  /** The lowest probability the model gives: 0.01 %. */
  public static final double MINIMUM_PROBABILITY = 0.0001;

  /** The highest probability the model gives: 99.99 %. */
  public static final double MAXIMUM_PROBABILITY = 0.9999;

  /** Checks the parts and drops teams with no closed lead, so that equal counts make equal models. */
  public NaiveBayesModel {
    CrmValidationException.required("model.settings", settings);
    Map<String, TeamFrequencies> kept = new HashMap<>();
    CrmValidationException.required("model.teams", teams).forEach((team, counts) -> {
      if (counts.closedLeads() > 0) {
        kept.put(team, counts);
      }
    });
    teams = Map.copyOf(kept);
  }

  /** A model that has counted no lead yet. */
  public static NaiveBayesModel empty(NaiveBayesSettings settings) {
    return new NaiveBayesModel(settings, Map.of());
  }

  /**
   * Counts all closed leads from scratch (Odoo's nightly rebuild).
   *
   * @throws CrmValidationException when a lead has a feature the settings do not know, a value of the
   *     wrong kind, or a lost lead's stage is not one of the stages
   */
  public static NaiveBayesModel rebuild(NaiveBayesSettings settings, Iterable<ClosedLead> closedLeads) {
    CrmValidationException.required("model.settings", settings);
    LeadReader reader = new LeadReader(settings);
    Map<String, Tally> tallies = new HashMap<>();
    for (ClosedLead lead : CrmValidationException.required("closedLeads", closedLeads)) {
      tallies.computeIfAbsent(reader.teamOf(lead.facts()), t -> new Tally())
          .add(lead.isWon(), reader.countedValues(lead), 1);
    }
    Map<String, TeamFrequencies> teams = new HashMap<>();
    tallies.forEach((team, tally) -> teams.put(team, tally.freeze()));
    return new NaiveBayesModel(settings, teams);
  }

  /**
   * Counts the closed leads of a dataset from scratch: the same counts as {@link
   * #rebuild(NaiveBayesSettings, Iterable)} of its rows, read column by column without making a lead
   * per row.
   *
   * @throws CrmValidationException when the dataset has a feature the settings do not know ({@code
   *     dataset.<name>}, rule {@code unknown-feature}), a feature of the wrong kind ({@code
   *     not-a-number}, {@code not-a-category}), or a lost lead's stage is not one of the stages
   */
  public static NaiveBayesModel rebuild(NaiveBayesSettings settings, Dataset closedLeads) {
    CrmValidationException.required("model.settings", settings);
    CrmValidationException.required("closedLeads", closedLeads);
    Set<String> known = settings.features();
    for (Feature feature : closedLeads.features()) {
      if (!known.contains(feature.name())) {
        throw CrmValidationException.of(
            "dataset." + feature.name(), "unknown-feature", feature.name(), "the settings do not count this feature");
      }
    }
    DatasetColumns columns = new DatasetColumns(settings, new LeadReader(settings), closedLeads);
    int fieldCount = columns.fields().size();
    int stage = settings.stages().isPresent() ? fieldCount - 1 : -1;
    int stageCount = settings.stages().map(s -> s.stages().size()).orElse(0);
    Map<String, long[][][]> counts = new HashMap<>();
    Map<String, long[]> leads = new HashMap<>();
    for (int row = 0; row < closedLeads.size(); row++) {
      String team = columns.team(row);
      long[][][] c = counts.computeIfAbsent(team, t -> {
        long[][][] fresh = new long[fieldCount][][];
        for (int f = 0; f < fieldCount; f++) {
          fresh[f] = new long[f == stage ? stageCount : columns.labels(f).size()][2];
        }
        return fresh;
      });
      boolean won = closedLeads.won(row);
      int slot = won ? 0 : 1;
      leads.computeIfAbsent(team, t -> new long[2])[slot]++;
      for (int f = 0; f < fieldCount; f++) {
        int code = columns.code(f, row);
        if (f == stage) {
          int reached = won ? stageCount - 1 : code < 0 ? -1 : LeadReader.lostAt(settings.stages().orElseThrow(), columns.labels(f).get(code));
          for (int position = 0; position <= reached; position++) {
            c[f][position][slot]++;
          }
        } else if (code >= 0) {
          c[f][code][slot]++;
        }
      }
    }
    Map<String, TeamFrequencies> teams = new HashMap<>();
    counts.forEach((team, c) -> {
      Map<String, Map<String, OutcomeCounts>> fields = new HashMap<>();
      for (int f = 0; f < fieldCount; f++) {
        List<String> names = f == stage ? settings.stages().orElseThrow().stages() : columns.labels(f);
        Map<String, OutcomeCounts> values = new HashMap<>();
        for (int code = 0; code < c[f].length; code++) {
          if (c[f][code][0] > 0 || c[f][code][1] > 0) {
            values.put(names.get(code), new OutcomeCounts(c[f][code][0], c[f][code][1]));
          }
        }
        fields.put(columns.fields().get(f), values);
      }
      teams.put(team, new TeamFrequencies(leads.get(team)[0], leads.get(team)[1], fields));
    });
    return new NaiveBayesModel(settings, teams);
  }

  /**
   * The model after one more lead was won or lost: the counts of the lead's team and values go up
   * by one.
   *
   * @throws CrmValidationException as {@link #rebuild} does
   */
  public NaiveBayesModel withClosedLead(ClosedLead lead) {
    return changed(lead, 1);
  }

  /**
   * The model after a closed lead was reopened (or its outcome is to be corrected): its counts go
   * down by one, and values left with no lead are forgotten. Give the lead with the facts and outcome
   * it was counted with (not as it was edited since), so that the same counts go down.
   *
   * @throws CrmValidationException when the lead was not counted with this outcome ({@code
   *     closedLead}, rule {@code not-counted}), or as {@link #rebuild} does
   */
  public NaiveBayesModel withoutClosedLead(ClosedLead lead) {
    return changed(lead, -1);
  }

  private NaiveBayesModel changed(ClosedLead lead, int step) {
    CrmValidationException.required("closedLead", lead);
    LeadReader reader = new LeadReader(settings);
    String team = reader.teamOf(lead.facts());
    Tally tally = Tally.of(teams.getOrDefault(team, TeamFrequencies.NONE));
    tally.add(lead.isWon(), reader.countedValues(lead), step);
    Map<String, TeamFrequencies> changed = new HashMap<>(teams);
    changed.put(team, tally.freeze());
    return new NaiveBayesModel(settings, changed);
  }

  /** The counts of a team, empty when it has no closed lead. */
  public Optional<TeamFrequencies> team(String team) {
    return Optional.ofNullable(teams.get(team));
  }

  /** The counts of all teams together. */
  public TeamFrequencies pooled() {
    long won = 0;
    long lost = 0;
    Map<String, Map<String, OutcomeCounts>> fields = new HashMap<>();
    for (TeamFrequencies team : teams.values()) {
      won += team.wonLeads();
      lost += team.lostLeads();
      team.fields().forEach((field, values) -> {
        Map<String, OutcomeCounts> sum = fields.computeIfAbsent(field, f -> new HashMap<>());
        values.forEach((value, c) -> sum.merge(value, c, (a, b) -> a.plus(b.wonLeads(), b.lostLeads())));
      });
    }
    return new TeamFrequencies(won, lost, fields);
  }

  /**
   * Whether the model can score a lead: its teams together have won and lost leads.
   */
  public boolean canPredict() {
    long won = 0;
    long lost = 0;
    for (TeamFrequencies team : teams.values()) {
      won += team.wonLeads();
      lost += team.lostLeads();
    }
    return won > 0 && lost > 0;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The factors are the lead's values with their push {@code log(won(v)/sum won) - log(lost(v)/sum
   * lost)}; values that were skipped (missing, or never seen by the team) are not factors.
   *
   * @throws IllegalStateException when the model cannot predict yet ({@link #canPredict()})
   */
  @Override
  public Prediction predict(LeadFacts lead) {
    CrmValidationException.required("lead", lead);
    LeadReader reader = new LeadReader(settings);
    reader.requireKnown(lead);
    Scorer scorer = scorerFor(reader.teamOf(lead));
    double logOdds = scorer.prior();
    List<Factor> factors = new ArrayList<>();
    for (String field : reader.scoredFields()) {
      Optional<String> value = reader.valueOf(field, lead);
      if (value.isPresent()) {
        Optional<Double> push = scorer.push(field, value.get());
        if (push.isPresent()) {
          logOdds += push.get();
          factors.add(new Factor(field, value.get(), push.get()));
        }
      }
    }
    return new Prediction(probability(logOdds), factors);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException when the model cannot predict yet ({@link #canPredict()})
   */
  @Override
  public double[] probabilities(Dataset leads) {
    CrmValidationException.required("leads", leads);
    DatasetColumns columns = new DatasetColumns(settings, new LeadReader(settings), leads);
    int fieldCount = columns.fields().size();
    Map<String, double[][]> pushesByTeam = new HashMap<>();
    double[] probabilities = new double[leads.size()];
    for (int row = 0; row < leads.size(); row++) {
      double[][] pushes = pushesByTeam.computeIfAbsent(columns.team(row), team -> pushTables(team, columns));
      double logOdds = pushes[fieldCount][0];
      for (int f = 0; f < fieldCount; f++) {
        int code = columns.code(f, row);
        if (code >= 0 && !Double.isNaN(pushes[f][code])) {
          logOdds += pushes[f][code];
        }
      }
      probabilities[row] = probability(logOdds);
    }
    return probabilities;
  }

  /** The push tables of a team: per field, a push per code (NaN to skip); last, the prior. */
  private double[][] pushTables(String team, DatasetColumns columns) {
    Scorer scorer = scorerFor(team);
    int fieldCount = columns.fields().size();
    double[][] tables = new double[fieldCount + 1][];
    for (int f = 0; f < fieldCount; f++) {
      String field = columns.fields().get(f);
      List<String> labels = columns.labels(f);
      double[] table = new double[labels.size()];
      for (int code = 0; code < table.length; code++) {
        table[code] = scorer.push(field, labels.get(code)).orElse(Double.NaN);
      }
      tables[f] = table;
    }
    tables[fieldCount] = new double[] {scorer.prior()};
    return tables;
  }

  @Override
  public Set<String> features() {
    return settings.features();
  }

  private Scorer scorerFor(String team) {
    TeamFrequencies own = teams.get(team);
    if (own != null && own.hasBothOutcomes()) {
      return new Scorer(own, settings);
    }
    TeamFrequencies all = pooled();
    if (!all.hasBothOutcomes()) {
      throw new IllegalStateException(
          "the model has counted " + all.wonLeads() + " won and " + all.lostLeads() + " lost leads; it needs both to predict");
    }
    return new Scorer(all, settings);
  }

  private static double probability(double logOdds) {
    double p = 1.0 / (1.0 + Math.exp(-logOdds));
    return Math.min(MAXIMUM_PROBABILITY, Math.max(MINIMUM_PROBABILITY, p));
  }

  @Override
  public String toString() {
    long won = teams.values().stream().mapToLong(TeamFrequencies::wonLeads).sum();
    long lost = teams.values().stream().mapToLong(TeamFrequencies::lostLeads).sum();
    return "NaiveBayesModel[" + settings.fields().size() + " fields, " + teams.size() + " teams, "
        + won + " won, " + lost + " lost]";
  }
}
