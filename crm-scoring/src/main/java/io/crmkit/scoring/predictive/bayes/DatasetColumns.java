package io.crmkit.scoring.predictive.bayes;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.CategoricalFeature;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.Feature;
import io.crmkit.scoring.dataset.NumericFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Where a dataset holds what the settings count: for each scored field its column and the value
 * (category or range) of each code, so that rows are read as array indexes, never as texts.
 */
final class DatasetColumns {
  private final Dataset leads;
  private final List<String> fields;
  private final int[] columns;
  private final List<List<String>> labels = new ArrayList<>();
  private final @Nullable NumericBins[] ranges;
  private final int teamColumn;

  DatasetColumns(NaiveBayesSettings settings, LeadReader reader, Dataset leads) {
    this.leads = leads;
    this.fields = reader.scoredFields();
    this.columns = new int[fields.size()];
    this.ranges = new NumericBins[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i);
      OptionalInt column = leads.indexOf(field);
      columns[i] = column.orElse(-1);
      List<String> names = new ArrayList<>();
      if (column.isPresent()) {
        Feature feature = leads.feature(column.getAsInt());
        if (reader.bins(field).isPresent()) {
          if (!(feature instanceof NumericFeature)) {
            throw CrmValidationException.of(
                "dataset." + field, "not-a-number", "categories", "the model cuts this field into ranges of numbers");
          }
          NumericBins bins = reader.bins(field).get();
          ranges[i] = bins;
          for (int range = 0; range < bins.size(); range++) {
            names.add(bins.rangeLabel(range));
          }
        } else if (feature instanceof CategoricalFeature categorical) {
          names.addAll(categorical.levels());
        } else {
          throw CrmValidationException.of(
              "dataset." + field, "not-a-category", "numbers", "the model counts this field's categories");
        }
      }
      labels.add(List.copyOf(names));
    }
    this.teamColumn = settings.teamField().map(t -> leads.indexOf(t).orElse(-1)).orElse(-1);
    if (teamColumn >= 0 && !(leads.feature(teamColumn) instanceof CategoricalFeature)) {
      throw CrmValidationException.of(
          "dataset." + leads.feature(teamColumn).name(), "not-a-category", "numbers", "a team is a category");
    }
  }

  /** The scored fields, in order. */
  List<String> fields() {
    return fields;
  }

  /** The values of a field by code: its categories, or the labels of its ranges; empty when the dataset lacks it. */
  List<String> labels(int field) {
    return labels.get(field);
  }

  /** The code of a row's value of a field: its level or range, -1 when missing or when the dataset lacks the field. */
  int code(int field, int row) {
    int column = columns[field];
    if (column < 0) {
      return -1;
    }
    NumericBins bins = ranges[field];
    if (bins == null) {
      return leads.level(column, row);
    }
    double number = leads.number(column, row);
    return Double.isNaN(number) ? -1 : bins.range(number);
  }

  /** The team of a row. */
  String team(int row) {
    if (teamColumn < 0 || leads.level(teamColumn, row) < 0) {
      return NaiveBayesModel.NO_TEAM;
    }
    return ((CategoricalFeature) leads.feature(teamColumn)).levels().get(leads.level(teamColumn, row));
  }
}
