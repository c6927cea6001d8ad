package io.crmkit.scoring.account;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.scoring.rules.RuleFixtures.AS_OF;
import static io.crmkit.scoring.rules.RuleFixtures.daysAgo;
import static io.crmkit.scoring.rules.RuleFixtures.event;
import static io.crmkit.scoring.rules.RuleFixtures.pageView;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.AccountId;
import io.crmkit.scoring.rules.BehaviourEvent;
import io.crmkit.scoring.rules.Condition;
import io.crmkit.scoring.rules.Decay;
import io.crmkit.scoring.rules.Dimension;
import io.crmkit.scoring.rules.FieldKind;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.rules.ScoreExplanation;
import io.crmkit.scoring.rules.Scorer;
import io.crmkit.scoring.rules.ScoringModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Account scoring from signals: hiring, technology, size and engagement, explained like a lead's score. */
class AccountScoringTest {
  private static final AccountId ACME = AccountId.of("acc-acme");

  /** An ideal customer profile of a sales tool. */
  private static final ScoringModel ICP = ScoringModel.builder("Ideal customer profile")
      .group("Firmographics", Dimension.FIT, g -> g
          .rule("size", AccountScoring.employeesBetween(200, 5000), 20)
          .rule("tiny", Condition.atMost("employees", 10), -20)
          .rule("region", Condition.in("country", "DE", "AT", "CH"), 10))
      .group("Technographics", Dimension.FIT, g -> g.cap(20)
          .rule("crm", AccountScoring.uses("Salesforce", "HubSpot"), 15)
          .rule("warehouse", AccountScoring.uses("Snowflake", "BigQuery"), 10))
      .group("Intent", Dimension.ENGAGEMENT, g -> g.decay(Decay.halfLife(60))
          .rule("hiring-revops", AccountScoring.hiringFor("revenue operations", "sales ops"), 25)
          .rule("hiring-sales", AccountScoring.hiringFor("account executive").atLeast(3), 10)
          .rule("pricing", Condition.event(BehaviourEvent.PAGE_VIEW).detailContains("/pricing").atLeast(2), 15))
      .build();

  private static final Scorer<AccountSignals> SCORER = AccountScoring.compile(ICP);

  @Test
  void an_account_that_fits_and_hires_in_a_relevant_role_scores_on_both_dimensions() {
    AccountSignals acme = AccountSignals.of(ACME)
        .withEmployees(800).withCountry("de").withTechnologies("HubSpot", "Snowflake")
        .withOpening(JobOpening.of("Head of Revenue Operations", daysAgo(0)));

    ScoreExplanation why = SCORER.explain(acme, AS_OF);

    assertThat(why.score().fitPoints()).as("20 size + 10 region + 25 technology capped at 20").isEqualTo(50);
    assertThat(why.score().engagementPoints()).isEqualTo(25);
    assertThat(why.score().grade()).isEqualTo("A2");
    assertThat(why.contribution("hiring-revops").orElseThrow().events()).isEqualTo(1);
  }

  @Test
  void hiring_matches_the_title_or_the_department_ignoring_case() {
    AccountSignals byDepartment = AccountSignals.of(ACME)
        .withOpening(JobOpening.of("Analyst", "Revenue  Operations", daysAgo(1)));
    AccountSignals unrelated = AccountSignals.of(ACME).withOpening(JobOpening.of("Backend engineer", daysAgo(1)));

    assertThat(SCORER.explain(byDepartment, AS_OF).contribution("hiring-revops")).isPresent();
    assertThat(SCORER.explain(unrelated, AS_OF).contribution("hiring-revops")).isEmpty();
  }

  @Test
  void role_names_are_matched_literally_not_as_expressions() {
    Scorer<AccountSignals> scorer = AccountScoring.compile(ScoringModel.builder("Literal")
        .group("Intent", Dimension.ENGAGEMENT, g -> g.rule("cpp", AccountScoring.hiringFor("C++ (senior)"), 10))
        .build());

    assertThat(scorer.score(AccountSignals.of(ACME).withOpening(JobOpening.of("C++ (Senior) developer", daysAgo(1))),
        AS_OF).points()).isEqualTo(10);
    assertThat(scorer.score(AccountSignals.of(ACME).withOpening(JobOpening.of("CC senior developer", daysAgo(1))),
        AS_OF).points()).isZero();
  }

  @Test
  void intent_fades_with_the_age_of_the_opening_and_needs_the_count_of_openings_asked_for() {
    AccountSignals acme = AccountSignals.of(ACME)
        .withOpening(JobOpening.of("Account Executive", daysAgo(60)))
        .withOpening(JobOpening.of("Account Executive", daysAgo(60)))
        .withOpening(JobOpening.of("Sales ops manager", daysAgo(120)));

    Score score = SCORER.score(acme, AS_OF);

    assertThat(score.engagementPoints()).as("25 x 0.25 for the revops opening; two AE openings are not three")
        .isEqualTo(6.25);
  }

  @Test
  void engagement_events_of_the_accounts_people_count_alongside_openings() {
    AccountSignals acme = AccountSignals.of(ACME).withEngagement(List.of(
        pageView("https://acme.com/pricing", 1), pageView("https://acme.com/pricing", 2), event(BehaviourEvent.DEMO_REQUEST, 1)));

    assertThat(SCORER.explain(acme, AS_OF).contribution("pricing")).isPresent();
    assertThat(acme.events()).hasSize(3);
  }

  @Test
  void a_very_small_account_loses_points_and_nothing_known_scores_zero() {
    assertThat(SCORER.score(AccountSignals.of(ACME).withEmployees(4), AS_OF).points()).isZero();
    assertThat(SCORER.explain(AccountSignals.of(ACME).withEmployees(4), AS_OF).unboundedPoints()).isEqualTo(-20);
    assertThat(SCORER.score(AccountSignals.of(ACME), AS_OF).points()).isZero();
  }

  @Test
  void the_schema_lists_the_signals_it_reads() {
    assertThat(AccountScoring.schema().fields())
        .containsEntry("industry", FieldKind.TEXT)
        .containsEntry("employees", FieldKind.NUMBER)
        .containsEntry("openings", FieldKind.NUMBER)
        .containsEntry("technologies", FieldKind.TEXTS)
        .containsEntry("country", FieldKind.TEXT);
  }

  @Test
  void signals_are_normalised() {
    AccountSignals signals = AccountSignals.of(ACME)
        .withIndustry("  Financial   services ")
        .withCountry(" ch ")
        .withTechnologies("HubSpot", " hubspot ", "AWS");

    assertThat(signals.industry()).contains("Financial services");
    assertThat(signals.country()).contains("CH");
    assertThat(signals.technologies()).containsExactly("AWS", "HubSpot");
    assertThat(JobOpening.of(" Head of  Sales ", daysAgo(0)).describe()).isEqualTo("Head of Sales");
  }

  @Test
  void bad_signals_are_refused_by_name() {
    assertRejected("accountSignals.employees", "range", () -> AccountSignals.of(ACME).withEmployees(-1));
    assertRejected("accountSignals.technologies[0]", "required", () -> AccountSignals.of(ACME).withTechnologies(" "));
    assertRejected("accountSignals.accountId", "required", () -> AccountSignals.of(null));
    assertRejected("accountSignals.industry", "required", () -> AccountSignals.of(ACME).withIndustry("\t"));
    assertRejected("jobOpening.title", "required", () -> JobOpening.of("", daysAgo(0)));
    assertRejected("jobOpening.department", "required", () -> JobOpening.of("Analyst", " ", daysAgo(0)));
    assertRejected("jobOpening.postedAt", "required", () -> JobOpening.of("Analyst", null));
    assertRejected("roles", "required", () -> AccountScoring.hiringFor());
    assertRejected("roles[1]", "required", () -> AccountScoring.hiringFor("sales", " "));
    assertRejected("model", "required", () -> AccountScoring.compile(null));
  }
}
