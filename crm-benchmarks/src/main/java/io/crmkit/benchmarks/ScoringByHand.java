package io.crmkit.benchmarks;

import io.crmkit.scoring.rules.BehaviourEvent;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The peer of {@link LeadScoringBenchmark}: the 30 rules of {@link InboundScoringModel} written out
 * by hand, as a team would code its lead score without a rule engine, giving the same points.
 *
 * <p>It calls nothing of crmkit's engine: it reads a {@link Prospect}'s fields and its events'
 * type, time and detail (the data as the host holds it) and does the rest itself. The fit rules are
 * {@code if}s over the fields, with the same regular expressions, compiled once, and the same
 * case-blind comparisons. The engagement rules take one pass over the lead's events, switching on
 * the type and keeping, for each rule, the newest times of the events it counts (as many as the rule
 * needs: the {@code atLeast}-th newest for points given once, the newest {@code maxTimes} for points
 * per event); then each rule's points are halved by age as the model says, each group capped, and
 * the total held from 0 to 100.
 *
 * <p>An instance keeps its scratch arrays between leads, so it allocates nothing per lead; it is not
 * thread-safe.
 */
public final class ScoringByHand {
  private static final long DAY_MILLIS = 86_400_000L;
  private static final double DAY = DAY_MILLIS;
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern C_LEVEL = Pattern.compile(InboundScoringModel.C_LEVEL, FLAGS);
  private static final Pattern VP_OR_HEAD = Pattern.compile(InboundScoringModel.VP_OR_HEAD, FLAGS);
  private static final Pattern DIRECTOR = Pattern.compile(InboundScoringModel.DIRECTOR, FLAGS);
  private static final Pattern MANAGER = Pattern.compile(InboundScoringModel.MANAGER, FLAGS);
  private static final Pattern STUDENT = Pattern.compile(InboundScoringModel.STUDENT, FLAGS);
  private static final Pattern UNIVERSITY = Pattern.compile(InboundScoringModel.UNIVERSITY, FLAGS);
  private static final Pattern CASE_STUDY = Pattern.compile(InboundScoringModel.CASE_STUDY, FLAGS);
  private static final Pattern CONTACT_FORM = Pattern.compile(InboundScoringModel.CONTACT_FORM, FLAGS);
  private static final Pattern RESEARCH = Pattern.compile(InboundScoringModel.RESEARCH, FLAGS);

  // Web: half-life 30 days, cap 25.
  private final Newest pricingPage = new Newest(1);
  private final Newest pricingPage30Days = new Newest(3);
  private final Newest pageViews90Days = new Newest(10);
  private final Newest documentation = new Newest(2);
  private final Newest caseStudy = new Newest(1);
  private final Newest careersPage90Days = new Newest(1);
  // E-mail: half-life 30 days, cap 15.
  private final Newest emailClicks60Days = new Newest(5);
  private final Newest emailOpens30Days = new Newest(5);
  private final Newest pricingEmail = new Newest(1);
  private final Newest newsletter = new Newest(1);
  // Intent: half-life 60 days, cap 60.
  private final Newest demoRequest90Days = new Newest(1);
  private final Newest contactForm90Days = new Newest(1);
  private final Newest webinar = new Newest(1);
  private final Newest webinars180Days = new Newest(2);
  private final Newest downloads = new Newest(3);
  private final Newest pricingGuide = new Newest(1);
  private final Newest research = new Newest(1);

  /**
   * The score of a lead as of an instant: as {@code Scorer.score(lead, asOf).points()}.
   *
   * @param lead the lead
   * @param now the instant, in epoch milliseconds
   * @return the points, from 0 to 100
   */
  public double score(Prospect lead, long now) {
    double total = role(lead.jobTitle()) + company(lead) + engagement(lead.events(), now);
    return total > 100 ? 100 : total < 0 ? 0 : total;
  }

  private static double role(@Nullable String title) {
    if (title == null || title.isEmpty()) {
      return 0;
    }
    double positive = 2;
    double negative = 0;
    if (C_LEVEL.matcher(title).find()) {
      positive += 20;
    }
    if (VP_OR_HEAD.matcher(title).find()) {
      positive += 15;
    }
    if (DIRECTOR.matcher(title).find()) {
      positive += 10;
    }
    if (MANAGER.matcher(title).find()) {
      positive += 5;
    }
    if (STUDENT.matcher(title).find()) {
      negative -= 15;
    }
    return capped(positive, negative, 20);
  }

  private static double company(Prospect lead) {
    double positive = 0;
    double negative = 0;
    String industry = lead.industry();
    if (isOneOf(industry, InboundScoringModel.TARGET_INDUSTRIES)) {
      positive += 15;
    }
    if (isOneOf(industry, InboundScoringModel.POOR_FIT_INDUSTRIES)) {
      negative -= 10;
    }
    double size = lead.companySize();
    if (size >= 200 && size <= 5000) {
      positive += 15;
    }
    if (isOneOf(lead.country(), InboundScoringModel.CORE_MARKETS)) {
      positive += 10;
    }
    String domain = lead.emailDomain();
    if (isOneOf(domain, InboundScoringModel.FREE_MAIL)) {
      negative -= 10;
    }
    if (domain != null && !domain.isEmpty() && UNIVERSITY.matcher(domain).find()) {
      negative -= 20;
    }
    String source = lead.leadSource();
    if (source != null && source.equalsIgnoreCase("Referral")) {
      positive += 10;
    }
    return capped(positive, negative, 40);
  }

  private double engagement(List<BehaviourEvent> events, long now) {
    pricingPage.clear();
    pricingPage30Days.clear();
    pageViews90Days.clear();
    documentation.clear();
    caseStudy.clear();
    careersPage90Days.clear();
    emailClicks60Days.clear();
    emailOpens30Days.clear();
    pricingEmail.clear();
    newsletter.clear();
    demoRequest90Days.clear();
    contactForm90Days.clear();
    webinar.clear();
    webinars180Days.clear();
    downloads.clear();
    pricingGuide.clear();
    research.clear();
    long days30 = now - 30 * DAY_MILLIS;
    long days60 = now - 60 * DAY_MILLIS;
    long days90 = now - 90 * DAY_MILLIS;
    long days180 = now - 180 * DAY_MILLIS;

    for (int k = 0, n = events.size(); k < n; k++) {
      BehaviourEvent event = events.get(k);
      long t = event.occurredAt().toEpochMilli();
      if (t > now) {
        continue;
      }
      String detail = event.detail().orElse("");
      switch (event.type()) {
        case "page view":
          if (contains(detail, "/pricing")) {
            pricingPage.add(t);
            if (t >= days30) {
              pricingPage30Days.add(t);
            }
          }
          if (t >= days90) {
            pageViews90Days.add(t);
          }
          if (contains(detail, "/docs/")) {
            documentation.add(t);
          }
          if (CASE_STUDY.matcher(detail).find()) {
            caseStudy.add(t);
          }
          if (t >= days90 && contains(detail, "/careers")) {
            careersPage90Days.add(t);
          }
          break;
        case "email click":
          if (t >= days60) {
            emailClicks60Days.add(t);
          }
          if (contains(detail, "pricing")) {
            pricingEmail.add(t);
          }
          break;
        case "email open":
          if (t >= days30) {
            emailOpens30Days.add(t);
          }
          break;
        case "form submission":
          if (contains(detail, "newsletter")) {
            newsletter.add(t);
          }
          if (t >= days90 && !detail.isEmpty() && CONTACT_FORM.matcher(detail).find()) {
            contactForm90Days.add(t);
          }
          break;
        case "demo request":
          if (t >= days90) {
            demoRequest90Days.add(t);
          }
          break;
        case "webinar attended":
          webinar.add(t);
          if (t >= days180) {
            webinars180Days.add(t);
          }
          break;
        case "content download":
          downloads.add(t);
          if (contains(detail, "pricing guide")) {
            pricingGuide.add(t);
          }
          if (!detail.isEmpty() && RESEARCH.matcher(detail).find()) {
            research.add(t);
          }
          break;
        default:
          break;
      }
    }

    double web = capped(
        10 * pricingPage.onceAt(1, 30, now)
            + 10 * pricingPage30Days.onceAt(3, 30, now)
            + pageViews90Days.perEvent(30, now)
            + 5 * documentation.onceAt(2, 30, now)
            + 5 * caseStudy.onceAt(1, 30, now),
        -10 * careersPage90Days.onceAt(1, 30, now),
        25);
    double email = capped(
        3 * emailClicks60Days.perEvent(30, now)
            + emailOpens30Days.perEvent(30, now)
            + 5 * pricingEmail.onceAt(1, 30, now)
            + 3 * newsletter.onceAt(1, 30, now),
        0,
        15);
    double intent = capped(
        40 * demoRequest90Days.onceAt(1, 60, now)
            + 20 * contactForm90Days.onceAt(1, 60, now)
            + 10 * webinar.onceAt(1, 60, now)
            + 10 * webinars180Days.onceAt(2, 60, now)
            + 4 * downloads.perEvent(60, now)
            + 5 * pricingGuide.onceAt(1, 60, now)
            + 3 * research.onceAt(1, 60, now),
        0,
        60);
    return web + email + intent;
  }

  /** A group's points: the positive points held to the cap, less the negative points. */
  private static double capped(double positive, double negative, double cap) {
    return positive + negative > cap ? cap : positive + negative;
  }

  private static boolean isOneOf(@Nullable String value, String[] options) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    for (String option : options) {
      if (value.equalsIgnoreCase(option)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String text, String part) {
    for (int i = 0, last = text.length() - part.length(); i <= last; i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  /** The share of its points an event at {@code t} keeps at {@code now}: it halves every {@code halfLifeDays}. */
  private static double decay(double halfLifeDays, long now, long t) {
    double ageMillis = (double) now - (double) t;
    return ageMillis <= 0 ? 1 : Math.pow(0.5, (ageMillis / DAY) / halfLifeDays);
  }

  /** The newest times of the events one rule counts, newest first, as many as the rule needs. */
  private static final class Newest {
    private final long[] times;
    private int kept;
    private int counted;

    Newest(int needed) {
      times = new long[needed];
    }

    void clear() {
      kept = 0;
      counted = 0;
    }

    void add(long t) {
      counted++;
      int at;
      if (kept < times.length) {
        at = kept++;
      } else if (t > times[kept - 1]) {
        at = kept - 1;
      } else {
        return;
      }
      while (at > 0 && times[at - 1] < t) {
        times[at] = times[at - 1];
        at--;
      }
      times[at] = t;
    }

    /** Points given once: the decay of the {@code n}-th newest event, 0 with fewer than {@code n}. */
    double onceAt(int n, double halfLifeDays, long now) {
      return counted >= n ? decay(halfLifeDays, now, times[n - 1]) : 0;
    }

    /** Points per event: the decays of the newest events kept, summed. */
    double perEvent(double halfLifeDays, long now) {
      double sum = 0;
      for (int i = 0; i < kept; i++) {
        sum += decay(halfLifeDays, now, times[i]);
      }
      return sum;
    }
  }
}
