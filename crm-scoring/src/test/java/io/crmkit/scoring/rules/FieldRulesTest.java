package io.crmkit.scoring.rules;

import static io.crmkit.scoring.rules.RuleFixtures.AS_OF;
import static io.crmkit.scoring.rules.RuleFixtures.aBareLead;
import static io.crmkit.scoring.rules.RuleFixtures.pointsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.value.EmailAddress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules over a record's fields: each test, on crm-core's lead, on rows and on a schema of one's own. */
class FieldRulesTest {

  private static double points(Condition condition, Lead lead) {
    return pointsOf(condition, 10, lead, List.of());
  }

  @Test
  void equals_holds_for_the_same_text_in_any_case_and_spacing() {
    Lead lead = aBareLead().industry("Software").build();

    assertThat(points(Condition.equalTo("industry", " SOFTWARE "), lead)).isEqualTo(10);
    assertThat(points(Condition.equalTo("industry", "Soft ware"), lead)).isZero();
  }

  @Test
  void in_holds_when_one_of_the_texts_is_the_value() {
    Condition freeMail = Condition.in("emailDomain", "gmail.com", "Yahoo.com");

    assertThat(points(freeMail, aBareLead().email(EmailAddress.of("ann@yahoo.com")).build())).isEqualTo(10);
    assertThat(points(freeMail, aBareLead().email(EmailAddress.of("ann@acme.com")).build())).isZero();
  }

  @Test
  void contains_finds_a_text_anywhere_ignoring_case() {
    Condition student = Condition.contains("jobTitle", "student");

    assertThat(points(student, aBareLead().jobTitle("PhD Student").build())).isEqualTo(10);
    assertThat(points(student, aBareLead().jobTitle("Studio manager").build())).isZero();
  }

  @Test
  void matches_finds_the_expression_anywhere_ignoring_case() {
    Condition senior = Condition.matches("jobTitle", "\\b(vp|director)\\b");

    assertThat(points(senior, aBareLead().jobTitle("VP Sales").build())).isEqualTo(10);
    assertThat(points(senior, aBareLead().jobTitle("Regional Director, EMEA").build())).isEqualTo(10);
    assertThat(points(senior, aBareLead().jobTitle("MVP engineer").build())).isZero();
  }

  @Test
  void a_range_includes_both_bounds_and_an_open_bound_is_unbounded() {
    Condition midMarket = Condition.range("companySize", 50, 5000);

    assertThat(points(midMarket, aBareLead().companySize(50).build())).isEqualTo(10);
    assertThat(points(midMarket, aBareLead().companySize(5000).build())).isEqualTo(10);
    assertThat(points(midMarket, aBareLead().companySize(49).build())).isZero();
    assertThat(points(midMarket, aBareLead().companySize(5001).build())).isZero();
    assertThat(points(Condition.atLeast("companySize", 1000), aBareLead().companySize(250_000).build())).isEqualTo(10);
    assertThat(points(Condition.atMost("companySize", 10), aBareLead().companySize(0).build())).isEqualTo(10);
  }

  @Test
  void present_and_absent_are_each_others_opposite() {
    Lead titled = aBareLead().jobTitle("CTO").build();
    Lead untitled = aBareLead().build();

    assertThat(points(Condition.present("jobTitle"), titled)).isEqualTo(10);
    assertThat(points(Condition.present("jobTitle"), untitled)).isZero();
    assertThat(points(Condition.absent("jobTitle"), titled)).isZero();
    assertThat(points(Condition.absent("jobTitle"), untitled)).isEqualTo(10);
    assertThat(points(Condition.absent("companySize"), untitled)).isEqualTo(10);
  }

  @Test
  void an_absent_field_passes_no_text_test_and_no_range() {
    Lead untitled = aBareLead().build();

    assertThat(points(Condition.equalTo("jobTitle", "CTO"), untitled)).isZero();
    assertThat(points(Condition.contains("jobTitle", "C"), untitled)).isZero();
    assertThat(points(Condition.matches("jobTitle", ".*"), untitled)).isZero();
    assertThat(points(Condition.atLeast("companySize", 0), untitled)).isZero();
  }

  @Test
  void the_lead_schema_reads_source_status_domains_and_the_country_custom_field() {
    Lead lead = aBareLead()
        .leadSource("Trade show")
        .companyDomain("acme.com")
        .customFields(CustomFields.empty().with("country", new CustomFieldValue.Choice("DE")))
        .build();

    assertThat(points(Condition.equalTo("leadSource", "trade show"), lead)).isEqualTo(10);
    assertThat(points(Condition.equalTo("status", "new"), lead)).isEqualTo(10);
    assertThat(points(Condition.equalTo("companyDomain", "acme.com"), lead)).isEqualTo(10);
    assertThat(points(Condition.equalTo("emailDomain", "acme.com"), lead)).isEqualTo(10);
    assertThat(points(Condition.in("country", "DE", "AT", "CH"), lead)).isEqualTo(10);
    assertThat(points(Condition.present("country"), aBareLead().build())).isZero();
  }

  @Test
  void custom_fields_are_read_as_text_and_as_number() {
    Lead lead = aBareLead().customFields(CustomFields.empty()
            .with("region", new CustomFieldValue.Text("Northern Europe"))
            .with("seats", new CustomFieldValue.Number(new BigDecimal("250")))
            .with("partner", new CustomFieldValue.Flag(true))
            .with("renewal", new CustomFieldValue.Date(LocalDate.of(2026, 6, 30))))
        .build();

    assertThat(points(Condition.contains("custom.region", "europe"), lead)).isEqualTo(10);
    assertThat(points(Condition.range("custom.seats", 100, 500), lead)).isEqualTo(10);
    assertThat(points(Condition.equalTo("custom.seats", "250"), lead)).isEqualTo(10);
    assertThat(points(Condition.equalTo("custom.partner", "true"), lead)).isEqualTo(10);
    assertThat(points(Condition.matches("custom.renewal", "^2026-06"), lead)).isEqualTo(10);
    assertThat(points(Condition.atLeast("custom.region", 0), lead)).as("a text is no number").isZero();
    assertThat(points(Condition.present("custom.unknown"), lead)).isZero();
  }

  @Test
  void rows_of_a_file_are_read_column_by_column_as_text_or_number() {
    ScoringSchema<Map<String, String>> rows = ScoringSchemas.row(List.of("Title", "Employees", "Country"));
    Scorer<Map<String, String>> scorer = ScoringModel.builder("Rows")
        .group("Fit", Dimension.FIT, g -> g
            .rule("senior", Condition.contains("Title", "director"), 20)
            .rule("size", Condition.range("Employees", 100, 1000), 15)
            .rule("no-country", Condition.absent("Country"), -5))
        .build()
        .compile(rows);

    Score full = scorer.score(Map.of("Title", "Sales Director", "Employees", " 250 ", "Country", "FR"), AS_OF);
    Score sparse = scorer.score(Map.of("Title", "Director", "Employees", "about 300", "Country", "  "), AS_OF);

    assertThat(full.points()).isEqualTo(35);
    assertThat(sparse.points()).as("20 for the title, no number, -5 for the blank country").isEqualTo(15);
  }

  /** A record of one's own, with a field of several values. */
  record Company(Optional<String> industry, double employees, Set<String> technologies) {}

  @Test
  void a_schema_of_ones_own_reads_fields_of_several_values_and_numbers_as_doubles() {
    ScoringSchema<Company> schema = ScoringSchema.<Company>builder("Company")
        .text("industry", Company::industry)
        .number("employees", Company::employees)
        .texts("technologies", Company::technologies)
        .build();
    Scorer<Company> scorer = ScoringModel.builder("Accounts")
        .group("Fit", Dimension.FIT, g -> g
            .rule("crm", Condition.in("technologies", "Salesforce", "HubSpot"), 20)
            .rule("cloud", Condition.contains("technologies", "aws"), 5)
            .rule("big", Condition.atLeast("employees", 500), 10)
            .rule("tech-known", Condition.present("technologies"), 1))
        .build()
        .compile(schema);

    assertThat(scorer.score(new Company(Optional.empty(), 800, Set.of("hubspot", "AWS Lambda")), AS_OF).points())
        .isEqualTo(36);
    assertThat(scorer.score(new Company(Optional.empty(), Double.NaN, Set.of()), AS_OF).points()).isZero();
  }
}
