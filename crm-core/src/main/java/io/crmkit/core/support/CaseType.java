package io.crmkit.core.support;

/** What kind of help a case asks for. */
public enum CaseType {
  /** How do I ...? */
  QUESTION,
  /** Something does not work as documented. */
  PROBLEM,
  /** A service outage or degradation. */
  INCIDENT,
  /** A request for something the product does not do. */
  FEATURE_REQUEST
}
