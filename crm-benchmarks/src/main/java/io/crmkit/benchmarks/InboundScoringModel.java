package io.crmkit.benchmarks;

import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.scoring.rules.BehaviourEvent;
import io.crmkit.scoring.rules.Condition;
import io.crmkit.scoring.rules.Decay;
import io.crmkit.scoring.rules.Dimension;
import io.crmkit.scoring.rules.RoutingRule;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringSchema;

/**
 * The 30-rule inbound B2B lead scoring model of {@link LeadScoringBenchmark}, as a marketing team
 * would set it up in crmkit, and the schema that reads a {@link Prospect}.
 *
 * <p>Fit, 13 rules in two groups:
 *
 * <ul>
 *   <li><b>Role</b> (cap 20): C-level or founder +20, VP or head of +15, director +10, manager +5
 *       (regular expressions on the job title, whole words, ignoring case), student or intern -15,
 *       a job title given at all +2.
 *   <li><b>Company</b> (cap 40): a target industry +15, a poor-fit industry -10, 200 to 5,000
 *       employees +15, a core market country +10, a free-mail domain -10, a university domain -20
 *       (regular expression), the lead source Referral +10.
 * </ul>
 *
 * <p>Engagement, 17 behaviour rules in three groups whose points halve with the age of the events:
 *
 * <ul>
 *   <li><b>Web</b> (half-life 30 days, cap 25): the pricing page +10; the pricing page 3 times in
 *       30 days +10; each page view in 90 days +1, 10 at most; documentation twice +5; a case study
 *       +5 (regular expression); the careers page in 90 days -10 (a job seeker).
 *   <li><b>E-mail</b> (half-life 30 days, cap 15): each e-mail click in 60 days +3, 5 at most; each
 *       e-mail open in 30 days +1, 5 at most; a click in the pricing e-mail +5; the newsletter
 *       signed up for +3.
 *   <li><b>Intent</b> (half-life 60 days, cap 60): a demo request in 90 days +40; the contact form
 *       in 90 days +20 (regular expression); a webinar +10; two webinars in 180 days +10; each
 *       download +4, 3 at most; the pricing guide +5; a white paper or analyst report +3 (regular
 *       expression).
 * </ul>
 *
 * <p>The total is held from 0 to the ceiling of 100; a lead with 60 points or more and fit B or
 * better is routed to MQL.
 */
public final class InboundScoringModel {
  /** The pattern of C-level titles and founders. */
  static final String C_LEVEL = "\\b(chief|ceo|cfo|cto|cro|cmo|founder)\\b";
  /** The pattern of vice presidents and heads of a function. */
  static final String VP_OR_HEAD = "\\b(vp|vice president|head of)\\b";
  /** The pattern of directors. */
  static final String DIRECTOR = "\\bdirector\\b";
  /** The pattern of managers. */
  static final String MANAGER = "\\bmanager\\b";
  /** The pattern of students and interns. */
  static final String STUDENT = "\\b(student|intern)\\b";
  /** The pattern of university e-mail domains. */
  static final String UNIVERSITY = "\\.edu$|\\.edu\\.[a-z]{2}$|\\.ac\\.[a-z]{2}$";
  /** The pattern of case study pages. */
  static final String CASE_STUDY = "/case-stud(y|ies)/";
  /** The pattern of the contact forms. */
  static final String CONTACT_FORM = "^contact (us|sales)$";
  /** The pattern of research documents. */
  static final String RESEARCH = "^(white paper|analyst report)";

  /** The target industries. */
  static final String[] TARGET_INDUSTRIES = {"Software", "SaaS", "Financial Services", "Banking", "Insurance"};
  /** The industries that rarely buy. */
  static final String[] POOR_FIT_INDUSTRIES = {"Education", "Government", "Non-profit"};
  /** The core market countries. */
  static final String[] CORE_MARKETS = {"US", "CA", "GB", "DE", "FR", "NL", "SE", "AU"};
  /** The free-mail domains. */
  static final String[] FREE_MAIL = {
      "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "gmx.de", "web.de"};

  private InboundScoringModel() {}

  /** The model. */
  public static ScoringModel model() {
    return ScoringModel.builder("Inbound B2B")
        .group("Role", Dimension.FIT, g -> g.cap(20)
            .rule("c-level", Condition.matches("jobTitle", C_LEVEL), 20)
            .rule("vp-or-head", Condition.matches("jobTitle", VP_OR_HEAD), 15)
            .rule("director", Condition.matches("jobTitle", DIRECTOR), 10)
            .rule("manager", Condition.matches("jobTitle", MANAGER), 5)
            .rule("student-or-intern", Condition.matches("jobTitle", STUDENT), -15)
            .rule("title-given", Condition.present("jobTitle"), 2))
        .group("Company", Dimension.FIT, g -> g.cap(40)
            .rule("target-industry", Condition.in("industry", TARGET_INDUSTRIES), 15)
            .rule("poor-fit-industry", Condition.in("industry", POOR_FIT_INDUSTRIES), -10)
            .rule("mid-market", Condition.range("companySize", 200, 5000), 15)
            .rule("core-market", Condition.in("country", CORE_MARKETS), 10)
            .rule("free-mail", Condition.in("emailDomain", FREE_MAIL), -10)
            .rule("university-mail", Condition.matches("emailDomain", UNIVERSITY), -20)
            .rule("referral", Condition.equalTo("leadSource", "Referral"), 10))
        .group("Web", Dimension.ENGAGEMENT, g -> g.cap(25).decay(Decay.halfLife(30))
            .rule("pricing-page", Condition.event(BehaviourEvent.PAGE_VIEW).detailContains("/pricing"), 10)
            .rule("pricing-page-3-times", Condition.event(BehaviourEvent.PAGE_VIEW).detailContains("/pricing")
                .atLeast(3).withinDays(30), 10)
            .rule("page-views", Condition.event(BehaviourEvent.PAGE_VIEW).withinDays(90).perEvent(10), 1)
            .rule("documentation", Condition.event(BehaviourEvent.PAGE_VIEW).detailContains("/docs/").atLeast(2), 5)
            .rule("case-study", Condition.event(BehaviourEvent.PAGE_VIEW).detailMatches(CASE_STUDY), 5)
            .rule("careers-page", Condition.event(BehaviourEvent.PAGE_VIEW).detailContains("/careers")
                .withinDays(90), -10))
        .group("E-mail", Dimension.ENGAGEMENT, g -> g.cap(15).decay(Decay.halfLife(30))
            .rule("email-clicks", Condition.event(BehaviourEvent.EMAIL_CLICK).withinDays(60).perEvent(5), 3)
            .rule("email-opens", Condition.event(BehaviourEvent.EMAIL_OPEN).withinDays(30).perEvent(5), 1)
            .rule("pricing-email", Condition.event(BehaviourEvent.EMAIL_CLICK).detailContains("pricing"), 5)
            .rule("newsletter", Condition.event(BehaviourEvent.FORM_SUBMISSION).detailContains("newsletter"), 3))
        .group("Intent", Dimension.ENGAGEMENT, g -> g.cap(60).decay(Decay.halfLife(60))
            .rule("demo-request", Condition.event(BehaviourEvent.DEMO_REQUEST).withinDays(90), 40)
            .rule("contact-form", Condition.event(BehaviourEvent.FORM_SUBMISSION).detailMatches(CONTACT_FORM)
                .withinDays(90), 20)
            .rule("webinar", Condition.event(BehaviourEvent.WEBINAR_ATTENDED), 10)
            .rule("webinars-2", Condition.event(BehaviourEvent.WEBINAR_ATTENDED).atLeast(2).withinDays(180), 10)
            .rule("downloads", Condition.event(BehaviourEvent.CONTENT_DOWNLOAD).perEvent(3), 4)
            .rule("pricing-guide", Condition.event(BehaviourEvent.CONTENT_DOWNLOAD).detailContains("pricing guide"), 5)
            .rule("research", Condition.event(BehaviourEvent.CONTENT_DOWNLOAD).detailMatches(RESEARCH), 3))
        .route(RoutingRule.to(LifecycleStage.MQL).whenScoreAtLeast(60).whenFitAtLeast(FitGrade.B))
        .build();
  }

  /** The schema that reads a {@link Prospect}: its fields by their accessors and its events. */
  public static ScoringSchema<Prospect> schema() {
    return ScoringSchema.<Prospect>builder("Prospect")
        .nullableText("jobTitle", Prospect::jobTitle)
        .nullableText("industry", Prospect::industry)
        .number("companySize", Prospect::companySize)
        .nullableText("country", Prospect::country)
        .nullableText("emailDomain", Prospect::emailDomain)
        .nullableText("leadSource", Prospect::leadSource)
        .events(Prospect::events)
        .build();
  }
}
