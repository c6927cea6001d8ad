package io.crmkit.analytics.pipeline;

import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Stage-to-stage conversion, counting each deal once at the furthest stage it reached, lost deals
 * included.
 *
 * <p>A deal's furthest stage is the latest funnel stage among its current stage and every stage its
 * change log shows it in (left or entered). A won deal reached every stage and won; a lost deal
 * counts at the furthest open stage it was seen in, or at the first stage when its log shows none.
 * A deal moved back counts where it got to, not where it is. Deals count only once their snapshot
 * has been added (their outcome comes from it); log lines of other deals are kept until it comes.
 *
 * <p>The tally is kept per deal and merges by deal, so the snapshots and log lines of one deal may
 * arrive in any chunks, in any order, any number of times.
 */
public final class FunnelTally implements Mergeable<FunnelTally> {
  private static final int NOT_SEEN = -1;

  private final FunnelStages stages;
  private final Map<OpportunityId, Reach> deals;

  /** How far one deal got, and how it ended once its snapshot is known. */
  private record Reach(int furthest, StageOutcome outcome, boolean known) {
    Reach merge(OpportunityId id, Reach other) {
      if (known && other.known && outcome != other.outcome) {
        throw CrmValidationException.of("funnelTally.outcome", "conflict", id,
            "deal " + id + " is both " + outcome + " and " + other.outcome + " in the snapshots");
      }
      return new Reach(Math.max(furthest, other.furthest), known ? outcome : other.outcome, known || other.known);
    }
  }

  private FunnelTally(FunnelStages stages, Map<OpportunityId, Reach> deals) {
    this.stages = stages;
    this.deals = deals;
  }

  /** Nothing counted yet, for a funnel of stages. */
  public static FunnelTally empty(FunnelStages stages) {
    return new FunnelTally(CrmValidationException.required("stages", stages), Map.of());
  }

  /**
   * The funnel of the deals and their stage-change log.
   *
   * @throws CrmValidationException when a deal or log line is in an open stage not in the funnel
   *     ({@code funnel.stage}, rule {@code unknown}) or two snapshots of one deal disagree on its
   *     outcome ({@code funnelTally.outcome}, rule {@code conflict})
   */
  public static FunnelTally of(FunnelStages stages, Iterable<OpportunitySnapshot> deals,
      Iterable<StageChange> changes) {
    CrmValidationException.required("stages", stages);
    CrmValidationException.required("deals", deals);
    CrmValidationException.required("changes", changes);
    Map<OpportunityId, Reach> reach = new HashMap<>();
    for (OpportunitySnapshot deal : deals) {
      int at = deal.isWon() ? stages.size() : stages.positionOf(deal.stage()).orElse(NOT_SEEN);
      reach.merge(deal.id(), new Reach(at, deal.stage().outcome(), true), (a, b) -> a.merge(deal.id(), b));
    }
    for (StageChange change : changes) {
      int at = Math.max(position(stages, change.to()),
          change.from().map(from -> position(stages, from)).orElse(NOT_SEEN));
      reach.merge(change.opportunityId(), new Reach(at, StageOutcome.OPEN, false),
          (a, b) -> a.merge(change.opportunityId(), b));
    }
    return new FunnelTally(stages, Map.copyOf(reach));
  }

  /** This tally with one more deal snapshot (a copy per call: for many rows use {@link #of}). */
  public FunnelTally add(OpportunitySnapshot deal) {
    return combine(of(stages, List.of(deal), List.of()));
  }

  /** This tally with one more line of the stage-change log (a copy per call: for many, use {@link #of}). */
  public FunnelTally add(StageChange change) {
    return combine(of(stages, List.of(), List.of(change)));
  }

  /** The funnel's stages. */
  public FunnelStages stages() {
    return stages;
  }

  /** How many deals are counted (those whose snapshot was added). */
  public long deals() {
    return deals.values().stream().filter(Reach::known).count();
  }

  /** How many counted deals were won. */
  public long won() {
    return count(StageOutcome.WON);
  }

  /** How many counted deals were lost. */
  public long lost() {
    return count(StageOutcome.LOST);
  }

  /** How many counted deals are still open. */
  public long open() {
    return count(StageOutcome.OPEN);
  }

  /** The furthest stage position of a counted deal (the funnel's size when won); empty when not counted. */
  public OptionalInt furthestPosition(OpportunityId id) {
    Reach reach = deals.get(id);
    return reach == null || !reach.known ? OptionalInt.empty() : OptionalInt.of(Math.max(0, reach.furthest));
  }

  /** The funnel's steps, one per open stage, in order. */
  public List<FunnelStep> steps() {
    int n = stages.size();
    long[] stopped = new long[n + 1];
    long[] lostAt = new long[n];
    for (Reach reach : deals.values()) {
      if (!reach.known) {
        continue;
      }
      int at = reach.outcome == StageOutcome.WON ? n : Math.max(0, Math.min(reach.furthest, n - 1));
      stopped[at]++;
      if (reach.outcome == StageOutcome.LOST) {
        lostAt[at]++;
      }
    }
    long[] reached = new long[n + 1];
    reached[n] = stopped[n];
    for (int i = n - 1; i >= 0; i--) {
      reached[i] = reached[i + 1] + stopped[i];
    }
    List<FunnelStep> steps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      steps.add(new FunnelStep(stages.stages().get(i), reached[i], stopped[i], lostAt[i],
          Proportion.of(reached[i + 1], reached[i])));
    }
    return List.copyOf(steps);
  }

  /** Won deals out of every deal counted: the funnel's overall conversion. */
  public Proportion overallConversion() {
    return Proportion.of(won(), deals());
  }

  @Override
  public FunnelTally combine(FunnelTally other) {
    if (!stages.equals(other.stages)) {
      throw CrmValidationException.of("funnelTally.stages", "mismatch", other.stages.stages(),
          "cannot combine funnels of different stages: " + stages.stages());
    }
    Map<OpportunityId, Reach> merged = new HashMap<>(deals);
    other.deals.forEach((id, reach) -> merged.merge(id, reach, (a, b) -> a.merge(id, b)));
    return new FunnelTally(stages, Map.copyOf(merged));
  }

  private long count(StageOutcome outcome) {
    return deals.values().stream().filter(r -> r.known && r.outcome == outcome).count();
  }

  private static int position(FunnelStages stages, Stage stage) {
    return stages.positionOf(stage).orElse(NOT_SEEN);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FunnelTally other && stages.equals(other.stages) && deals.equals(other.deals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stages, deals);
  }

  @Override
  public String toString() {
    return "FunnelTally" + steps() + " won " + won();
  }
}
