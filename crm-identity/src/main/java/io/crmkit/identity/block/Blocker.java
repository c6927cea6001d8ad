package io.crmkit.identity.block;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies a union of blocking rules to records and lists the candidate pairs, each once.
 *
 * <p>Records are given as columns: for each field a rule reads, the matching forms of all records
 * by index ({@code null} where missing). A pair is credited to the first rule that picks it, so a
 * rule's count is what it adds to the rules before it (as Splink counts). Blocks larger than a
 * rule's maximum are skipped and reported; a pair an earlier rule found only in a skipped block is
 * still compared when a later rule picks it.
 */
public final class Blocker {
  private static final int MAX_RULES = 127;

  private final List<BlockingRule> rules;

  private Blocker(List<BlockingRule> rules) {
    this.rules = rules;
  }

  /**
   * A blocker for a union of rules.
   *
   * @throws CrmValidationException naming {@code blocking.rules}: rule {@code required} when there
   *     is none, {@code unique} when two share a name, {@code range} when there are more than 127
   */
  public static Blocker of(List<BlockingRule> rules) {
    CrmValidationException.required("blocking.rules", rules);
    if (rules.isEmpty()) {
      throw CrmValidationException.of("blocking.rules", "required", rules, "at least one blocking rule");
    }
    if (rules.size() > MAX_RULES) {
      throw CrmValidationException.of("blocking.rules", "range", rules.size(), "at most 127 rules");
    }
    Set<String> names = new HashSet<>();
    for (BlockingRule rule : rules) {
      CrmValidationException.required("blocking.rules", rule);
      if (!names.add(rule.name())) {
        throw CrmValidationException.of("blocking.rules", "unique", rule.name(), "each rule has its own name");
      }
    }
    return new Blocker(List.copyOf(rules));
  }

  /** The rules, in order. */
  public List<BlockingRule> rules() {
    return rules;
  }

  /** The fields the rules read. */
  public Set<String> fields() {
    Set<String> fields = new java.util.LinkedHashSet<>();
    rules.forEach(r -> fields.addAll(r.fields()));
    return fields;
  }

  /**
   * The candidate pairs among one list of records, each with the left index below the right.
   *
   * @param size the number of records
   * @param columns the matching forms of a field by record index, {@code null} where missing
   */
  public Blocking deduplicate(int size, Function<String, String[]> columns) {
    Keys keys = keys(size, columns, 0, null);
    CandidatePairs pairs = new CandidatePairs();
    List<RuleReport> reports = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      int max = rules.get(r).maxBlockSize();
      int[][] blocks = keys.blocks(r);
      int compared = 0;
      long comparisons = 0;
      for (int[] block : blocks) {
        if (block.length < 2 || block.length > max) {
          continue;
        }
        compared++;
        for (int x = 0; x < block.length; x++) {
          for (int y = x + 1; y < block.length; y++) {
            int a = block[x];
            int b = block[y];
            if (!keys.pickedBefore(r, a, b)) {
              pairs.add(a, b, r);
              comparisons++;
            }
          }
        }
      }
      reports.add(keys.report(r, compared, comparisons));
    }
    long possible = (long) size * (size - 1) / 2;
    return new Blocking(pairs, new BlockingReport(reports, pairs.size(), possible));
  }

  /**
   * The candidate pairs between two lists of records: left index into the left list, right index
   * into the right one. A block's size counts the records of both lists.
   */
  public Blocking link(int leftSize, Function<String, String[]> left, int rightSize, Function<String, String[]> right) {
    Keys keys = keys(leftSize, left, rightSize, right);
    CandidatePairs pairs = new CandidatePairs();
    List<RuleReport> reports = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      int max = rules.get(r).maxBlockSize();
      int compared = 0;
      long comparisons = 0;
      for (int[] block : keys.blocks(r)) {
        if (block.length < 2 || block.length > max) {
          continue;
        }
        int firstRight = 0;
        while (firstRight < block.length && block[firstRight] < leftSize) {
          firstRight++;
        }
        if (firstRight == 0 || firstRight == block.length) {
          continue;
        }
        compared++;
        for (int x = 0; x < firstRight; x++) {
          for (int y = firstRight; y < block.length; y++) {
            if (!keys.pickedBefore(r, block[x], block[y])) {
              pairs.add(block[x], block[y] - leftSize, r);
              comparisons++;
            }
          }
        }
      }
      reports.add(keys.report(r, compared, comparisons));
    }
    return new Blocking(pairs, new BlockingReport(reports, pairs.size(), (long) leftSize * rightSize));
  }

  /** The key of each rule for one record, or empty where the record has none. */
  public List<Optional<String>> keysOf(Function<String, Optional<String>> matchingForm) {
    return rules.stream().map(rule -> rule.key(matchingForm)).toList();
  }

  private Keys keys(int leftSize, Function<String, String[]> left, int rightSize, Function<String, String[]> right) {
    if (leftSize < 0 || rightSize < 0) {
      throw CrmValidationException.of("blocking.size", "range", Math.min(leftSize, rightSize), "0 or more records");
    }
    int n = leftSize + rightSize;
    int[][] ids = new int[rules.size()][n];
    List<List<String>> names = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      BlockingRule rule = rules.get(r);
      Map<String, Integer> dictionary = new HashMap<>();
      List<String> keyNames = new ArrayList<>();
      String[][] leftColumns = columns(rule, left, leftSize);
      String[][] rightColumns = right == null ? null : columns(rule, right, rightSize);
      for (int i = 0; i < n; i++) {
        boolean isLeft = i < leftSize;
        String key = key(rule, isLeft ? leftColumns : rightColumns, isLeft ? i : i - leftSize);
        if (key == null) {
          ids[r][i] = -1;
        } else {
          Integer id = dictionary.get(key);
          if (id == null) {
            id = keyNames.size();
            dictionary.put(key, id);
            keyNames.add(key);
          }
          ids[r][i] = id;
        }
      }
      names.add(keyNames);
    }
    return new Keys(ids, names);
  }

  private static String[][] columns(BlockingRule rule, Function<String, String[]> columns, int size) {
    String[][] values = new String[rule.parts().size()][];
    for (int p = 0; p < values.length; p++) {
      String field = rule.parts().get(p).field();
      String[] column = columns.apply(field);
      if (column == null || column.length != size) {
        throw CrmValidationException.of("blocking.columns", "required", field,
            "a column of " + size + " values for every field a rule reads");
      }
      values[p] = column;
    }
    return values;
  }

  private static String key(BlockingRule rule, String[][] columns, int index) {
    StringBuilder key = new StringBuilder();
    for (int p = 0; p < columns.length; p++) {
      String value = columns[p][index];
      if (value == null) {
        return null;
      }
      Optional<String> part = rule.parts().get(p).key(value);
      if (part.isEmpty()) {
        return null;
      }
      if (p > 0) {
        key.append('\u001f');
      }
      key.append(part.get());
    }
    return key.toString();
  }

  /** Every rule's key id by record, and the blocks they make. */
  private final class Keys {
    private final int[][] ids;
    private final List<List<String>> names;
    private final int[][] sizes;

    Keys(int[][] ids, List<List<String>> names) {
      this.ids = ids;
      this.names = names;
      this.sizes = new int[ids.length][];
      for (int r = 0; r < ids.length; r++) {
        sizes[r] = new int[names.get(r).size()];
        for (int id : ids[r]) {
          if (id >= 0) {
            sizes[r][id]++;
          }
        }
      }
    }

    /** The blocks of rule {@code r}, each listing its records in index order. */
    int[][] blocks(int r) {
      int[][] blocks = new int[sizes[r].length][];
      int[] filled = new int[blocks.length];
      for (int k = 0; k < blocks.length; k++) {
        blocks[k] = new int[sizes[r][k]];
      }
      int[] column = ids[r];
      for (int i = 0; i < column.length; i++) {
        int k = column[i];
        if (k >= 0) {
          blocks[k][filled[k]++] = i;
        }
      }
      return blocks;
    }

    /** Whether an earlier rule compared the pair: both in one of its blocks, not skipped. */
    boolean pickedBefore(int rule, int a, int b) {
      for (int r = 0; r < rule; r++) {
        int k = ids[r][a];
        if (k >= 0 && k == ids[r][b] && sizes[r][k] <= rules.get(r).maxBlockSize()) {
          return true;
        }
      }
      return false;
    }

    RuleReport report(int r, int compared, long comparisons) {
      int max = rules.get(r).maxBlockSize();
      int skipped = 0;
      long skippedRecords = 0;
      List<SkippedBlock> largest = new ArrayList<>();
      for (int k = 0; k < sizes[r].length; k++) {
        if (sizes[r][k] > max) {
          skipped++;
          skippedRecords += sizes[r][k];
          largest.add(new SkippedBlock(names.get(r).get(k).replace("\u001f", " | "), sizes[r][k]));
        }
      }
      largest.sort(Comparator.comparingInt(SkippedBlock::records).reversed().thenComparing(SkippedBlock::key));
      return new RuleReport(rules.get(r).name(), compared, comparisons, skipped, skippedRecords,
          largest.subList(0, Math.min(10, largest.size())));
    }
  }
}
