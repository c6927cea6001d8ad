package io.crmkit.analytics.adoption;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.UserId;
import java.time.Instant;

/**
 * A user did something in the CRM at an instant (logged in, saved a record, logged a call).
 *
 * @param userId the user
 * @param at when
 */
public record UserActivity(UserId userId, Instant at) {
  /** Checks the parts. */
  public UserActivity {
    CrmValidationException.required("userActivity.userId", userId);
    CrmValidationException.required("userActivity.at", at);
  }
}
