package io.crmkit.lifecycle.stuck;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A rule that finds stuck records: too long in a stage, or not touched for too long. Time is the
 * business time of the rule's calendar (calendar time unless given); a record is stuck once the
 * time reaches the limit.
 *
 * @param <S> the type of the lifecycle's stages
 */
public sealed interface StuckRule<S> permits StuckRule.TooLongInStage, StuckRule.NotTouched {
  /** The time after which a record is stuck, more than zero. */
  Duration limit();

  /** The calendar whose open time counts. */
  BusinessCalendar calendar();

  /** Whether the rule looks at records in the stage. */
  boolean appliesTo(S stage);

  /** The instant from which the rule measures a record: its entry into the stage, or its last touch. */
  Instant measuredFrom(StageRecord<S> record);

  /** Records in the stage for the limit or longer, in calendar time: "proposal for 14 days". */
  static <S> TooLongInStage<S> inStageFor(S stage, Duration limit) {
    return new TooLongInStage<>(stage, limit, BusinessCalendar.twentyFourSeven());
  }

  /** Records not touched for a number of days, in calendar time, in any stage. */
  static <S> NotTouched<S> notTouchedForDays(int days) {
    if (days < 1) {
      throw CrmValidationException.of("stuckRule.limit", "range", days, "one day or more");
    }
    return new NotTouched<>(Duration.ofDays(days), BusinessCalendar.twentyFourSeven(), Set.of());
  }

  /**
   * A record in a stage for its limit or longer.
   *
   * @param <S> the type of the lifecycle's stages
   * @param stage the stage
   * @param limit the longest a record may stay, more than zero
   * @param calendar whose open time counts
   */
  record TooLongInStage<S>(S stage, Duration limit, BusinessCalendar calendar) implements StuckRule<S> {
    /**
     * Checks the rule.
     *
     * @throws CrmValidationException when a part is missing ({@code required}) or the limit is not
     *     more than zero ({@code stuckRule.limit}, {@code range})
     */
    public TooLongInStage {
      CrmValidationException.required("stuckRule.stage", stage);
      checkLimit(limit);
      CrmValidationException.required("stuckRule.calendar", calendar);
    }

    /** This rule counting the business time of a calendar: "qualification for 5 business days of 8 hours". */
    public TooLongInStage<S> in(BusinessCalendar businessCalendar) {
      return new TooLongInStage<>(stage, limit, businessCalendar);
    }

    @Override
    public boolean appliesTo(S s) {
      return stage.equals(s);
    }

    @Override
    public Instant measuredFrom(StageRecord<S> record) {
      return record.enteredAt();
    }
  }

  /**
   * A record not touched for its limit or longer, in any stage but the excepted ones.
   *
   * @param <S> the type of the lifecycle's stages
   * @param limit the longest a record may go untouched, more than zero
   * @param calendar whose open time counts
   * @param exceptIn stages the rule ignores, such as the closed ones
   */
  record NotTouched<S>(Duration limit, BusinessCalendar calendar, Set<S> exceptIn) implements StuckRule<S> {
    /**
     * Checks the rule.
     *
     * @throws CrmValidationException when a part is missing ({@code required}) or the limit is not
     *     more than zero ({@code stuckRule.limit}, {@code range})
     */
    public NotTouched {
      checkLimit(limit);
      CrmValidationException.required("stuckRule.calendar", calendar);
      Set<S> stages = new LinkedHashSet<>();
      for (S s : CrmValidationException.required("stuckRule.exceptIn", exceptIn)) {
        stages.add(CrmValidationException.required("stuckRule.exceptIn", s));
      }
      exceptIn = Collections.unmodifiableSet(stages);
    }

    /** This rule ignoring records in the given stages. */
    @SafeVarargs
    public final NotTouched<S> exceptIn(S... stages) {
      return exceptIn(Arrays.asList(CrmValidationException.required("stuckRule.exceptIn", stages)));
    }

    /** This rule ignoring records in the given stages. */
    public NotTouched<S> exceptIn(Collection<S> stages) {
      Set<S> more = new LinkedHashSet<>(exceptIn);
      for (S s : CrmValidationException.required("stuckRule.exceptIn", stages)) {
        more.add(CrmValidationException.required("stuckRule.exceptIn", s));
      }
      return new NotTouched<>(limit, calendar, more);
    }

    /** This rule counting the business time of a calendar. */
    public NotTouched<S> in(BusinessCalendar businessCalendar) {
      return new NotTouched<>(limit, businessCalendar, exceptIn);
    }

    @Override
    public boolean appliesTo(S stage) {
      return !exceptIn.contains(stage);
    }

    @Override
    public Instant measuredFrom(StageRecord<S> record) {
      return record.lastTouchedAt();
    }
  }

  private static void checkLimit(Duration limit) {
    CrmValidationException.required("stuckRule.limit", limit);
    if (limit.isNegative() || limit.isZero()) {
      throw CrmValidationException.of("stuckRule.limit", "range", limit, "a limit is more than zero");
    }
  }
}
