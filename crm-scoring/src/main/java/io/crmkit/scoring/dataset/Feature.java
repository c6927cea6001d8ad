package io.crmkit.scoring.dataset;

/** A column of a {@link Dataset}: a {@link NumericFeature} or a {@link CategoricalFeature}. */
public sealed interface Feature permits NumericFeature, CategoricalFeature {
  /** The feature's name, as in the leads' facts or the CSV header. */
  String name();
}
