package io.crmkit.scoring.predictive.bayes;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.CategoricalFeature;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.Feature;
import io.crmkit.scoring.dataset.NumericFeature;
import io.crmkit.scoring.predictive.ModelTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trains a {@link NaiveBayesModel} on a dataset: every feature is counted (but the team and stage
 * fields, which play their own part); a numeric feature is cut into ranges of about equal size,
 * learnt from the training leads.
 *
 * @param teamField the feature that holds the sales team, if counts are kept per team
 * @param stages the stage feature and the order of the stages, if stages are counted
 * @param numericRanges how many ranges a numeric feature is cut into (fewer when values repeat)
 * @param stageLikelihood what a stage's count is divided by
 */
public record NaiveBayesTrainer(
    Optional<String> teamField, Optional<StageOrder> stages, int numericRanges, StageLikelihood stageLikelihood)
    implements ModelTrainer {

  /** The ranges a numeric feature is cut into unless told otherwise: ten (deciles). */
  public static final int DEFAULT_NUMERIC_RANGES = 10;

  /**
   * Checks the settings.
   *
   * @throws CrmValidationException when {@code numericRanges} is less than 1 ({@code
   *     trainer.numericRanges}, rule {@code range})
   */
  public NaiveBayesTrainer {
    CrmValidationException.required("trainer.teamField", teamField);
    CrmValidationException.required("trainer.stages", stages);
    CrmValidationException.required("trainer.stageLikelihood", stageLikelihood);
    if (numericRanges < 1) {
      throw CrmValidationException.of("trainer.numericRanges", "range", numericRanges, "at least one range");
    }
  }

  /** A trainer with no teams, no stages, deciles for numbers and the reference stage rule. */
  public static NaiveBayesTrainer defaults() {
    return new NaiveBayesTrainer(Optional.empty(), Optional.empty(), DEFAULT_NUMERIC_RANGES, StageLikelihood.SUM_OVER_STAGES);
  }

  /** This trainer with counts per sales team. */
  public NaiveBayesTrainer withTeamField(String field) {
    return new NaiveBayesTrainer(Optional.of(field), stages, numericRanges, stageLikelihood);
  }

  /** This trainer with stages counted by the stage rule. */
  public NaiveBayesTrainer withStages(StageOrder order) {
    return new NaiveBayesTrainer(teamField, Optional.of(order), numericRanges, stageLikelihood);
  }

  /** This trainer with another number of ranges for numeric features. */
  public NaiveBayesTrainer withNumericRanges(int ranges) {
    return new NaiveBayesTrainer(teamField, stages, ranges, stageLikelihood);
  }

  /** This trainer with another division of the stage counts. */
  public NaiveBayesTrainer withStageLikelihood(StageLikelihood likelihood) {
    return new NaiveBayesTrainer(teamField, stages, numericRanges, likelihood);
  }

  /**
   * {@inheritDoc}
   *
   * @throws CrmValidationException when the leads are all won or all lost ({@code
   *     training.outcomes}, rule {@code single-class}), or the team or stage field is not a
   *     categorical feature of the dataset ({@code training.teamField} or {@code training.stages},
   *     rules {@code missing-column}, {@code not-a-category})
   */
  @Override
  public NaiveBayesModel train(Dataset closedLeads) {
    CrmValidationException.required("training.leads", closedLeads);
    ModelTrainer.requireBothOutcomes(closedLeads);
    teamField.ifPresent(f -> requireCategorical("training.teamField", f, closedLeads));
    stages.ifPresent(s -> requireCategorical("training.stages", s.field(), closedLeads));
    List<String> fields = new ArrayList<>();
    List<NumericBins> bins = new ArrayList<>();
    for (int column = 0; column < closedLeads.features().size(); column++) {
      Feature feature = closedLeads.feature(column);
      String name = feature.name();
      if (teamField.filter(name::equals).isPresent() || stages.filter(s -> s.field().equals(name)).isPresent()) {
        continue;
      }
      fields.add(name);
      if (feature instanceof NumericFeature) {
        double[] values = new double[closedLeads.size()];
        for (int row = 0; row < values.length; row++) {
          values[row] = closedLeads.number(column, row);
        }
        bins.add(NumericBins.quantiles(name, values, numericRanges));
      }
    }
    NaiveBayesSettings settings =
        new NaiveBayesSettings(fields, bins, teamField, stages, stageLikelihood);
    return NaiveBayesModel.rebuild(settings, closedLeads);
  }

  private static void requireCategorical(String field, String name, Dataset leads) {
    int column = leads.indexOf(name).orElseThrow(() -> CrmValidationException.of(
        field, "missing-column", name, "the dataset has no such feature"));
    if (!(leads.feature(column) instanceof CategoricalFeature)) {
      throw CrmValidationException.of(field, "not-a-category", name, "a team or stage is a category");
    }
  }
}
