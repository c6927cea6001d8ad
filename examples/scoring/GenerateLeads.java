import java.util.Locale;
import java.util.Random;

/**
 * Writes examples/scoring/leads.csv: made-up closed leads shaped like a web-form lead export, for
 * {@code crm score evaluate} and {@code crm score apply}. Run from the repository root (JDK 17+):
 *
 * <pre>
 * java examples/scoring/GenerateLeads.java 2024 400 > examples/scoring/leads.csv
 * </pre>
 *
 * <p>The same seed and size give the same file (java.util.Random and StrictMath are fully
 * specified). Each lead's outcome is drawn from a logistic model of its true values: referrals,
 * demo requests, senior roles, software companies, bigger companies and more time on the site
 * convert more; students, cold calls and free e-mail addresses less; the country is noise. Then
 * some values are hidden the way exports hide them: blank cells, "Select" (an untouched drop-down)
 * and "NA". The lead_id column is an identifier, to leave out with --exclude.
 */
public final class GenerateLeads {
  private static final String[] SOURCES = {"Referral", "Web form", "Trade show", "Paid search", "Cold call"};
  private static final double[] SOURCE_PUSH = {1.6, 0.3, 0.5, 0.0, -1.0};
  private static final String[] INDUSTRIES = {"Software", "Manufacturing", "Retail", "Healthcare", "Education"};
  private static final double[] INDUSTRY_PUSH = {0.6, 0.2, 0.0, 0.1, -0.6};
  private static final String[] LEVELS = {"C-level", "VP", "Director", "Manager", "Individual contributor", "Student"};
  private static final double[] LEVEL_PUSH = {0.9, 0.8, 0.5, 0.1, -0.3, -1.8};
  private static final String[] COUNTRIES = {"United States", "Germany", "United Kingdom", "India", "\"Korea, Republic of\""};

  private GenerateLeads() {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 2024;
    int leads = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder("lead_id,lead_source,industry,company_size,country,job_level,page_views,"
        + "minutes_on_site,demo_requested,email_type,converted\n");
    for (int i = 1; i <= leads; i++) {
      int source = random.nextInt(SOURCES.length);
      int industry = random.nextInt(INDUSTRIES.length);
      int size = (int) Math.max(1, Math.min(20_000, Math.round(StrictMath.exp(3.5 + 1.5 * random.nextGaussian()))));
      String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
      int level = random.nextInt(LEVELS.length);
      int pageViews = random.nextInt(4) + random.nextInt(8) + random.nextInt(16);
      double minutes = Math.round(StrictMath.abs(10 + 7 * random.nextGaussian()) * 10) / 10.0;
      boolean demo = random.nextInt(5) == 0;
      boolean freeEmail = random.nextInt(4) == 0;
      double logOdds = -2.6 + SOURCE_PUSH[source] + INDUSTRY_PUSH[industry] + LEVEL_PUSH[level]
          + 0.35 * (StrictMath.log10(size) - 2) + 0.06 * pageViews + 0.05 * (minutes - 10)
          + (demo ? 1.4 : 0.0) + (freeEmail ? -0.7 : 0.0);
      boolean converted = random.nextDouble() < 1 / (1 + StrictMath.exp(-logOdds));
      csv.append(String.format(Locale.ROOT, "L-%04d", i)).append(',')
          .append(hidden(random, SOURCES[source], 10, 3)).append(',')
          .append(hidden(random, INDUSTRIES[industry], 8, 0)).append(',')
          .append(hidden(random, Integer.toString(size), 0, 12)).append(',')
          .append(hidden(random, country, 5, 5)).append(',')
          .append(hidden(random, LEVELS[level], 7, 0)).append(',')
          .append(pageViews).append(',')
          .append(random.nextInt(100) < 6 ? "NA" : Double.toString(minutes)).append(',')
          .append(hidden(random, demo ? "Yes" : "No", 0, 2)).append(',')
          .append(freeEmail ? "free" : "business").append(',')
          .append(converted ? 1 : 0).append('\n');
    }
    System.out.print(csv);
  }

  /** The value, or "Select" in {@code selectPercent} of cases, or blank in {@code blankPercent}. */
  private static String hidden(Random random, String value, int selectPercent, int blankPercent) {
    int draw = random.nextInt(100);
    if (draw < selectPercent) {
      return "Select";
    }
    return draw < selectPercent + blankPercent ? "" : value;
  }
}
