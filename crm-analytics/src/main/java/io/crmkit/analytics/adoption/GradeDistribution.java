package io.crmkit.analytics.adoption;

import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.CrmValidationException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many accounts have each health grade, one row per account.
 *
 * @param counts the accounts of each grade (lower-case names), each above 0, sorted by grade
 */
public record GradeDistribution(Map<String, Long> counts) implements Mergeable<GradeDistribution> {
  /**
   * Checks the counts.
   *
   * @throws CrmValidationException when a count is not positive ({@code gradeDistribution.counts},
   *     rule {@code range})
   */
  public GradeDistribution {
    CrmValidationException.required("gradeDistribution.counts", counts);
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((grade, count) -> {
      if (CrmValidationException.required("gradeDistribution.counts", count) <= 0) {
        throw CrmValidationException.of("gradeDistribution.counts", "range", count, "a grade present has accounts");
      }
      sorted.merge(CrmValidationException.requiredText("gradeDistribution.grade", grade).toLowerCase(Locale.ROOT),
          count, Long::sum);
    });
    counts = Collections.unmodifiableMap(sorted);
  }

  /** The distribution of the accounts' grades. */
  public static GradeDistribution of(Iterable<AccountHealth> accounts) {
    CrmValidationException.required("accounts", accounts);
    Map<String, Long> counts = new TreeMap<>();
    for (AccountHealth account : accounts) {
      counts.merge(account.grade(), 1L, Long::sum);
    }
    return new GradeDistribution(counts);
  }

  /** How many accounts are graded. */
  public long accounts() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The accounts with a grade (case ignored) out of all accounts. */
  public Proportion share(String grade) {
    CrmValidationException.required("grade", grade);
    return Proportion.of(counts.getOrDefault(grade.strip().toLowerCase(Locale.ROOT), 0L), accounts());
  }

  @Override
  public GradeDistribution combine(GradeDistribution other) {
    Map<String, Long> merged = new TreeMap<>(counts);
    other.counts.forEach((grade, count) -> merged.merge(grade, count, Long::sum));
    return new GradeDistribution(merged);
  }
}
