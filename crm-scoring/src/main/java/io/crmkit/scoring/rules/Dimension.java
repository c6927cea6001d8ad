package io.crmkit.scoring.rules;

/** What a rule group measures: who the lead is (fit) or what the lead did (engagement). */
public enum Dimension {
  /** Who the lead is: job title, industry, company size, region, e-mail domain. */
  FIT,
  /** What the lead did: page views, e-mail clicks, a demo request, a webinar. */
  ENGAGEMENT
}
