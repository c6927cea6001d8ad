package io.crmkit.benchmarks;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.rules.BehaviourEvent;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Made-up inbound B2B leads with their behaviour events, for scoring: the same leads for the same
 * seed and count, on any machine.
 *
 * <p>Fields, each drawn on its own: a job title from two dozen as people type them (C-level,
 * VP, head of, director, manager, individual contributors, students and interns), missing for
 * {@value #PERCENT_NO_TITLE}%; an industry, missing for {@value #PERCENT_NO_INDUSTRY}%; a company
 * size spread evenly on a log scale from 1 to 50,000 employees, unknown for
 * {@value #PERCENT_NO_SIZE}%; a country, missing for {@value #PERCENT_NO_COUNTRY}%; an e-mail
 * domain: a company's for {@value #PERCENT_BUSINESS_MAIL}%, free mail for
 * {@value #PERCENT_FREE_MAIL}%, a university's for the rest; and a lead source.
 *
 * <p>Events: a lead is cold ({@value #PERCENT_COLD}%, 0 to 2 events), warm ({@value #PERCENT_WARM}%,
 * 3 to 15) or hot (the rest, 10 to 40), about ten events per lead on average. Each event happened at
 * a random millisecond in the {@value #HISTORY_DAYS} days before {@link #AS_OF} (hot leads' events
 * lean to the recent), a few of them after it (they have not happened yet as of that instant and
 * never count). Types: page views (of pricing, documentation, case studies, the blog, careers and
 * product pages), e-mail opens and clicks, form submissions, content downloads, webinars attended
 * and demo requests (4% of a hot lead's events, 1% of the others').
 */
public final class SampleProspects {
  /** The instant the sample is scored at. */
  public static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

  /** How far back the events go, in days. */
  public static final int HISTORY_DAYS = 365;

  static final int PERCENT_NO_TITLE = 10;
  static final int PERCENT_NO_INDUSTRY = 12;
  static final int PERCENT_NO_SIZE = 15;
  static final int PERCENT_NO_COUNTRY = 5;
  static final int PERCENT_BUSINESS_MAIL = 70;
  static final int PERCENT_FREE_MAIL = 22;
  static final int PERCENT_COLD = 30;
  static final int PERCENT_WARM = 50;

  private static final long DAY_MILLIS = 86_400_000L;

  private static final String[] TITLES = {
      "Chief Executive Officer", "CEO", "Chief Revenue Officer", "Co-Founder", "VP Sales",
      "Vice President of Marketing", "Head of Revenue Operations", "Head of Growth", "Director of Sales",
      "Sales Director", "IT Director", "Marketing Manager", "Sales Manager", "Customer Success Manager",
      "Account Executive", "Sales Development Representative", "Software Engineer", "Marketing Specialist",
      "Operations Analyst", "Consultant", "Student", "PhD Student", "Marketing Intern", "Office Assistant"};

  private static final String[] INDUSTRIES = {
      "Software", "SaaS", "Financial Services", "Banking", "Insurance", "Manufacturing", "Retail",
      "Healthcare", "Education", "Government", "Non-profit", "Media", "Logistics", "Consulting"};

  private static final String[] COUNTRIES = {
      "US", "US", "US", "CA", "GB", "GB", "DE", "DE", "FR", "NL", "SE", "AU", "IN", "BR", "JP", "ZA", "NG", "MX"};

  private static final String[] FREE_MAIL = {
      "gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "gmx.de", "web.de"};

  private static final String[] UNIVERSITIES = {"mit.edu", "stanford.edu", "ox.ac.uk", "ucl.ac.uk", "unimelb.edu.au"};

  private static final String[] SOURCES = {
      "Organic search", "Paid search", "Referral", "Event", "Partner", "Outbound", "Social", "Direct"};

  private static final String[] PAGES = {
      "https://crmkit.example/pricing", "https://crmkit.example/pricing/enterprise",
      "https://crmkit.example/docs/getting-started", "https://crmkit.example/docs/api",
      "https://crmkit.example/case-studies/acme", "https://crmkit.example/case-study/globex",
      "https://crmkit.example/blog/lead-scoring-101", "https://crmkit.example/blog/pipeline-hygiene",
      "https://crmkit.example/careers", "https://crmkit.example/product/forecasting",
      "https://crmkit.example/product/scoring", "https://crmkit.example/"};

  private static final String[] EMAILS = {
      "newsletter 2026-04", "newsletter 2026-05", "product launch: forecasting", "webinar invitation",
      "pricing update", "customer story: acme"};

  private static final String[] FORMS = {"contact us", "newsletter signup", "ebook download", "contact sales"};

  private static final String[] DOCUMENTS = {
      "white paper: the state of b2b sales", "ebook: lead scoring", "pricing guide", "analyst report"};

  private static final String[] WEBINARS = {"forecasting masterclass", "scoring in practice", "crm migration"};

  private SampleProspects() {}

  /**
   * Makes leads.
   *
   * @param seed the seed of the random draws
   * @param count how many leads, at least 1
   * @throws CrmValidationException field {@code count}, rule {@code range}, for fewer than one
   */
  public static Prospect[] make(long seed, int count) {
    if (count < 1) {
      throw CrmValidationException.of("count", "range", count, "at least one lead");
    }
    SplittableRandom random = new SplittableRandom(seed);
    Prospect[] prospects = new Prospect[count];
    for (int i = 0; i < count; i++) {
      prospects[i] = prospect(random, i);
    }
    return prospects;
  }

  private static Prospect prospect(SplittableRandom random, int number) {
    String title = chance(random, PERCENT_NO_TITLE) ? null : pick(random, TITLES);
    String industry = chance(random, PERCENT_NO_INDUSTRY) ? null : pick(random, INDUSTRIES);
    double size = chance(random, PERCENT_NO_SIZE) ? Double.NaN
        : Math.floor(Math.exp(random.nextDouble() * Math.log(50_000)));
    String country = chance(random, PERCENT_NO_COUNTRY) ? null : pick(random, COUNTRIES);
    int mail = random.nextInt(100);
    String domain = mail < PERCENT_BUSINESS_MAIL ? String.format(Locale.ROOT, "company-%d.com", number % 50_000)
        : mail < PERCENT_BUSINESS_MAIL + PERCENT_FREE_MAIL ? pick(random, FREE_MAIL)
        : pick(random, UNIVERSITIES);
    String source = pick(random, SOURCES);

    int kind = random.nextInt(100);
    boolean hot = kind >= PERCENT_COLD + PERCENT_WARM;
    int events = kind < PERCENT_COLD ? random.nextInt(3)
        : !hot ? 3 + random.nextInt(13)
        : 10 + random.nextInt(31);
    BehaviourEvent[] done = new BehaviourEvent[events];
    for (int e = 0; e < events; e++) {
      done[e] = event(random, hot);
    }
    return new Prospect(title, industry, size, country, domain, source, List.of(done));
  }

  private static BehaviourEvent event(SplittableRandom random, boolean hot) {
    // Hot leads' events lean to the recent: the age is the smaller of two draws.
    long span = HISTORY_DAYS * DAY_MILLIS;
    long age = random.nextLong(span);
    if (hot) {
      age = Math.min(age, random.nextLong(span));
    }
    if (random.nextInt(200) == 0) {
      age = -1 - random.nextLong(30 * DAY_MILLIS);
    }
    Instant at = AS_OF.minusMillis(age);
    int draw = random.nextInt(100);
    if (draw < 45) {
      return BehaviourEvent.of(BehaviourEvent.PAGE_VIEW, at, pick(random, PAGES));
    }
    if (draw < 62) {
      return BehaviourEvent.of(BehaviourEvent.EMAIL_OPEN, at, pick(random, EMAILS));
    }
    if (draw < 74) {
      return BehaviourEvent.of(BehaviourEvent.EMAIL_CLICK, at, pick(random, EMAILS));
    }
    if (draw < 82) {
      return BehaviourEvent.of(BehaviourEvent.FORM_SUBMISSION, at, pick(random, FORMS));
    }
    if (draw < 90) {
      return BehaviourEvent.of(BehaviourEvent.CONTENT_DOWNLOAD, at, pick(random, DOCUMENTS));
    }
    if (draw < 96) {
      return BehaviourEvent.of(BehaviourEvent.WEBINAR_ATTENDED, at, pick(random, WEBINARS));
    }
    // Demo requests: 4% of a hot lead's events, 1% of the others' (the rest of theirs are page views).
    if (hot || random.nextInt(4) == 0) {
      return BehaviourEvent.of(BehaviourEvent.DEMO_REQUEST, at);
    }
    return BehaviourEvent.of(BehaviourEvent.PAGE_VIEW, at, pick(random, PAGES));
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static boolean chance(SplittableRandom random, int percent) {
    return random.nextInt(100) < percent;
  }
}
