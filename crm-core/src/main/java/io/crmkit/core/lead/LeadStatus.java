package io.crmkit.core.lead;

/** Where a lead stands in qualification. */
public enum LeadStatus {
  /** Not yet looked at. */
  NEW,
  /** Someone is working it: calling, e-mailing, researching. */
  WORKING,
  /** Not ready to buy; kept warm by marketing. */
  NURTURING,
  /** Worth an opportunity; ready to convert. */
  QUALIFIED,
  /** Not a fit; no further work. */
  UNQUALIFIED,
  /** Converted into an account, a contact and maybe an opportunity; the lead is closed. */
  CONVERTED;

  /** Whether the lead still needs work: new, working or nurturing. */
  public boolean isOpen() {
    return this == NEW || this == WORKING || this == NURTURING;
  }
}
