package io.crmkit.identity.block;

/**
 * The outcome of blocking: the candidate pairs, the report of how each rule made them, and which
 * rule's blocks each record is in (so training can take one rule's pairs at a time).
 */
public final class Blocking {
  private final CandidatePairs pairs;
  private final BlockingReport report;
  private final int[][] keyIds;
  private final int[][] blockSizes;
  private final int[] maxBlockSizes;
  private final int rightOffset;

  Blocking(CandidatePairs pairs, BlockingReport report, int[][] keyIds, int[][] blockSizes, int[] maxBlockSizes,
      int rightOffset) {
    this.pairs = pairs;
    this.report = report;
    this.keyIds = keyIds;
    this.blockSizes = blockSizes;
    this.maxBlockSizes = maxBlockSizes;
    this.rightOffset = rightOffset;
  }

  /** The candidate pairs, each once. */
  public CandidatePairs pairs() {
    return pairs;
  }

  /** The comparisons and skipped blocks per rule. */
  public BlockingReport report() {
    return report;
  }

  /** The number of rules. */
  public int rules() {
    return keyIds.length;
  }

  /**
   * Whether rule {@code rule} puts a pair in one of its compared (not skipped) blocks; the indices
   * are those of {@link CandidatePairs}.
   */
  public boolean sameBlock(int rule, int left, int right) {
    int a = keyIds[rule][left];
    int b = keyIds[rule][right + rightOffset];
    return a >= 0 && a == b && blockSizes[rule][a] <= maxBlockSizes[rule];
  }
}
