package io.crmkit.analytics.adoption;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;
import java.time.LocalDate;

/**
 * A contract that came up for renewal, and how it ended.
 *
 * @param accountId the customer account
 * @param customerSince the day the account became a customer; its cohort is the period of that day
 * @param dueOn the day the renewal was due; not before {@code customerSince}
 * @param outcome renewed, churned or not decided yet
 */
public record RenewalRecord(AccountId accountId, LocalDate customerSince, LocalDate dueOn, RenewalOutcome outcome) {
  /**
   * Checks the record.
   *
   * @throws CrmValidationException when a part is missing ({@code required}) or the renewal is due
   *     before the account became a customer ({@code renewalRecord.dueOn}, rule {@code order})
   */
  public RenewalRecord {
    CrmValidationException.required("renewalRecord.accountId", accountId);
    CrmValidationException.required("renewalRecord.customerSince", customerSince);
    CrmValidationException.required("renewalRecord.dueOn", dueOn);
    CrmValidationException.required("renewalRecord.outcome", outcome);
    if (dueOn.isBefore(customerSince)) {
      throw CrmValidationException.of("renewalRecord.dueOn", "order", dueOn,
          "a renewal is due after the account became a customer on " + customerSince);
    }
  }
}
