package io.crmkit.identity.quality;

import io.crmkit.core.CrmValidationException;

/**
 * How many duplicates were found: clusters of records that are the same person or company.
 *
 * @param clusters the clusters of two or more records
 * @param recordsInClusters the records in those clusters
 * @param duplicates the records that would go if each cluster were merged into one: the sum of each
 *     cluster's size minus one
 * @param duplicateRate {@code duplicates / records} of the report, from 0 to 1; 0 when there is no record
 */
public record DuplicateSummary(int clusters, int recordsInClusters, int duplicates, double duplicateRate) {
  /** Checks the counts. */
  public DuplicateSummary {
    if (clusters < 0 || duplicates != recordsInClusters - clusters || duplicateRate < 0 || duplicateRate > 1) {
      throw CrmValidationException.of("duplicateSummary", "counts", clusters + "/" + recordsInClusters + "/" + duplicates,
          "duplicates are the records in clusters minus one per cluster");
    }
  }

  /** No duplicates found. */
  public static DuplicateSummary none() {
    return new DuplicateSummary(0, 0, 0, 0);
  }
}
