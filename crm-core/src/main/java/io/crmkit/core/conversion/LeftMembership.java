package io.crmkit.core.conversion;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.CampaignMemberId;

/**
 * A campaign membership of the lead that a conversion left on the lead, and why.
 *
 * @param memberId the membership
 * @param campaignId its campaign
 * @param reason why it was not moved to the contact, in a sentence
 */
public record LeftMembership(CampaignMemberId memberId, CampaignId campaignId, String reason) {
  /** Checks every part. */
  public LeftMembership {
    CrmValidationException.required("leftMembership.memberId", memberId);
    CrmValidationException.required("leftMembership.campaignId", campaignId);
    CrmValidationException.requiredText("leftMembership.reason", reason);
  }
}
