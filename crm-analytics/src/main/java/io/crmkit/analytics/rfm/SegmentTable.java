package io.crmkit.analytics.rfm;

import static io.crmkit.analytics.rfm.ScoreRange.ANY;
import static io.crmkit.analytics.rfm.ScoreRange.between;
import static io.crmkit.analytics.rfm.ScoreRange.only;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A segment table: rows of score ranges, each naming a segment; a customer belongs to the segment of
 * the first row its scores match, and to {@code rest} when none does. Tables are data: two are
 * built in ({@link #rfmPackage()}, {@link #recencyFrequencyMap()}), and {@link #builder} makes
 * others.
 *
 * <pre>{@code
 * SegmentTable mine = SegmentTable.builder("ours")
 *     .rule("VIP", ScoreRange.only(5), ScoreRange.between(4, 5), ScoreRange.ANY)
 *     .rule("Asleep", ScoreRange.between(1, 2), ScoreRange.ANY, ScoreRange.ANY)
 *     .rest("Everyone else")
 *     .build();
 * }</pre>
 *
 * @param name what the table is called, for reports
 * @param rules the rows, first match wins; at least one
 * @param rest the segment of customers that match no row
 */
public record SegmentTable(String name, List<SegmentRule> rules, String rest) {
  /** The segment of customers that match no row of the built-in tables. */
  public static final String OTHERS = "Others";

  /** Checks the parts and copies the rows. */
  public SegmentTable {
    name = CrmValidationException.requiredText("rfm.segmentTable.name", name);
    CrmValidationException.required("rfm.segmentTable.rules", rules);
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw CrmValidationException.of("rfm.segmentTable.rules", "notEmpty", rules, "a table has one row or more");
    }
    rest = CrmValidationException.requiredText("rfm.segmentTable.rest", rest);
  }

  /**
   * The table of the R package {@code rfm}'s documentation, on scores 1..5; first match wins, the
   * rest are "Others":
   *
   * <pre>
   * Segment             R    F    M
   * Champions           5    5    5
   * Potential Loyalist  3-5  3-5  2-5
   * Loyal Customers     2-4  2-4  2-4
   * Promising           3-4  1-3  3-5
   * New Customers       4-5  1-3  1-5
   * Can't Lose Them     1-2  3-4  4-5
   * At Risk             1-2  2-5  4-5
   * Need Attention      1-3  3-5  3-5
   * About To Sleep      2-3  1-3  1-4
   * Lost                1    1-5  1-5
   * </pre>
   */
  public static SegmentTable rfmPackage() {
    return builder("R package rfm")
        .rule("Champions", only(5), only(5), only(5))
        .rule("Potential Loyalist", between(3, 5), between(3, 5), between(2, 5))
        .rule("Loyal Customers", between(2, 4), between(2, 4), between(2, 4))
        .rule("Promising", between(3, 4), between(1, 3), between(3, 5))
        .rule("New Customers", between(4, 5), between(1, 3), between(1, 5))
        .rule("Can't Lose Them", between(1, 2), between(3, 4), between(4, 5))
        .rule("At Risk", between(1, 2), between(2, 5), between(4, 5))
        .rule("Need Attention", between(1, 3), between(3, 5), between(3, 5))
        .rule("About To Sleep", between(2, 3), between(1, 3), between(1, 4))
        .rule("Lost", only(1), between(1, 5), between(1, 5))
        .rest(OTHERS)
        .build();
  }

  /**
   * The widely copied map on recency and frequency scores 1..5 only (any monetary score); its rows
   * cover every R-F cell:
   *
   * <pre>
   * Segment              R    F
   * Hibernating          1-2  1-2
   * At Risk              1-2  3-4
   * Can't Lose           1-2  5
   * About to Sleep       3    1-2
   * Need Attention       3    3
   * Loyal Customers      3-4  4-5
   * Promising            4    1
   * New Customers        5    1
   * Potential Loyalists  4-5  2-3
   * Champions            5    4-5
   * </pre>
   */
  public static SegmentTable recencyFrequencyMap() {
    return builder("R-F map")
        .rule("Hibernating", between(1, 2), between(1, 2), ANY)
        .rule("At Risk", between(1, 2), between(3, 4), ANY)
        .rule("Can't Lose", between(1, 2), only(5), ANY)
        .rule("About to Sleep", only(3), between(1, 2), ANY)
        .rule("Need Attention", only(3), only(3), ANY)
        .rule("Loyal Customers", between(3, 4), between(4, 5), ANY)
        .rule("Promising", only(4), only(1), ANY)
        .rule("New Customers", only(5), only(1), ANY)
        .rule("Potential Loyalists", between(4, 5), between(2, 3), ANY)
        .rule("Champions", only(5), between(4, 5), ANY)
        .rest(OTHERS)
        .build();
  }

  /** A builder of a table with this name; the rest is "Others" unless set. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The first row that the scores match, if any. */
  public Optional<SegmentRule> ruleFor(RfmScore score) {
    int row = rowFor(score.recency(), score.frequency(), score.monetary());
    return row < 0 ? Optional.empty() : Optional.of(rules.get(row));
  }

  /** The segment of the scores: the first matching row's, or {@link #rest()}. */
  public String segmentOf(RfmScore score) {
    return ruleFor(score).map(SegmentRule::segment).orElse(rest);
  }

  /** The index of the first row the three scores match, or −1. */
  int rowFor(int recency, int frequency, int monetary) {
    for (int row = 0; row < rules.size(); row++) {
      if (rules.get(row).matches(recency, frequency, monetary)) {
        return row;
      }
    }
    return -1;
  }

  /** Every segment name once, in the order of the rows, then the rest. */
  public List<String> segments() {
    Set<String> names = new LinkedHashSet<>();
    rules.forEach(rule -> names.add(rule.segment()));
    names.add(rest);
    return List.copyOf(names);
  }

  /** Collects the rows of a table. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final List<SegmentRule> rules = new ArrayList<>();
    private String rest = OTHERS;

    private Builder(String name) {
      this.name = name;
    }

    /** Adds a row after the ones added so far. */
    public Builder rule(String segment, ScoreRange recency, ScoreRange frequency, ScoreRange monetary) {
      return rule(new SegmentRule(segment, recency, frequency, monetary));
    }

    /** Adds a row after the ones added so far. */
    public Builder rule(SegmentRule rule) {
      rules.add(CrmValidationException.required("rfm.segmentTable.rule", rule));
      return this;
    }

    /** Names the segment of customers that match no row. */
    public Builder rest(String segment) {
      this.rest = segment;
      return this;
    }

    /**
     * The table.
     *
     * @throws CrmValidationException when it has no row or a blank name
     */
    public SegmentTable build() {
      return new SegmentTable(name, rules, rest);
    }
  }
}
