package io.crmkit.analytics.marketing;

import io.crmkit.analytics.pipeline.OpportunitySnapshot;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.value.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deal and the marketing touches on its people, ready to be credited.
 *
 * <p>Only touches at or before the deal was made ({@code convertedAt}) count; later ones are dropped.
 * The touches are kept in {@link CampaignTouch#ORDER}.
 *
 * @param id the deal
 * @param amount what it is worth, in its own currency; not negative
 * @param valuedOn the day its amount is converted at (its close date)
 * @param convertedAt when the deal was made: the end of the touches that count
 * @param won whether it was won (its amount then counts as revenue, not only pipeline)
 * @param touches the touches that count, in order; may be empty
 */
public record AttributedDeal(OpportunityId id, Money amount, LocalDate valuedOn, Instant convertedAt, boolean won,
    List<CampaignTouch> touches) {

  /**
   * Checks the deal and keeps the touches that count.
   *
   * @throws CrmValidationException when a part is missing ({@code required}) or the amount is
   *     negative ({@code attributedDeal.amount}, rule {@code range})
   */
  public AttributedDeal {
    CrmValidationException.required("attributedDeal.id", id);
    CrmValidationException.required("attributedDeal.amount", amount);
    CrmValidationException.required("attributedDeal.valuedOn", valuedOn);
    CrmValidationException.required("attributedDeal.convertedAt", convertedAt);
    CrmValidationException.required("attributedDeal.touches", touches);
    if (amount.isNegative()) {
      throw CrmValidationException.of("attributedDeal.amount", "range", amount, "an amount is 0 or more");
    }
    touches = touches.stream()
        .map(t -> CrmValidationException.required("attributedDeal.touches", t))
        .filter(t -> !t.at().isAfter(convertedAt))
        .sorted(CampaignTouch.ORDER)
        .toList();
  }

  /**
   * The deal of an opportunity snapshot, made at {@code convertedAt} (its creation, say), with the
   * touches on its people.
   */
  public static AttributedDeal of(OpportunitySnapshot deal, Instant convertedAt, List<CampaignTouch> touches) {
    CrmValidationException.required("deal", deal);
    return new AttributedDeal(deal.id(), deal.amount(), deal.closeDate(), convertedAt, deal.isWon(), touches);
  }
}
