package io.crmkit.core.campaign;

/** How far a {@link CampaignMember} got with a campaign. */
public enum CampaignMemberStatus {
  /** Chosen for the campaign; nothing sent yet. */
  TARGETED,
  /** The campaign reached them: e-mail sent, invitation delivered. */
  SENT,
  /** They responded: clicked, registered, attended, replied. */
  RESPONDED,
  /** They asked to be left out. */
  OPTED_OUT
}
