package io.crmkit.analytics.cohort;

/**
 * Where a cohort's retention curve flattens, by a {@link FlatteningRule}.
 *
 * @param period the periods since the first purchase at which it flattens, 1 or more
 * @param level the retention there, a share 0..1: the level the curve holds (near 0 for a cohort that
 *     slid away)
 */
public record Flattening(int period, double level) {

  /** The result of a search: period −1 when not found. */
  record Found(int period, double level) {}
}
