package io.crmkit.analytics.marketing;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;

/**
 * The credit one touch earns for one deal.
 *
 * @param touch the touch
 * @param amount its part of the deal's amount, in the reporting currency
 * @param share its part of the deal, 0 to 1, to 6 decimal places (the shares of a deal add up to 1)
 */
public record TouchCredit(CampaignTouch touch, Money amount, BigDecimal share) {
  /** Checks the parts. */
  public TouchCredit {
    CrmValidationException.required("touchCredit.touch", touch);
    CrmValidationException.required("touchCredit.amount", amount);
    CrmValidationException.required("touchCredit.share", share);
  }
}
