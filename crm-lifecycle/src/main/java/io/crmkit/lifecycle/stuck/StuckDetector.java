package io.crmkit.lifecycle.stuck;

import io.crmkit.core.CrmValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Finds stuck records as of an instant: in a stage for longer than its limit, or not touched for too
 * long.
 *
 * <pre>{@code
 * StuckDetector<Stage> detector = StuckDetector.of(
 *     StuckRule.inStageFor(Stage.PROPOSAL, Duration.ofDays(14)),
 *     StuckRule.<Stage>notTouchedForDays(7).exceptIn(Stage.CLOSED_WON, Stage.CLOSED_LOST));
 * List<StuckFinding<Stage>> stuck = detector.find(records, asOf);
 * }</pre>
 *
 * @param <S> the type of the lifecycle's stages
 * @param rules the rules, each applied to every record
 */
public record StuckDetector<S>(List<StuckRule<S>> rules) {
  /**
   * Checks the rules.
   *
   * @throws CrmValidationException when the rules or one of them are missing (rule {@code required})
   */
  public StuckDetector {
    List<StuckRule<S>> copy = new ArrayList<>();
    for (StuckRule<S> r : CrmValidationException.required("stuckDetector.rules", rules)) {
      copy.add(CrmValidationException.required("stuckDetector.rules", r));
    }
    rules = List.copyOf(copy);
  }

  /** A detector of the given rules. */
  @SafeVarargs
  public static <S> StuckDetector<S> of(StuckRule<S>... rules) {
    return new StuckDetector<>(Arrays.asList(CrmValidationException.required("stuckDetector.rules", rules)));
  }

  /**
   * The stuck records as of an instant, one finding per record and rule it breaks, the longest
   * stuck first (earliest {@link StuckFinding#since()}; ties in the order of the records and rules).
   * A record that entered its stage, or was touched, after {@code asOf} is measured from then and
   * so is not stuck by that rule.
   *
   * @throws CrmValidationException when the records, one of them or the instant are missing (rule
   *     {@code required})
   */
  public List<StuckFinding<S>> find(Collection<StageRecord<S>> records, Instant asOf) {
    CrmValidationException.required("stuckDetector.records", records);
    CrmValidationException.required("stuckDetector.asOf", asOf);
    List<StuckFinding<S>> findings = new ArrayList<>();
    for (StageRecord<S> record : records) {
      CrmValidationException.required("stuckDetector.records", record);
      check(record, asOf, findings);
    }
    findings.sort(Comparator.comparing(StuckFinding::since));
    return List.copyOf(findings);
  }

  /** The rules one record breaks as of an instant; see {@link #find}. */
  public List<StuckFinding<S>> find(StageRecord<S> record, Instant asOf) {
    return find(List.of(CrmValidationException.required("stuckDetector.records", record)), asOf);
  }

  private void check(StageRecord<S> record, Instant asOf, List<StuckFinding<S>> findings) {
    for (StuckRule<S> rule : rules) {
      if (!rule.appliesTo(record.stage())) {
        continue;
      }
      Instant from = rule.measuredFrom(record);
      // Business time never exceeds the time that passes: most records are ruled out without a calendar.
      if (from.isAfter(asOf) || Duration.between(from, asOf).compareTo(rule.limit()) < 0) {
        continue;
      }
      Duration measured = rule.calendar().businessTimeBetween(from, asOf);
      if (measured.compareTo(rule.limit()) >= 0) {
        findings.add(new StuckFinding<>(record, rule, rule.calendar().addBusinessTime(from, rule.limit()), measured));
      }
    }
  }
}
