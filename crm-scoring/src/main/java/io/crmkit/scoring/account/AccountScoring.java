package io.crmkit.scoring.account;

import io.crmkit.scoring.internal.Texts;
import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.rules.Condition;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringSchema;
import io.crmkit.scoring.rules.Scorer;

/**
 * Account scoring from signals: fit (industry, size, country, technologies used) and intent (hiring
 * in a relevant role, engagement of the account's people), with the rule engine of
 * {@code io.crmkit.scoring.rules} (caps, decay, grades and explanations included).
 *
 * <pre>{@code
 * ScoringModel icp = ScoringModel.builder("Ideal customer profile")
 *     .group("Firmographics", Dimension.FIT, g -> g
 *         .rule("size", AccountScoring.employeesBetween(200, 5000), 20)
 *         .rule("crm", AccountScoring.uses("Salesforce", "HubSpot"), 15))
 *     .group("Intent", Dimension.ENGAGEMENT, g -> g.decay(Decay.halfLife(60))
 *         .rule("hiring-revops", AccountScoring.hiringFor("revenue operations", "sales operations"), 25))
 *     .build();
 * Scorer<AccountSignals> scorer = AccountScoring.compile(icp);
 * Score score = scorer.score(signals, asOf);
 * }</pre>
 */
public final class AccountScoring {
  /** The behaviour event type of a job opening. */
  public static final String JOB_OPENING = "job opening";

  private static final ScoringSchema<AccountSignals> SCHEMA = ScoringSchema.<AccountSignals>builder("Account")
      .text("industry", AccountSignals::industry)
      .optionalInteger("employees", AccountSignals::employees)
      .text("country", AccountSignals::country)
      .texts("technologies", AccountSignals::technologies)
      .number("openings", signals -> signals.openings().size())
      .events(AccountSignals::events)
      .build();

  private AccountScoring() {}

  /**
   * The schema of account signals: text fields {@code industry} and {@code country}, number fields
   * {@code employees} and {@code openings} (how many jobs it advertises), the texts field
   * {@code technologies}, and as behaviour events the openings ({@value #JOB_OPENING}) and the
   * engagement events.
   */
  public static ScoringSchema<AccountSignals> schema() {
    return SCHEMA;
  }

  /** Compiles a model for account signals. */
  public static Scorer<AccountSignals> compile(ScoringModel model) {
    return CrmValidationException.required("model", model).compile(SCHEMA);
  }

  /** The account advertises a job whose title or department contains one of {@code roles}, ignoring case. */
  public static Condition.Behaviour hiringFor(String... roles) {
    CrmValidationException.required("roles", roles);
    if (roles.length == 0) {
      throw CrmValidationException.of("roles", "required", "[]", "name at least one role");
    }
    StringBuilder pattern = new StringBuilder();
    for (int i = 0; i < roles.length; i++) {
      String role = Texts.required("roles[" + i + "]", roles[i]);
      pattern.append(i == 0 ? "" : "|").append(quoted(role));
    }
    return Condition.event(JOB_OPENING).detailMatches(pattern.toString());
  }

  /** The account uses one of the technologies, ignoring case. */
  public static Condition uses(String... technologies) {
    return Condition.in("technologies", technologies);
  }

  /** The account has from {@code min} to {@code max} employees. */
  public static Condition employeesBetween(int min, int max) {
    return Condition.range("employees", min, max);
  }

  /** The account has {@code min} employees or more. */
  public static Condition employeesAtLeast(int min) {
    return Condition.atLeast("employees", min);
  }

  /** A text matched literally inside a regular expression: every character not a letter, digit or space escaped. */
  private static String quoted(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != ' ') {
        quoted.append('\\');
      }
      quoted.append(c);
    }
    return quoted.toString();
  }
}
