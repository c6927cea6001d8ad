package io.crmkit.identity.block;

import java.util.List;

/**
 * What one blocking rule did.
 *
 * @param rule the rule's name
 * @param blocks the blocks compared (two or more records, at most the maximum)
 * @param comparisons the pairs the rule added that no earlier rule had picked
 * @param skippedBlocks the blocks over the maximum size, not compared
 * @param skippedRecords the records in those blocks
 * @param largestSkipped the largest skipped blocks, largest first, at most ten
 */
public record RuleReport(String rule, int blocks, long comparisons, int skippedBlocks, long skippedRecords,
    List<SkippedBlock> largestSkipped) {
  /** Copies the list. */
  public RuleReport {
    largestSkipped = List.copyOf(largestSkipped);
  }
}
