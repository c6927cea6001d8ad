package io.crmkit.lifecycle.sla;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.support.CaseSeverity;
import io.crmkit.core.support.CaseStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service-level policy for support cases: targets per severity for first response, next response
 * and resolution, and the statuses that start, pause and stop the timers.
 *
 * <p>How the timers of a case run (see {@link #evaluate}):
 *
 * <ul>
 *   <li><b>First response</b> starts the first time the case is in a start status (at the opening
 *       by default) and stops at the first reply by support.
 *   <li><b>Next response</b> starts at a customer comment once support has replied (or the first
 *       response was fulfilled) and no next-response timer runs, and stops at support's next reply:
 *       one cycle per unanswered comment, as Zendesk's next reply time.
 *   <li><b>Resolution</b> starts the first time the case is in a start status and stops when it
 *       enters a stop status. A reopened case continues the cycle or starts a new one, as
 *       {@link #onReopen()} says.
 *   <li>Every running timer pauses while the case is in a pause status (waiting on the customer by
 *       default), and stops when the case enters a stop status (resolved or closed): a resolved case
 *       needs no reply.
 * </ul>
 *
 * <p>A metric without a goal for the case's severity has no timer.
 *
 * <pre>{@code
 * SlaPolicy policy = SlaPolicy.builder("Standard support")
 *     .goal(CRITICAL, FIRST_RESPONSE, SlaTarget.calendarTime(Duration.ofHours(1)).withWarningBefore(Duration.ofMinutes(15)))
 *     .goal(MEDIUM, FIRST_RESPONSE, SlaTarget.businessTime(Duration.ofHours(8), office))
 *     .build();
 * SlaSnapshot sla = policy.evaluate(timeline, now);
 * sla.state(FIRST_RESPONSE);  // Optional[BREACHED]
 * sla.events();               // [SlaWarningReached, SlaBreached]
 * sla.nextAlarm();            // when to look again
 * }</pre>
 *
 * @param name the policy's name, stripped
 * @param goals the targets, at most one per severity and metric, ordered by severity then metric
 * @param startStatuses the statuses in which first response and resolution start counting
 * @param pauseStatuses the statuses in which every timer pauses
 * @param stopStatuses the statuses whose entry stops every timer
 * @param onReopen what reopening does to the resolution timer
 */
public record SlaPolicy(
    String name, List<SlaGoal> goals, Set<CaseStatus> startStatuses, Set<CaseStatus> pauseStatuses,
    Set<CaseStatus> stopStatuses, ReopenRule onReopen) {

  /** Start statuses unless set: every status of a case being worked, so the timers start at the opening. */
  public static final Set<CaseStatus> DEFAULT_START_STATUSES = Collections.unmodifiableSet(EnumSet.of(
      CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.WAITING_ON_CUSTOMER, CaseStatus.ON_HOLD));

  /** Pause statuses unless set: waiting on the customer. */
  public static final Set<CaseStatus> DEFAULT_PAUSE_STATUSES =
      Collections.unmodifiableSet(EnumSet.of(CaseStatus.WAITING_ON_CUSTOMER));

  /** Stop statuses unless set: resolved and closed. */
  public static final Set<CaseStatus> DEFAULT_STOP_STATUSES =
      Collections.unmodifiableSet(EnumSet.of(CaseStatus.RESOLVED, CaseStatus.CLOSED));

  /**
   * Checks and normalises the policy.
   *
   * @throws CrmValidationException when a part is missing or empty ({@code required}): the name, the
   *     goals, the start or stop statuses; two goals share a severity and metric
   *     ({@code slaPolicy.goals}, {@code duplicate}); or a stop status is also a start or pause
   *     status ({@code slaPolicy.startStatuses} or {@code slaPolicy.pauseStatuses}, {@code conflict})
   */
  public SlaPolicy {
    name = CrmValidationException.requiredText("slaPolicy.name", name);
    List<SlaGoal> ordered = new ArrayList<>(CrmValidationException.required("slaPolicy.goals", goals).size());
    for (SlaGoal g : goals) {
      ordered.add(CrmValidationException.required("slaPolicy.goals", g));
    }
    if (ordered.isEmpty()) {
      throw CrmValidationException.of("slaPolicy.goals", "required", "[]", "a policy has at least one goal");
    }
    ordered.sort(Comparator.comparing(SlaGoal::severity).thenComparing(SlaGoal::metric));
    for (int i = 1; i < ordered.size(); i++) {
      SlaGoal a = ordered.get(i - 1);
      SlaGoal b = ordered.get(i);
      if (a.severity() == b.severity() && a.metric() == b.metric()) {
        throw CrmValidationException.of("slaPolicy.goals", "duplicate", b.severity() + " " + b.metric(),
            "one goal per severity and metric");
      }
    }
    goals = List.copyOf(ordered);
    startStatuses = statuses("slaPolicy.startStatuses", startStatuses, true);
    pauseStatuses = statuses("slaPolicy.pauseStatuses", pauseStatuses, false);
    stopStatuses = statuses("slaPolicy.stopStatuses", stopStatuses, true);
    conflict("slaPolicy.startStatuses", startStatuses, stopStatuses);
    conflict("slaPolicy.pauseStatuses", pauseStatuses, stopStatuses);
    CrmValidationException.required("slaPolicy.onReopen", onReopen);
  }

  /** A builder with the default statuses and {@link ReopenRule#CONTINUE_CYCLE}; add at least one goal. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The target of a metric for cases of a severity, if the policy sets one. */
  public Optional<SlaTarget> target(CaseSeverity severity, SlaMetric metric) {
    return goals.stream().filter(g -> g.severity() == severity && g.metric() == metric).findFirst()
        .map(SlaGoal::target);
  }

  /**
   * The timers of a case and their events as of an instant, from the facts of its timeline up to
   * that instant (later facts have not happened yet). Before the opening there is nothing. A pure
   * function: the same timeline and instant give the same timers and events with the same ids.
   *
   * @throws CrmValidationException when the timeline or instant is missing (rule {@code required})
   */
  public SlaSnapshot evaluate(CaseTimeline timeline, Instant asOf) {
    CrmValidationException.required("slaPolicy.timeline", timeline);
    CrmValidationException.required("slaPolicy.asOf", asOf);
    return new CaseSlaRun(this, timeline, asOf).run();
  }

  private static Set<CaseStatus> statuses(String field, Set<CaseStatus> raw, boolean required) {
    CrmValidationException.required(field, raw);
    EnumSet<CaseStatus> set = EnumSet.noneOf(CaseStatus.class);
    for (CaseStatus s : raw) {
      set.add(CrmValidationException.required(field, s));
    }
    if (required && set.isEmpty()) {
      throw CrmValidationException.of(field, "required", "[]", "at least one status");
    }
    return Collections.unmodifiableSet(set);
  }

  private static void conflict(String field, Set<CaseStatus> statuses, Set<CaseStatus> stopStatuses) {
    for (CaseStatus s : statuses) {
      if (stopStatuses.contains(s)) {
        throw CrmValidationException.of(field, "conflict", s, "a stop status neither starts nor pauses a timer");
      }
    }
  }

  /** Builds an {@link SlaPolicy}. */
  public static final class Builder {
    private final String name;
    private final List<SlaGoal> goals = new ArrayList<>();
    private Set<CaseStatus> startStatuses = DEFAULT_START_STATUSES;
    private Set<CaseStatus> pauseStatuses = DEFAULT_PAUSE_STATUSES;
    private Set<CaseStatus> stopStatuses = DEFAULT_STOP_STATUSES;
    private ReopenRule onReopen = ReopenRule.CONTINUE_CYCLE;

    private Builder(String name) {
      this.name = name;
    }

    /** Adds a goal. */
    public Builder goal(SlaGoal goal) {
      goals.add(goal);
      return this;
    }

    /** Adds a goal: {@code goal(CRITICAL, FIRST_RESPONSE, SlaTarget.calendarTime(Duration.ofHours(1)))}. */
    public Builder goal(CaseSeverity severity, SlaMetric metric, SlaTarget target) {
      return goal(new SlaGoal(severity, metric, target));
    }

    /** Sets the statuses in which first response and resolution start. */
    public Builder startOn(Collection<CaseStatus> statuses) {
      this.startStatuses = copy("slaPolicy.startStatuses", statuses);
      return this;
    }

    /** Sets the statuses in which every timer pauses; none for timers that never pause. */
    public Builder pauseOn(Collection<CaseStatus> statuses) {
      this.pauseStatuses = copy("slaPolicy.pauseStatuses", statuses);
      return this;
    }

    /** Sets the statuses whose entry stops every timer. */
    public Builder stopOn(Collection<CaseStatus> statuses) {
      this.stopStatuses = copy("slaPolicy.stopStatuses", statuses);
      return this;
    }

    /** Sets what reopening does to the resolution timer. */
    public Builder onReopen(ReopenRule rule) {
      this.onReopen = rule;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @throws CrmValidationException as the {@link SlaPolicy} constructor does
     */
    public SlaPolicy build() {
      return new SlaPolicy(name, goals, startStatuses, pauseStatuses, stopStatuses, onReopen);
    }

    private static Set<CaseStatus> copy(String field, Collection<CaseStatus> statuses) {
      CrmValidationException.required(field, statuses);
      EnumSet<CaseStatus> set = EnumSet.noneOf(CaseStatus.class);
      for (CaseStatus s : statuses) {
        set.add(CrmValidationException.required(field, s));
      }
      return set;
    }
  }
}
