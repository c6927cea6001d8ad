package io.crmkit.scoring.predictive.bayes;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.CategoricalFeature;
import io.crmkit.scoring.dataset.ClosedLead;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.Feature;
import io.crmkit.scoring.dataset.FeatureValue;
import io.crmkit.scoring.dataset.LeadFacts;
import io.crmkit.scoring.dataset.NumericFeature;
import io.crmkit.scoring.predictive.Factor;
import io.crmkit.scoring.predictive.Prediction;
import io.crmkit.scoring.predictive.PredictiveModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
    NaiveBayesModel reader = empty(settings);
    Map<String, Tally> tallies = new HashMap<>();
    for (ClosedLead lead : closedLeads) {
      tallies.computeIfAbsent(reader.teamOf(lead.facts()), t -> new Tally())
          .add(lead.isWon(), reader.countedValues(lead), 1);
    }
    Map<String, TeamFrequencies> teams = new HashMap<>();
    tallies.forEach((team, tally) -> teams.put(team, tally.freeze()));
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
   * down by one, and values left with no lead are forgotten.
   *
   * @throws CrmValidationException when the lead was not counted with this outcome ({@code
   *     closedLead}, rule {@code not-counted}), or as {@link #rebuild} does
   */
  public NaiveBayesModel withoutClosedLead(ClosedLead lead) {
    return changed(lead, -1);
  }

  private NaiveBayesModel changed(ClosedLead lead, int step) {
    CrmValidationException.required("closedLead", lead);
    String team = teamOf(lead.facts());
    Tally tally = Tally.of(teams.getOrDefault(team, TeamFrequencies.NONE));
    tally.add(lead.isWon(), countedValues(lead), step);
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
    requireKnownFeatures(lead);
    Scorer scorer = scorerFor(teamOf(lead));
    double logOdds = scorer.prior();
    List<Factor> factors = new ArrayList<>();
    for (String field : scoredFields()) {
      Optional<String> value = valueOf(field, lead);
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
    List<String> fields = scoredFields();
    int[] columns = new int[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i);
      OptionalInt column = leads.indexOf(field);
      columns[i] = column.orElse(-1);
      if (column.isPresent()) {
        requireKind(field, leads.feature(column.getAsInt()));
      }
    }
    int teamColumn = settings.teamField().map(t -> leads.indexOf(t).orElse(-1)).orElse(-1);
    if (teamColumn >= 0 && !(leads.feature(teamColumn) instanceof CategoricalFeature)) {
      throw CrmValidationException.of("dataset." + leads.feature(teamColumn).name(), "not-a-category", "numbers", "a team is a category");
    }
    Map<String, double[][]> pushesByTeam = new HashMap<>();
    double[] probabilities = new double[leads.size()];
    for (int row = 0; row < leads.size(); row++) {
      String team = NO_TEAM;
      if (teamColumn >= 0 && leads.level(teamColumn, row) >= 0) {
        team = ((CategoricalFeature) leads.feature(teamColumn)).levels().get(leads.level(teamColumn, row));
      }
      double[][] pushes = pushesByTeam.computeIfAbsent(team, t -> pushTables(t, leads, fields, columns));
      double logOdds = pushes[fields.size()][0];
      for (int i = 0; i < fields.size(); i++) {
        int column = columns[i];
        if (column < 0) {
          continue;
        }
        int code = codeOf(leads, column, row, fields.get(i));
        if (code >= 0 && !Double.isNaN(pushes[i][code])) {
          logOdds += pushes[i][code];
        }
      }
      probabilities[row] = probability(logOdds);
    }
    return probabilities;
  }

  /** The push tables of a team for a dataset: per field, a push per level or range (NaN to skip); last, the prior. */
  private double[][] pushTables(String team, Dataset leads, List<String> fields, int[] columns) {
    Scorer scorer = scorerFor(team);
    double[][] tables = new double[fields.size() + 1][];
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i);
      List<String> labels = new ArrayList<>();
      if (columns[i] >= 0) {
        Feature feature = leads.feature(columns[i]);
        if (feature instanceof CategoricalFeature categorical) {
          labels.addAll(categorical.levels());
        } else {
          NumericBins bins = settings.bins(field).orElseThrow();
          for (int bin = 0; bin < bins.size(); bin++) {
            labels.add(bins.rangeLabel(bin));
          }
        }
      }
      double[] table = new double[labels.size()];
      for (int code = 0; code < table.length; code++) {
        table[code] = scorer.push(field, labels.get(code)).orElse(Double.NaN);
      }
      tables[i] = table;
    }
    tables[fields.size()] = new double[] {scorer.prior()};
    return tables;
  }

  /** The level (categorical) or range (numeric) of a row's value, -1 when missing. */
  private int codeOf(Dataset leads, int column, int row, String field) {
    if (leads.feature(column) instanceof CategoricalFeature) {
      return leads.level(column, row);
    }
    double number = leads.number(column, row);
    return Double.isNaN(number) ? -1 : settings.bins(field).orElseThrow().range(number);
  }

  private void requireKind(String field, Feature feature) {
    boolean numeric = settings.bins(field).isPresent();
    if (numeric && !(feature instanceof NumericFeature)) {
      throw CrmValidationException.of("dataset." + field, "not-a-number", "categories", "the model cuts this field into ranges of numbers");
    }
    if (!numeric && !(feature instanceof CategoricalFeature)) {
      throw CrmValidationException.of("dataset." + field, "not-a-category", "numbers", "the model counts this field's categories");
    }
  }

  @Override
  public Set<String> features() {
    return settings.features();
  }

  /** The fields a score multiplies over: the counted fields, then the stage field. */
  private List<String> scoredFields() {
    List<String> fields = new ArrayList<>(settings.fields());
    settings.stages().ifPresent(s -> fields.add(s.field()));
    return fields;
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

  private void requireKnownFeatures(LeadFacts lead) {
    Set<String> known = settings.features();
    for (String name : lead.names()) {
      if (!known.contains(name)) {
        throw CrmValidationException.of("lead." + name, "unknown-feature", name, "the model does not read this feature");
      }
    }
  }

  /** The team of a lead: its team field's value, or {@link #NO_TEAM}. */
  private String teamOf(LeadFacts lead) {
    if (settings.teamField().isEmpty()) {
      return NO_TEAM;
    }
    String field = settings.teamField().get();
    return lead.value(field).map(v -> category(field, v)).orElse(NO_TEAM);
  }

  /** The value a field is counted and scored by: a category, or the range of a number; empty when missing. */
  private Optional<String> valueOf(String field, LeadFacts lead) {
    Optional<FeatureValue> value = lead.value(field);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<NumericBins> bins = settings.bins(field);
    if (bins.isPresent()) {
      if (!(value.get() instanceof FeatureValue.Numeric number)) {
        throw CrmValidationException.of(
            "lead." + field, "not-a-number", value.get().text(), "the model cuts this field into ranges of numbers");
      }
      return Optional.of(bins.get().label(number.value()));
    }
    return Optional.of(category(field, value.get()));
  }

  private static String category(String field, FeatureValue value) {
    if (!(value instanceof FeatureValue.Category category)) {
      throw CrmValidationException.of(
          "lead." + field, "not-a-category", value.text(), "the model counts this field's categories");
    }
    return category.value();
  }

  /**
   * The (field, value) pairs a closed lead counts at: its value of every counted field that has one
   * and, under the stage rule, every stage for a won lead, the stages up to its own for a lost one.
   */
  private List<Map.Entry<String, String>> countedValues(ClosedLead lead) {
    requireKnownFeatures(lead.facts());
    List<Map.Entry<String, String>> values = new ArrayList<>();
    for (String field : settings.fields()) {
      valueOf(field, lead.facts()).ifPresent(v -> values.add(Map.entry(field, v)));
    }
    if (settings.stages().isPresent()) {
      StageOrder order = settings.stages().get();
      List<String> stages = order.stages();
      if (lead.isWon()) {
        stages.forEach(s -> values.add(Map.entry(order.field(), s)));
      } else {
        Optional<String> stage = lead.facts().value(order.field()).map(v -> category(order.field(), v));
        if (stage.isPresent()) {
          int lostAt = order.position(stage.get()).orElseThrow(() -> CrmValidationException.of(
              "lead." + order.field(), "unknown-stage", stage.get(), "the stages are " + stages));
          stages.subList(0, lostAt + 1).forEach(s -> values.add(Map.entry(order.field(), s)));
        }
      }
    }
    return values;
  }

  @Override
  public String toString() {
    long won = teams.values().stream().mapToLong(TeamFrequencies::wonLeads).sum();
    long lost = teams.values().stream().mapToLong(TeamFrequencies::lostLeads).sum();
    return "NaiveBayesModel[" + settings.fields().size() + " fields, " + teams.size() + " teams, "
        + won + " won, " + lost + " lost]";
  }
}
