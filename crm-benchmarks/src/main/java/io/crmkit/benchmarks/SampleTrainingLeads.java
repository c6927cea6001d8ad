package io.crmkit.benchmarks;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.ClosedLead;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.LeadFacts;
import io.crmkit.scoring.dataset.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up closed B2B leads for training a predictive model: {@value #NUMERIC_FEATURES} numbers and
 * {@value #CATEGORICAL_FEATURES} categories per lead, some of them missing, and an outcome drawn
 * from a known logistic model; the same leads for the same seed and count, on any machine.
 *
 * <p>A number is its feature's mean plus its standard deviation times a standard normal draw
 * ({@code z}), and pushes the log-odds of winning by its weight times {@code z}; counts (page views,
 * e-mail clicks) are rounded and kept at 0 or above. A category is drawn evenly from its levels and
 * pushes by its level's weight. A missing value (each feature has its own share of leads without
 * one) pushes by nothing. The intercept makes about one lead in four won.
 */
public final class SampleTrainingLeads {
  /** The numeric features per lead. */
  public static final int NUMERIC_FEATURES = 40;

  /** The categorical features per lead. */
  public static final int CATEGORICAL_FEATURES = 10;

  /** The log-odds of winning of a lead at every mean, without categories. */
  static final double INTERCEPT = -1.6;

  /**
   * A numeric feature: its name, mean, standard deviation, percent of leads without it, the push of
   * one standard deviation on the log-odds, and whether it is a count (rounded, at least 0).
   */
  private record Numeric(String name, double mean, double deviation, int percentMissing, double weight, boolean count) {}

  /** A categorical feature: its name, levels, the push of each level and percent of leads without it. */
  private record Categorical(String name, List<String> levels, double[] weights, int percentMissing) {}

  private static final List<Numeric> NUMBERS = List.of(
      new Numeric("employees", 850, 400, 5, 0.35, true),
      new Numeric("annualRevenueMillions", 120, 60, 20, 0.20, false),
      new Numeric("pageViews30d", 14, 8, 0, 0.30, true),
      new Numeric("pageViews90d", 35, 15, 0, 0.10, true),
      new Numeric("pricingPageViews", 2, 1.5, 0, 0.45, true),
      new Numeric("docsPageViews", 4, 3, 0, 0.15, true),
      new Numeric("blogPageViews", 6, 4, 0, 0.0, true),
      new Numeric("sessions", 9, 5, 0, 0.10, true),
      new Numeric("minutesOnSite", 25, 12, 0, 0.20, false),
      new Numeric("emailOpens", 12, 6, 3, 0.05, true),
      new Numeric("emailClicks", 3, 2, 3, 0.25, true),
      new Numeric("emailsSent", 20, 6, 0, -0.05, true),
      new Numeric("formSubmissions", 1.5, 1, 0, 0.20, true),
      new Numeric("webinarsAttended", 0.8, 0.7, 0, 0.15, true),
      new Numeric("contentDownloads", 2, 1.5, 0, 0.10, true),
      new Numeric("demoRequests", 0.4, 0.5, 0, 0.50, true),
      new Numeric("daysSinceFirstTouch", 120, 60, 0, -0.10, true),
      new Numeric("daysSinceLastActivity", 20, 15, 0, -0.40, true),
      new Numeric("meetingsBooked", 1, 0.8, 0, 0.40, true),
      new Numeric("callsLogged", 3, 2, 0, 0.10, true),
      new Numeric("openJobs", 12, 8, 25, 0.05, true),
      new Numeric("technologiesUsed", 18, 7, 10, 0.05, true),
      new Numeric("fundingRounds", 2, 1.2, 30, 0.05, true),
      new Numeric("yearsInBusiness", 15, 9, 10, 0.0, true),
      new Numeric("marketingTouches", 10, 5, 0, 0.10, true),
      new Numeric("salesTouches", 6, 3, 0, 0.15, true),
      new Numeric("chatMessages", 2, 2, 0, 0.10, true),
      new Numeric("trialDays", 7, 5, 40, 0.10, true),
      new Numeric("trialLogins", 5, 4, 40, 0.30, true),
      new Numeric("featuresUsed", 6, 3, 40, 0.20, true),
      new Numeric("seatsRequested", 25, 15, 35, 0.15, true),
      new Numeric("supportTickets", 1, 1, 0, -0.05, true),
      new Numeric("npsResponse", 7, 2, 70, 0.10, false),
      new Numeric("referrals", 0.3, 0.5, 0, 0.20, true),
      new Numeric("socialFollows", 1, 1, 0, 0.0, true),
      new Numeric("adClicks", 3, 2, 0, -0.05, true),
      new Numeric("eventsAttended", 0.5, 0.6, 0, 0.10, true),
      new Numeric("competitorPageViews", 1, 1, 0, -0.20, true),
      new Numeric("productPageViews", 8, 4, 0, 0.15, true),
      new Numeric("caseStudyViews", 1, 1, 0, 0.10, true));

  private static final List<Categorical> CATEGORIES = List.of(
      new Categorical("industry",
          List.of("Software", "Financial services", "Manufacturing", "Retail", "Healthcare", "Education",
              "Government", "Media"),
          new double[] {0.6, 0.4, 0.1, 0.0, 0.2, -0.5, -0.3, -0.1}, 10),
      new Categorical("country",
          List.of("US", "GB", "DE", "FR", "NL", "SE", "IN", "BR", "JP", "AU"),
          new double[] {0.3, 0.2, 0.2, 0.1, 0.1, 0.1, -0.4, -0.3, 0.0, 0.1}, 5),
      new Categorical("leadSource",
          List.of("Organic search", "Paid search", "Referral", "Event", "Partner", "Outbound", "Social"),
          new double[] {0.1, -0.1, 0.8, 0.3, 0.4, -0.3, -0.4}, 0),
      new Categorical("seniority", List.of("C-level", "VP", "Director", "Manager", "Individual contributor"),
          new double[] {0.5, 0.5, 0.3, 0.0, -0.4}, 15),
      new Categorical("department", List.of("Sales", "Marketing", "Operations", "IT", "Finance", "Other"),
          new double[] {0.3, 0.3, 0.1, 0.0, -0.1, -0.3}, 10),
      new Categorical("ownership", List.of("Private", "Public", "Non-profit", "Government"),
          new double[] {0.1, 0.1, -0.3, -0.2}, 20),
      new Categorical("currentCrm", List.of("Spreadsheet", "Salesforce", "HubSpot", "Dynamics", "Other"),
          new double[] {0.4, -0.3, -0.2, 0.0, 0.1}, 30),
      new Categorical("productInterest", List.of("Sales", "Service", "Marketing", "Platform"),
          new double[] {0.2, 0.0, 0.1, 0.3}, 5),
      new Categorical("emailKind", List.of("Business", "Free mail", "Student"),
          new double[] {0.3, -0.6, -1.2}, 0),
      new Categorical("firstTouchChannel", List.of("Web", "E-mail", "Phone", "Chat", "Event"),
          new double[] {0.0, -0.1, 0.2, 0.1, 0.3}, 0));

  private SampleTrainingLeads() {}

  /**
   * Makes closed leads and the dataset of them.
   *
   * @param seed the seed of the random draws
   * @param leads how many leads, at least 1
   * @throws CrmValidationException field {@code leads}, rule {@code range}, for fewer than one
   */
  public static Dataset make(long seed, int leads) {
    if (leads < 1) {
      throw CrmValidationException.of("leads", "range", leads, "at least one lead");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<ClosedLead> closed = new ArrayList<>(leads);
    for (int i = 0; i < leads; i++) {
      LeadFacts.Builder facts = LeadFacts.builder();
      double logOdds = INTERCEPT;
      for (Numeric feature : NUMBERS) {
        double z = normal(random);
        if (chance(random, feature.percentMissing())) {
          continue;
        }
        double value = feature.mean() + feature.deviation() * z;
        facts.set(feature.name(), feature.count() ? Math.max(0, Math.round(value)) : value);
        logOdds += feature.weight() * z;
      }
      for (Categorical feature : CATEGORIES) {
        int level = random.nextInt(feature.levels().size());
        if (chance(random, feature.percentMissing())) {
          continue;
        }
        facts.set(feature.name(), feature.levels().get(level));
        logOdds += feature.weights()[level];
      }
      boolean won = random.nextDouble() < 1.0 / (1.0 + Math.exp(-logOdds));
      closed.add(new ClosedLead(facts.build(), Outcome.ofWon(won)));
    }
    return Dataset.of(closed);
  }

  /** A standard normal draw (Box-Muller), so that the leads do not depend on {@link java.util.Random}'s. */
  private static double normal(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * random.nextDouble());
  }

  private static boolean chance(SplittableRandom random, int percent) {
    return percent > 0 && random.nextInt(100) < percent;
  }
}
