package io.crmkit.core.campaign;

/** What kind of marketing effort a {@link Campaign} is. */
public enum CampaignType {
  /** An e-mail send or sequence. */
  EMAIL,
  /** An online presentation people register for. */
  WEBINAR,
  /** A trade show, conference or meet-up. */
  EVENT,
  /** Paid ads: search, social, display, print. */
  ADVERTISING,
  /** Articles, guides, videos. */
  CONTENT,
  /** Customers or partners recommending. */
  REFERRAL,
  /** Anything else. */
  OTHER
}
