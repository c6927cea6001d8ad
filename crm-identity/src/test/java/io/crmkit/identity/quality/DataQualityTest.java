package io.crmkit.identity.quality;

import static io.crmkit.core.fixtures.PeopleFixtures.aContact;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.PostalAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The data-quality report as a data steward reads it: completion, bad values, duplicates. */
class DataQualityTest {
  /** Today, for the reports: 22 November 2026. */
  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

  private final DataQuality quality = new DataQuality(QualityRules.defaults(), TODAY);

  private static DataRecord row(String id, String... fieldsAndValues) {
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return DataRecord.of(id, fields);
  }

  private QualityReport reportOn(DataRecord... records) {
    return quality.report(List.of(records), List.of());
  }

  private List<ValueIssue> issuesOf(String field, String value, String... more) {
    String[] fields = new String[more.length + 2];
    fields[0] = field;
    fields[1] = value;
    System.arraycopy(more, 0, fields, 2, more.length);
    return reportOn(row("r1", fields)).issues();
  }

  // ----------------------------------------------------------------------------- completion

  @Test
  void completion_is_the_share_of_records_filling_a_field_and_the_80_percent_bar_is_flagged() {
    QualityReport report = reportOn(
        row("r1", "name", "Ada", "city", "London"),
        row("r2", "name", "Grace", "city", " "),
        row("r3", "name", "Alan", "city", "Wilmslow"),
        row("r4", "name", "Edsger"),
        row("r5", "name", "Barbara", "city", "Boston"));

    FieldQuality name = report.field("name").orElseThrow();
    FieldQuality city = report.field("city").orElseThrow();
    assertThat(name.filled()).isEqualTo(5);
    assertThat(name.completionRate()).isEqualTo(1.0);
    assertThat(city.filled()).isEqualTo(3);
    assertThat(city.completionRate()).isEqualTo(0.6);
    assertThat(report.fieldsBelowBar()).extracting(FieldQuality::field).contains("city").doesNotContain("name");
  }

  @Test
  void a_field_filled_in_exactly_80_percent_of_records_meets_the_bar() {
    QualityReport report = reportOn(row("r1", "city", "a"), row("r2", "city", "b"), row("r3", "city", "c"),
        row("r4", "city", "d"), row("r5"));

    assertThat(report.field("city").orElseThrow().meetsCompletionBar()).isTrue();
  }

  @Test
  void fields_the_rules_check_are_reported_even_when_no_record_has_them() {
    QualityReport report = reportOn(row("r1", "name", "Ada"));

    assertThat(report.field("birthDate").orElseThrow().filled()).isZero();
    assertThat(report.fields()).extracting(FieldQuality::field).containsExactly("birthDate", "email", "name", "phone");
  }

  @Test
  void a_report_over_no_record_has_no_completion_and_no_duplicates() {
    QualityReport report = reportOn();

    assertThat(report.records()).isZero();
    assertThat(report.fields()).allSatisfy(f -> {
      assertThat(f.completionRate()).isZero();
      assertThat(f.meetsCompletionBar()).isFalse();
    });
    assertThat(report.duplicates()).isEqualTo(DuplicateSummary.none());
  }

  // ------------------------------------------------------------------------------- e-mails

  @Test
  void placeholder_e_mail_addresses_are_suspicious() {
    for (String placeholder : List.of("test@test.com", "noreply@acme.com", "No-Reply@acme.com",
        "grace@example.com", "grace@mail.example.org", "grace@acme.test")) {
      assertThat(issuesOf("email", placeholder)).as(placeholder).singleElement().satisfies(i -> {
        assertThat(i.severity()).isEqualTo(Severity.SUSPICIOUS);
        assertThat(i.rule()).isEqualTo("placeholder");
      });
    }
  }

  @Test
  void a_real_looking_e_mail_address_is_fine_and_a_malformed_one_invalid() {
    assertThat(issuesOf("email", "grace.hopper@acme.com")).isEmpty();
    assertThat(issuesOf("email", "grace.hopper@")).singleElement()
        .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.INVALID));
  }

  @Test
  void every_value_of_a_field_is_checked() {
    Contact contact = aContact().addEmail(EmailAddress.of("noreply@acme.com")).build();

    QualityReport report = quality.reportOnContacts(List.of(contact), List.of());

    assertThat(report.issues()).extracting(ValueIssue::value).containsExactly("ada@example.com", "noreply@acme.com");
  }

  // ---------------------------------------------------------------------------- birth dates

  @Test
  void a_birth_date_in_the_future_or_over_120_years_ago_is_invalid() {
    assertThat(issuesOf("birthDate", "2027-01-01")).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.INVALID);
      assertThat(i.rule()).isEqualTo("future");
    });
    assertThat(issuesOf("birthDate", "1890-05-17")).singleElement()
        .satisfies(i -> assertThat(i.rule()).isEqualTo("tooOld"));
    assertThat(issuesOf("birthDate", "17/05/1990")).singleElement()
        .satisfies(i -> assertThat(i.rule()).isEqualTo("date"));
  }

  @Test
  void a_placeholder_birth_date_is_suspicious_and_a_plausible_one_fine() {
    assertThat(issuesOf("birthDate", "1970-01-01")).singleElement()
        .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.SUSPICIOUS));
    assertThat(issuesOf("birthDate", "1815-12-10")).singleElement()
        .satisfies(i -> assertThat(i.rule()).isEqualTo("tooOld"));
    assertThat(issuesOf("birthDate", "1985-06-30")).isEmpty();
    assertThat(issuesOf("birthDate", "2026-11-22")).isEmpty();
  }

  // -------------------------------------------------------------------------------- phones

  @Test
  void a_phone_number_is_read_in_the_record_s_region() {
    assertThat(issuesOf("phone", "020 7031 3000", "country", "GB")).isEmpty();
    assertThat(issuesOf("phone", "020 7031 3000", "country", "US")).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.INVALID);
      assertThat(i.detail()).isEqualTo("not a valid number for region US");
    });
  }

  @Test
  void without_a_region_only_international_numbers_parse() {
    assertThat(issuesOf("phone", "+44 20 7031 3000")).isEmpty();
    assertThat(issuesOf("phone", "020 7031 3000")).singleElement()
        .satisfies(i -> assertThat(i.detail()).isEqualTo("not a phone number in region ZZ (no country code)"));
  }

  @Test
  void a_default_region_of_your_own_reads_national_numbers() {
    DataQuality german = new DataQuality(QualityRules.defaults()
        .with("phone", new ValueCheck.PhoneCheck(Optional.empty(), "de")), TODAY);

    assertThat(german.report(List.of(row("r1", "phone", "030 901820")), List.of()).issues()).isEmpty();
  }

  @Test
  void a_made_up_number_is_suspicious() {
    assertThat(issuesOf("phone", "+1 212 345 6789")).isEmpty();
    assertThat(issuesOf("phone", "07777 777777", "country", "GB")).singleElement()
        .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.SUSPICIOUS));
  }

  // ---------------------------------------------------------------------------- duplicates

  @Test
  void duplicates_are_the_records_merging_would_remove() {
    List<DataRecord> records = List.of(row("r1"), row("r2"), row("r3"), row("r4"), row("r5"), row("r6"));

    QualityReport report = quality.report(records, List.of(List.of("r1", "r2", "r3"), List.of("r4", "r5"), List.of("r6")));

    assertThat(report.duplicates()).isEqualTo(new DuplicateSummary(2, 5, 3, 0.5));
  }

  @Test
  void a_cluster_naming_an_unknown_record_or_a_record_in_two_clusters_is_rejected() {
    List<DataRecord> records = List.of(row("r1"), row("r2"), row("r3"));

    assertRejected("quality.duplicates", "unknown", () -> quality.report(records, List.of(List.of("r1", "r9"))));
    assertRejected("quality.duplicates", "overlap",
        () -> quality.report(records, List.of(List.of("r1", "r2"), List.of("r2", "r3"))));
    assertRejected("quality.records", "duplicate", () -> quality.report(List.of(row("r1"), row("r1")), List.of()));
  }

  // ------------------------------------------------------------------------------ contacts

  @Test
  void contacts_are_reported_by_their_fields_and_clusters_of_contact_ids() {
    Contact ada = aContact().addPhone(PhoneNumber.of("+44 20 7031 3000"))
        .addPostalAddress(PostalAddress.builder().addLine("12 St James's Square").country("GB").build()).build();
    Contact twin = aContact().id(ContactId.of("con-ada-2")).jobTitle("Analyst")
        .emails(List.of(EmailAddress.of("test@test.com"))).build();
    Contact grace = aContact().id(ContactId.of("con-grace")).firstName("Grace").lastName("Hopper")
        .emails(List.of(EmailAddress.of("grace@navy.mil"))).build();

    QualityReport report = quality.reportOnContacts(List.of(ada, twin, grace),
        List.of(List.of(ada.id(), twin.id())));

    assertThat(report.field("jobTitle").orElseThrow().filled()).isEqualTo(1);
    assertThat(report.field("phone").orElseThrow().completionRate()).isEqualTo(1.0 / 3);
    assertThat(report.field("email").orElseThrow().meetsCompletionBar()).isTrue();
    assertThat(report.issues()).extracting(ValueIssue::recordId, ValueIssue::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("con-ada", "ada@example.com"),
            org.assertj.core.groups.Tuple.tuple("con-ada-2", "test@test.com"));
    assertThat(report.duplicates().duplicates()).isEqualTo(1);
  }

  // ---------------------------------------------------------------------------- rules as data

  @Test
  void rules_reject_a_completion_bar_outside_0_to_1_and_a_bad_region() {
    assertRejected("qualityRules.completionBar", "range", () -> QualityRules.defaults().withCompletionBar(1.5));
    assertRejected("phoneCheck.defaultRegion", "iso3166", () -> new ValueCheck.PhoneCheck(Optional.empty(), "GBR"));
    assertRejected("birthDateCheck.maxAgeYears", "range", () -> new ValueCheck.BirthDateCheck(0, java.util.Set.of()));
  }

  @Test
  void a_stricter_bar_flags_more_fields() {
    DataQuality strict = new DataQuality(QualityRules.defaults().withCompletionBar(1.0), TODAY);
    List<DataRecord> records = List.of(row("r1", "city", "a"), row("r2", "city", "b"), row("r3", "city", "c"),
        row("r4", "city", "d"), row("r5"));

    assertThat(strict.report(records, List.of()).field("city").orElseThrow().meetsCompletionBar()).isFalse();
    assertThat(LocalDate.now(TODAY)).isEqualTo(LocalDate.of(2026, 11, 22));
  }
}
