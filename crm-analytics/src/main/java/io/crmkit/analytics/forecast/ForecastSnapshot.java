package io.crmkit.analytics.forecast;

import io.crmkit.analytics.pipeline.OpportunitySnapshot;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.OpportunityId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The deals as they stood on a day: what a weekly forecast is taken from.
 *
 * @param takenOn the day the snapshot was taken
 * @param deals the deals, each once
 */
public record ForecastSnapshot(LocalDate takenOn, List<OpportunitySnapshot> deals) {
  /**
   * Checks the snapshot.
   *
   * @throws CrmValidationException when a deal appears twice ({@code forecastSnapshot.deals}, rule
   *     {@code duplicate})
   */
  public ForecastSnapshot {
    CrmValidationException.required("forecastSnapshot.takenOn", takenOn);
    deals = List.copyOf(CrmValidationException.required("forecastSnapshot.deals", deals));
    index(deals);
  }

  /** The snapshot of the deals taken on a day. */
  public static ForecastSnapshot of(LocalDate takenOn, List<OpportunitySnapshot> deals) {
    return new ForecastSnapshot(takenOn, deals);
  }

  /** The deal with that id, if the snapshot has it. */
  public Optional<OpportunitySnapshot> find(OpportunityId id) {
    return deals.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The deals by id, in snapshot order. */
  Map<OpportunityId, OpportunitySnapshot> byId() {
    return index(deals);
  }

  /** The ids of the deals. */
  public Set<OpportunityId> ids() {
    return Set.copyOf(index(deals).keySet());
  }

  private static Map<OpportunityId, OpportunitySnapshot> index(List<OpportunitySnapshot> deals) {
    Map<OpportunityId, OpportunitySnapshot> byId = new LinkedHashMap<>();
    for (OpportunitySnapshot deal : deals) {
      if (byId.put(deal.id(), deal) != null) {
        throw CrmValidationException.of("forecastSnapshot.deals", "duplicate", deal.id(),
            "a deal appears once in a snapshot");
      }
    }
    return byId;
  }
}
