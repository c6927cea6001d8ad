package io.crmkit.scoring.predictive.bayes;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a naive Bayes model counts: the fields (categorical, or numeric cut into ranges), the field
 * that names a lead's sales team, the pipeline's stages, and how stage counts enter the score.
 *
 * <pre>{@code
 * NaiveBayesSettings settings = NaiveBayesSettings.of("country", "source", "email quality")
 *     .withTeamField("team")
 *     .withStages(StageOrder.of("stage", "New", "Qualified", "Proposition"));
 * }</pre>
 *
 * @param fields the fields counted, each once (the stage and team fields are not among them)
 * @param numericBins the ranges of the numeric fields; a field without ranges is categorical
 * @param teamField the field that holds a lead's sales team; without it all leads form one team
 * @param stages the stage field and the order of the stages; without it no stage is counted
 * @param stageLikelihood what a stage's count is divided by
 */
public record NaiveBayesSettings(
    List<String> fields,
    List<NumericBins> numericBins,
    Optional<String> teamField,
    Optional<StageOrder> stages,
    StageLikelihood stageLikelihood) {

  /**
   * Checks that every field is named once and plays one part.
   *
   * @throws CrmValidationException when a field is blank or named twice ({@code settings.fields},
   *     rules {@code required}, {@code duplicate}), ranges are given for a field not counted or twice
   *     ({@code settings.numericBins}, rules {@code unknown-field}, {@code duplicate}), or the team or
   *     stage field is also a counted field or the same field ({@code settings.teamField}, {@code
   *     settings.stages}, rule {@code duplicate})
   */
  public NaiveBayesSettings {
    Set<String> names = new LinkedHashSet<>();
    for (String field : CrmValidationException.required("settings.fields", fields)) {
      String name = CrmValidationException.requiredText("settings.fields", field).strip();
      if (!names.add(name)) {
        throw CrmValidationException.of("settings.fields", "duplicate", name, "each field is counted once");
      }
    }
    fields = List.copyOf(names);
    numericBins = List.copyOf(CrmValidationException.required("settings.numericBins", numericBins));
    Set<String> binned = new HashSet<>();
    for (NumericBins bins : numericBins) {
      if (!names.contains(bins.field())) {
        throw CrmValidationException.of("settings.numericBins", "unknown-field", bins.field(), "ranges are for a counted field");
      }
      if (!binned.add(bins.field())) {
        throw CrmValidationException.of("settings.numericBins", "duplicate", bins.field(), "one set of ranges per field");
      }
    }
    teamField = CrmValidationException.required("settings.teamField", teamField).map(String::strip);
    stages = CrmValidationException.required("settings.stages", stages);
    CrmValidationException.required("settings.stageLikelihood", stageLikelihood);
    if (teamField.isPresent() && (teamField.get().isEmpty() || names.contains(teamField.get()))) {
      throw CrmValidationException.of("settings.teamField", "duplicate", teamField.get(), "the team field is not a counted field");
    }
    if (stages.isPresent() && names.contains(stages.get().field())) {
      throw CrmValidationException.of("settings.stages", "duplicate", stages.get().field(), "the stage field is not among the other fields");
    }
    if (stages.isPresent() && teamField.isPresent() && stages.get().field().equals(teamField.get())) {
      throw CrmValidationException.of("settings.stages", "duplicate", teamField.get(), "the stage and team fields differ");
    }
  }

  /** Settings that count categorical fields, with no team, no stages and the reference stage rule. */
  public static NaiveBayesSettings of(String... fields) {
    return new NaiveBayesSettings(List.of(fields), List.of(), Optional.empty(), Optional.empty(), StageLikelihood.SUM_OVER_STAGES);
  }

  /** These settings with ranges for numeric fields (each field must be counted). */
  public NaiveBayesSettings withNumericBins(NumericBins... bins) {
    List<NumericBins> all = new ArrayList<>(numericBins);
    all.addAll(List.of(bins));
    return new NaiveBayesSettings(fields, all, teamField, stages, stageLikelihood);
  }

  /** These settings with counts per sales team, read from a field. */
  public NaiveBayesSettings withTeamField(String field) {
    return new NaiveBayesSettings(fields, numericBins, Optional.of(field), stages, stageLikelihood);
  }

  /** These settings with stages counted by the stage rule. */
  public NaiveBayesSettings withStages(StageOrder order) {
    return new NaiveBayesSettings(fields, numericBins, teamField, Optional.of(order), stageLikelihood);
  }

  /** These settings with another division of the stage counts. */
  public NaiveBayesSettings withStageLikelihood(StageLikelihood likelihood) {
    return new NaiveBayesSettings(fields, numericBins, teamField, stages, likelihood);
  }

  /** The ranges of a field, empty when it is categorical. */
  public Optional<NumericBins> bins(String field) {
    return numericBins.stream().filter(b -> b.field().equals(field)).findFirst();
  }

  /** Every field a lead may have for this model: the counted fields, the stage field and the team field. */
  public Set<String> features() {
    Set<String> all = new LinkedHashSet<>(fields);
    stages.ifPresent(s -> all.add(s.field()));
    teamField.ifPresent(all::add);
    return Set.copyOf(all);
  }
}
