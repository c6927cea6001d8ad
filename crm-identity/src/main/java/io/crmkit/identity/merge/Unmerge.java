package io.crmkit.identity.merge;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.UserId;
import java.time.Instant;

/**
 * Who undid a merge, and when.
 *
 * @param unmergedBy the user who undid it
 * @param unmergedAt when, from the service's clock
 */
public record Unmerge(UserId unmergedBy, Instant unmergedAt) {
  /** Checks both parts. */
  public Unmerge {
    CrmValidationException.required("unmerge.unmergedBy", unmergedBy);
    CrmValidationException.required("unmerge.unmergedAt", unmergedAt);
  }
}
