package io.crmkit.lifecycle.sla;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The handoff deadlines of a lifecycle, per stage: each starts when a record enters its stage and
 * ends when the record leaves it (or, for {@link DeadlineEnd#FIRST_TOUCH}, at its first touch).
 * Entering the stage again starts the next cycle.
 *
 * <pre>{@code
 * StageDeadlines<LifecycleStage> handoffs = StageDeadlines.<LifecycleStage>builder()
 *     .on(LifecycleStage.MQL, acceptance)
 *     .on(LifecycleStage.CUSTOMER, firstContact)
 *     .build();
 * SlaSnapshot now = handoffs.evaluate(leadId, visits, touches, asOf);
 * }</pre>
 *
 * <p>A host that drives its lifecycle one transition at a time uses the same pieces directly:
 * {@link #on(Object)} gives the deadlines to {@link Deadline#start} on entering a stage, and
 * {@link SlaTimer#stop} ends them on leaving it.
 *
 * @param <S> the type of the lifecycle's stages
 * @param byStage the deadlines of each stage; names are unique across stages
 */
public record StageDeadlines<S>(Map<S, List<Deadline>> byStage) {
  /**
   * Checks the deadlines.
   *
   * @throws CrmValidationException when a stage or deadline is missing ({@code required}) or two
   *     deadlines share a name ({@code stageDeadlines.byStage}, {@code duplicate})
   */
  public StageDeadlines {
    CrmValidationException.required("stageDeadlines.byStage", byStage);
    Map<S, List<Deadline>> copy = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    byStage.forEach((stage, deadlines) -> {
      CrmValidationException.required("stageDeadlines.byStage", stage);
      List<Deadline> list = new ArrayList<>();
      for (Deadline d : CrmValidationException.required("stageDeadlines.byStage", deadlines)) {
        CrmValidationException.required("stageDeadlines.byStage", d);
        if (!names.add(d.name())) {
          throw CrmValidationException.of("stageDeadlines.byStage", "duplicate", d.name(),
              "each deadline has its own name");
        }
        list.add(d);
      }
      if (!list.isEmpty()) {
        copy.put(stage, List.copyOf(list));
      }
    });
    byStage = Collections.unmodifiableMap(copy);
  }

  /** A builder of the deadlines of a lifecycle whose stages are of type {@code S}. */
  public static <S> Builder<S> builder() {
    return new Builder<>();
  }

  /** The deadlines that start when a record enters the stage; none if the stage has none. */
  public List<Deadline> on(S stage) {
    return byStage.getOrDefault(stage, List.of());
  }

  /**
   * The deadline timers of one record as of an instant, from the stages it entered.
   *
   * @see #evaluate(AggregateId, List, List, Instant)
   */
  public SlaSnapshot evaluate(AggregateId recordId, List<StageVisit<S>> visits, Instant asOf) {
    return evaluate(recordId, visits, List.of(), asOf);
  }

  /**
   * The deadline timers of one record as of an instant, from the stages it entered and the times it
   * was touched. Each visit to a stage starts that stage's deadlines (cycle 1 on the first visit,
   * 2 on the second...); the next visit ends them, and so does the first touch at or after the start
   * for a {@link DeadlineEnd#FIRST_TOUCH} deadline. Visits and touches after {@code asOf} have not
   * happened yet.
   *
   * @param recordId the record: a lead, an opportunity, an account
   * @param visits its stage entries in time order
   * @param touches when it was touched (calls, e-mails, meetings), in any order
   * @param asOf the instant
   * @throws CrmValidationException when a part is missing ({@code required}) or the visits are not
   *     in time order ({@code stageDeadlines.visits}, {@code order})
   */
  public SlaSnapshot evaluate(AggregateId recordId, List<StageVisit<S>> visits, List<Instant> touches, Instant asOf) {
    CrmValidationException.required("stageDeadlines.recordId", recordId);
    CrmValidationException.required("stageDeadlines.visits", visits);
    CrmValidationException.required("stageDeadlines.asOf", asOf);
    List<Instant> touched = new ArrayList<>();
    for (Instant t : CrmValidationException.required("stageDeadlines.touches", touches)) {
      touched.add(CrmValidationException.required("stageDeadlines.touches", t));
    }
    Collections.sort(touched);
    List<StageVisit<S>> happened = new ArrayList<>();
    for (StageVisit<S> v : visits) {
      CrmValidationException.required("stageDeadlines.visits", v);
      if (!happened.isEmpty() && v.enteredAt().isBefore(happened.get(happened.size() - 1).enteredAt())) {
        throw CrmValidationException.of("stageDeadlines.visits", "order", v, "visits are in time order");
      }
      if (!v.enteredAt().isAfter(asOf)) {
        happened.add(v);
      }
    }
    Map<String, Integer> cycles = new HashMap<>();
    List<SlaTimer> timers = new ArrayList<>();
    List<SlaEvent> events = new ArrayList<>();
    for (int i = 0; i < happened.size(); i++) {
      StageVisit<S> visit = happened.get(i);
      Instant left = i + 1 < happened.size() ? happened.get(i + 1).enteredAt() : null;
      for (Deadline d : on(visit.stage())) {
        SlaTimer timer = d.start(visit.enteredAt(), cycles.merge(d.name(), 1, Integer::sum));
        Instant end = left;
        if (d.end() == DeadlineEnd.FIRST_TOUCH) {
          Instant touch = firstTouch(touched, visit.enteredAt(), asOf);
          if (touch != null && (end == null || touch.isBefore(end))) {
            end = touch;
          }
        }
        if (end != null) {
          timer = timer.stop(end);
        }
        timers.add(timer);
        events.addAll(timer.events(recordId, asOf));
      }
    }
    return new SlaSnapshot(recordId, asOf, timers, events);
  }

  private static @Nullable Instant firstTouch(List<Instant> touched, Instant from, Instant asOf) {
    for (Instant t : touched) {
      if (!t.isBefore(from)) {
        return t.isAfter(asOf) ? null : t;
      }
    }
    return null;
  }

  /**
   * Builds {@link StageDeadlines}.
   *
   * @param <S> the type of the lifecycle's stages
   */
  public static final class Builder<S> {
    private final Map<S, List<Deadline>> byStage = new LinkedHashMap<>();

    private Builder() {}

    /** Adds a deadline that starts when a record enters the stage. */
    public Builder<S> on(S stage, Deadline deadline) {
      byStage.computeIfAbsent(CrmValidationException.required("stageDeadlines.byStage", stage), s -> new ArrayList<>())
          .add(CrmValidationException.required("stageDeadlines.byStage", deadline));
      return this;
    }

    /**
     * Builds the deadlines.
     *
     * @throws CrmValidationException as the {@link StageDeadlines} constructor does
     */
    public StageDeadlines<S> build() {
      return new StageDeadlines<>(byStage);
    }
  }
}
