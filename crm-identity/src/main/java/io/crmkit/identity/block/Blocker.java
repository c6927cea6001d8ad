package io.crmkit.identity.block;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

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
  private static final int MAX_RULES = 63;

  private final List<BlockingRule> rules;

  private Blocker(List<BlockingRule> rules) {
    this.rules = rules;
  }

  /**
   * A blocker for a union of rules.
   *
   * @throws CrmValidationException naming {@code blocking.rules}: rule {@code required} when there
   *     is none, {@code unique} when two share a name, {@code range} when there are more than 63
   */
  public static Blocker of(List<BlockingRule> rules) {
    CrmValidationException.required("blocking.rules", rules);
    if (rules.isEmpty()) {
      throw CrmValidationException.of("blocking.rules", "required", rules, "at least one blocking rule");
    }
    if (rules.size() > MAX_RULES) {
      throw CrmValidationException.of("blocking.rules", "range", rules.size(), "at most 63 rules");
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
      Blocks blocks = keys.blocks(r);
      int[] block = blocks.members();
      int compared = 0;
      long comparisons = 0;
      for (int k = 0; k < blocks.count(); k++) {
        int from = blocks.start()[k];
        int to = blocks.start()[k + 1];
        if (to - from < 2 || to - from > max) {
          continue;
        }
        compared++;
        for (int x = from; x < to; x++) {
          for (int y = x + 1; y < to; y++) {
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
    return keys.blocking(pairs, new BlockingReport(reports, pairs.size(), possible), 0);
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
      Blocks blocks = keys.blocks(r);
      int[] block = blocks.members();
      for (int k = 0; k < blocks.count(); k++) {
        int from = blocks.start()[k];
        int to = blocks.start()[k + 1];
        if (to - from < 2 || to - from > max) {
          continue;
        }
        int firstRight = from;
        while (firstRight < to && block[firstRight] < leftSize) {
          firstRight++;
        }
        if (firstRight == from || firstRight == to) {
          continue;
        }
        compared++;
        for (int x = from; x < firstRight; x++) {
          for (int y = firstRight; y < to; y++) {
            if (!keys.pickedBefore(r, block[x], block[y])) {
              pairs.add(block[x], block[y] - leftSize, r);
              comparisons++;
            }
          }
        }
      }
      reports.add(keys.report(r, compared, comparisons));
    }
    return keys.blocking(pairs, new BlockingReport(reports, pairs.size(), (long) leftSize * rightSize), leftSize);
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
    int[][] ids = new int[rules.size()][];
    int[][] sizes = new int[rules.size()][];
    List<Map<Integer, String>> skippedKeys = new ArrayList<>();
    List<String[][]> leftColumns = new ArrayList<>();
    List<String[][]> rightColumns = new ArrayList<>();
    for (BlockingRule rule : rules) {
      leftColumns.add(columns(rule, left, leftSize));
      rightColumns.add(right == null ? null : columns(rule, right, rightSize));
      skippedKeys.add(Map.of());
    }
    // the rules' keys are independent: one rule per thread
    IntStream.range(0, rules.size()).parallel().forEach(r -> {
      BlockingRule rule = rules.get(r);
      KeyIds dictionary = new KeyIds(Math.min(n, 1 << 16));
      int[] keyIds = new int[n];
      int[] counts = new int[16];
      for (int i = 0; i < n; i++) {
        boolean isLeft = i < leftSize;
        Object key = key(rule, isLeft ? leftColumns.get(r) : rightColumns.get(r), isLeft ? i : i - leftSize);
        if (key == null) {
          keyIds[i] = -1;
        } else {
          int k = dictionary.idOf(key);
          if (k == counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
          }
          counts[k]++;
          keyIds[i] = k;
        }
      }
      int[] blockSizes = Arrays.copyOf(counts, dictionary.size());
      // only the keys of skipped blocks are kept, for the report
      Map<Integer, String> skipped = new HashMap<>();
      dictionary.forEach((key, id) -> {
        if (blockSizes[id] > rule.maxBlockSize()) {
          skipped.put(id, key.toString());
        }
      });
      ids[r] = keyIds;
      sizes[r] = blockSizes;
      synchronized (skippedKeys) {
        skippedKeys.set(r, skipped);
      }
    });
    return new Keys(ids, sizes, skippedKeys);
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

  /**
   * The key of a record under a rule, or {@code null} when a part is missing: the part itself for a
   * rule of one part (no new string for an exact part), else the parts together.
   */
  private static Object key(BlockingRule rule, String[][] columns, int index) {
    if (columns.length == 1) {
      String value = columns[0][index];
      return value == null ? null : rule.parts().get(0).key(value).orElse(null);
    }
    String[] parts = new String[columns.length];
    for (int p = 0; p < columns.length; p++) {
      String value = columns[p][index];
      if (value == null) {
        return null;
      }
      Optional<String> part = rule.parts().get(p).key(value);
      if (part.isEmpty()) {
        return null;
      }
      parts[p] = part.get();
    }
    return new CompositeKey(parts);
  }

  /**
   * Keys numbered 0, 1, 2... in the order first seen: an open-addressing table without boxed
   * numbers or entry objects, since every rule numbers the keys of every record.
   */
  private static final class KeyIds {
    private Object[] keys;
    private int[] ids;
    private int size;

    KeyIds(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      keys = new Object[capacity];
      ids = new int[capacity];
    }

    int idOf(Object key) {
      int mask = keys.length - 1;
      int slot = mix(key.hashCode()) & mask;
      while (keys[slot] != null) {
        if (keys[slot].equals(key)) {
          return ids[slot];
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      ids[slot] = size;
      size++;
      if (size * 2 > keys.length) {
        grow();
      }
      return size - 1;
    }

    int size() {
      return size;
    }

    void forEach(java.util.function.ObjIntConsumer<Object> action) {
      for (int slot = 0; slot < keys.length; slot++) {
        if (keys[slot] != null) {
          action.accept(keys[slot], ids[slot]);
        }
      }
    }

    private void grow() {
      Object[] oldKeys = keys;
      int[] oldIds = ids;
      keys = new Object[oldKeys.length * 2];
      ids = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int old = 0; old < oldKeys.length; old++) {
        if (oldKeys[old] != null) {
          int slot = mix(oldKeys[old].hashCode()) & mask;
          while (keys[slot] != null) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[old];
          ids[slot] = oldIds[old];
        }
      }
    }

    private static int mix(int hash) {
      int h = hash * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }

  /** Key parts compared together, their hash computed once. */
  private static final class CompositeKey {
    private final String[] parts;
    private final int hash;

    CompositeKey(String[] parts) {
      this.parts = parts;
      this.hash = Arrays.hashCode(parts);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof CompositeKey key && key.hash == hash && Arrays.equals(key.parts, parts);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return String.join(" | ", parts);
    }
  }

  /** Blocks in compressed rows. */
  private record Blocks(int[] start, int[] members) {
    int count() {
      return start.length - 1;
    }
  }

  /** Every rule's key id by record, and the blocks they make. */
  private final class Keys {
    private final int[][] ids;
    private final int[][] sizes;
    private final List<Map<Integer, String>> skippedKeys;

    Keys(int[][] ids, int[][] sizes, List<Map<Integer, String>> skippedKeys) {
      this.ids = ids;
      this.sizes = sizes;
      this.skippedKeys = skippedKeys;
    }

    /**
     * The blocks of rule {@code r} in one array: block {@code k} is {@code members[start[k]]} up to
     * {@code members[start[k + 1]]}, its records in index order.
     */
    Blocks blocks(int r) {
      int[] size = sizes[r];
      int[] start = new int[size.length + 1];
      for (int k = 0; k < size.length; k++) {
        start[k + 1] = start[k] + size[k];
      }
      int[] members = new int[start[size.length]];
      int[] filled = start.clone();
      int[] column = ids[r];
      for (int i = 0; i < column.length; i++) {
        int k = column[i];
        if (k >= 0) {
          members[filled[k]++] = i;
        }
      }
      return new Blocks(start, members);
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

    Blocking blocking(CandidatePairs pairs, BlockingReport report, int rightOffset) {
      int[] max = rules.stream().mapToInt(BlockingRule::maxBlockSize).toArray();
      return new Blocking(pairs, report, ids, sizes, max, rightOffset);
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
          largest.add(new SkippedBlock(skippedKeys.get(r).get(k), sizes[r][k]));
        }
      }
      largest.sort(Comparator.comparingInt(SkippedBlock::records).reversed().thenComparing(SkippedBlock::key));
      return new RuleReport(rules.get(r).name(), compared, comparisons, skipped, skippedRecords,
          largest.subList(0, Math.min(10, largest.size())));
    }
  }
}
