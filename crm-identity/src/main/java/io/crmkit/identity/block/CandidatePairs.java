package io.crmkit.identity.block;

import java.util.Arrays;

/**
 * The pairs a union of blocking rules picked, each once, with the first rule that picked it.
 * Records are named by their index: within one list when deduplicating (left below right), in the
 * left and the right list when linking.
 */
public final class CandidatePairs {
  private int[] left = new int[1024];
  private int[] right = new int[1024];
  private byte[] rule = new byte[1024];
  private int size;

  CandidatePairs() {}

  void add(int leftIndex, int rightIndex, int ruleIndex) {
    if (size == left.length) {
      int capacity = Math.max(1024, (int) Math.min(Integer.MAX_VALUE - 8, left.length * 3L / 2));
      if (capacity == size) {
        throw new IllegalStateException("more than " + size + " candidate pairs: tighten the blocking rules");
      }
      left = Arrays.copyOf(left, capacity);
      right = Arrays.copyOf(right, capacity);
      rule = Arrays.copyOf(rule, capacity);
    }
    left[size] = leftIndex;
    right[size] = rightIndex;
    rule[size] = (byte) ruleIndex;
    size++;
  }

  /** The number of pairs. */
  public int size() {
    return size;
  }

  /** The index of pair {@code i}'s left record. */
  public int left(int i) {
    return left[i];
  }

  /** The index of pair {@code i}'s right record. */
  public int right(int i) {
    return right[i];
  }

  /** The index of the first rule that picked pair {@code i}. */
  public int rule(int i) {
    return rule[i];
  }
}
