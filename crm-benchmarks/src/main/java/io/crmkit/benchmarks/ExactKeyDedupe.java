package io.crmkit.benchmarks;

import io.crmkit.identity.record.IdentityRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The peer of {@link IdentityDedupeBenchmark}: duplicate detection as many CRMs ship it, by exact
 * keys. Two records are one person when they share a lower-cased e-mail address, the digits of a
 * phone number as written, or first name, last name and date of birth as written (lower-cased);
 * records are joined through any shared key (union-find), with no cap.
 *
 * <p>It needs no training and compares no pair, so it is fast; it misses every duplicate whose
 * keys all differ by a typo, a nickname, a format ({@code 07700 900123} against
 * {@code +44 7700 900123}) or a missing value, which the benchmark's figures of its recall show.
 */
public final class ExactKeyDedupe {
  private ExactKeyDedupe() {}

  /**
   * The cluster of each record, by index: the smallest index of the records it is joined with.
   *
   * @param records the records, with the fields of {@link SampleIdentities#FIELDS}
   */
  public static int[] clusters(List<IdentityRecord> records) {
    int n = records.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWithKey = new HashMap<>(n * 4);
    for (int i = 0; i < n; i++) {
      IdentityRecord record = records.get(i);
      String email = record.value("email").map(e -> e.toLowerCase(Locale.ROOT)).orElse("");
      String phone = record.value("phone").map(p -> p.replaceAll("[^0-9]", "")).orElse("");
      String first = record.value("first_name").orElse("");
      String last = record.value("last_name").orElse("");
      String birth = record.value("date_of_birth").orElse("");
      join(parent, firstWithKey, email.isEmpty() ? null : "e" + email, i);
      join(parent, firstWithKey, phone.isEmpty() ? null : "p" + phone, i);
      String person = (first + "|" + last + "|" + birth).toLowerCase(Locale.ROOT);
      join(parent, firstWithKey, first.isEmpty() || last.isEmpty() || birth.isEmpty() ? null : "n" + person, i);
    }
    int[] cluster = new int[n];
    for (int i = 0; i < n; i++) {
      cluster[i] = find(parent, i);
    }
    return cluster;
  }

  private static void join(int[] parent, Map<String, Integer> firstWithKey, String key, int record) {
    if (key == null) {
      return;
    }
    Integer first = firstWithKey.putIfAbsent(key, record);
    if (first != null) {
      int a = find(parent, first);
      int b = find(parent, record);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }

  private static int find(int[] parent, int i) {
    int root = i;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[i] != root) {
      int next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  }
}
