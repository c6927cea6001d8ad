package io.crmkit.lifecycle.sla;

import io.crmkit.core.id.EventId;
import io.crmkit.core.support.CaseStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One evaluation of a policy over a case timeline as of an instant: replays the facts in order. */
final class CaseSlaRun {
  private final SlaPolicy policy;
  private final CaseTimeline timeline;
  private final Instant asOf;
  private final Map<SlaMetric, SlaTimer> current = new EnumMap<>(SlaMetric.class);
  private final List<SlaTimer> earlierCycles = new ArrayList<>();
  private final Map<EventId, SlaEvent> events = new LinkedHashMap<>();
  private CaseStatus status = CaseStatus.NEW;
  private boolean agentReplied;

  CaseSlaRun(SlaPolicy policy, CaseTimeline timeline, Instant asOf) {
    this.policy = policy;
    this.timeline = timeline;
    this.asOf = asOf;
  }

  SlaSnapshot run() {
    if (asOf.isBefore(timeline.openedAt())) {
      return new SlaSnapshot(timeline.caseId(), asOf, List.of(), List.of());
    }
    settle(timeline.openedAt());
    for (CaseFact fact : timeline.facts()) {
      if (fact.at().isAfter(asOf)) {
        break;
      }
      apply(fact);
      settle(fact.at());
    }
    List<SlaTimer> timers = new ArrayList<>(earlierCycles);
    timers.addAll(current.values());
    timers.forEach(this::collectEvents);
    return new SlaSnapshot(timeline.caseId(), asOf, timers, List.copyOf(events.values()));
  }

  private void apply(CaseFact fact) {
    Instant at = fact.at();
    if (fact instanceof CaseFact.StatusChanged changed) {
      enter(changed.to(), at);
    } else if (fact instanceof CaseFact.AgentReplied) {
      agentReplied = true;
      stopIfRunning(SlaMetric.FIRST_RESPONSE, at);
      stopIfRunning(SlaMetric.NEXT_RESPONSE, at);
    } else if (fact instanceof CaseFact.CustomerCommented) {
      startNextResponse(at);
    }
  }

  private void enter(CaseStatus to, Instant at) {
    CaseStatus from = status;
    status = to;
    boolean wasStopped = policy.stopStatuses().contains(from);
    boolean isStopped = policy.stopStatuses().contains(to);
    if (!wasStopped && isStopped) {
      current.replaceAll((metric, timer) -> timer.stop(at));
    } else if (wasStopped && !isStopped) {
      reopenResolution(at);
    }
  }

  private void reopenResolution(Instant at) {
    SlaTimer resolution = current.get(SlaMetric.RESOLUTION);
    if (resolution == null || !resolution.isStopped()) {
      return;
    }
    if (policy.onReopen() == ReopenRule.CONTINUE_CYCLE) {
      collectEvents(resolution);
      current.put(SlaMetric.RESOLUTION, resolution.reopen(at));
    } else {
      earlierCycles.add(resolution);
      current.remove(SlaMetric.RESOLUTION);
    }
  }

  private void startNextResponse(Instant at) {
    Optional<SlaTarget> target = target(SlaMetric.NEXT_RESPONSE);
    SlaTimer first = current.get(SlaMetric.FIRST_RESPONSE);
    boolean firstAnswered = agentReplied || (first != null && first.isStopped());
    SlaTimer running = current.get(SlaMetric.NEXT_RESPONSE);
    if (target.isEmpty() || !firstAnswered || policy.stopStatuses().contains(status)
        || (running != null && !running.isStopped())) {
      return;
    }
    int cycle = 1;
    if (running != null) {
      earlierCycles.add(running);
      cycle = running.cycle() + 1;
    }
    current.put(SlaMetric.NEXT_RESPONSE, SlaTimer.start(SlaMetric.NEXT_RESPONSE.timerName(), cycle, target.get(), at));
  }

  /** Starts the timers whose start condition holds, then pauses or resumes every running timer. */
  private void settle(Instant at) {
    boolean startable = policy.startStatuses().contains(status);
    if (startable && !agentReplied && !current.containsKey(SlaMetric.FIRST_RESPONSE)) {
      target(SlaMetric.FIRST_RESPONSE).ifPresent(t -> current.put(SlaMetric.FIRST_RESPONSE,
          SlaTimer.start(SlaMetric.FIRST_RESPONSE.timerName(), 1, t, at)));
    }
    if (startable && !current.containsKey(SlaMetric.RESOLUTION)) {
      int cycle = earlierCycles.stream().filter(t -> t.name().equals(SlaMetric.RESOLUTION.timerName()))
          .mapToInt(SlaTimer::cycle).max().orElse(0) + 1;
      target(SlaMetric.RESOLUTION).ifPresent(t -> current.put(SlaMetric.RESOLUTION,
          SlaTimer.start(SlaMetric.RESOLUTION.timerName(), cycle, t, at)));
    }
    boolean pausing = policy.pauseStatuses().contains(status);
    current.replaceAll((metric, timer) -> {
      if (timer.isStopped()) {
        return timer;
      }
      return pausing ? timer.pause(at) : timer.resume(at);
    });
  }

  private void stopIfRunning(SlaMetric metric, Instant at) {
    SlaTimer timer = current.get(metric);
    if (timer != null) {
      current.put(metric, timer.stop(at));
    }
  }

  private Optional<SlaTarget> target(SlaMetric metric) {
    return policy.target(timeline.severity(), metric);
  }

  private void collectEvents(SlaTimer timer) {
    for (SlaEvent e : timer.events(timeline.caseId(), asOf)) {
      events.putIfAbsent(e.eventId(), e);
    }
  }
}
