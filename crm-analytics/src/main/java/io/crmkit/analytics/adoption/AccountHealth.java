package io.crmkit.analytics.adoption;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;
import java.util.Locale;

/**
 * The health grade an account has now, as the host's health model graded it ({@code red},
 * {@code yellow}, {@code green}).
 *
 * @param accountId the account
 * @param grade the grade's name, stripped and lower-case
 */
public record AccountHealth(AccountId accountId, String grade) {
  /** Checks and normalises the grade. */
  public AccountHealth {
    CrmValidationException.required("accountHealth.accountId", accountId);
    grade = CrmValidationException.requiredText("accountHealth.grade", grade).toLowerCase(Locale.ROOT);
  }
}
