package io.crmkit.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.crmkit.core.account.Account;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.event.ContactChanged;
import io.crmkit.core.event.ContactLifecycleStageChanged;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.OpportunityStageChanged;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.fixtures.TestAccounts;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Duplicates of stored records and of earlier rows: skipped by default, rejected with fail,
 * written over with update; each record type matched by its own keys.
 */
class DuplicatesTest {
  private final ImportBench bench = new ImportBench();

  private Contact storedAda() {
    return bench.crm.contacts().save(PeopleFixtures.aContact().jobTitle("Analyst")
        .addPhones(PhoneNumber.of("+441632960001")).build());
  }

  @Test
  void a_row_with_the_email_of_a_stored_contact_is_skipped_and_reported() {
    storedAda();

    ImportReport report = bench.importCsv(RecordType.CONTACTS,
        "first_name,email", "Ada,ADA@example.com", "Grace,grace@example.com");

    assertThat(report).extracting(ImportReport::created, ImportReport::skipped, ImportReport::status)
        .containsExactly(1, 1, ImportReport.Status.IMPORTED);
    assertThat(report.skippedRows()).singleElement().satisfies(s -> {
      assertThat(s.line()).isEqualTo(2);
      assertThat(s.reason()).isEqualTo("duplicate of Contact con-ada (email ada@example.com)");
    });
  }

  @Test
  void a_row_repeating_an_earlier_row_is_skipped_and_names_that_row() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS,
        "first_name,email,other_emails", "Ada,ada@example.com,", "Ada L.,a.l@example.com,ada@example.com");

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.skippedRows()).extracting(SkippedRow::line, SkippedRow::reason)
        .containsExactly(tuple(3, "repeats line 2 (email ada@example.com)"));
  }

  @Test
  void with_fail_a_duplicate_is_rejected_and_nothing_is_imported() {
    storedAda();

    ImportReport report = bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().onDuplicate(DuplicatePolicy.FAIL),
        "first_name,email", "Grace,grace@example.com", "Ada,ada@example.com");

    assertThat(report.status()).isEqualTo(ImportReport.Status.NOTHING_IMPORTED);
    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple(3, "email", "duplicate"));
    assertThat(report.rejections().get(0).reason()).contains("Contact con-ada");
  }

  @Test
  void with_fail_a_repeated_row_is_rejected_too() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().onDuplicate(DuplicatePolicy.FAIL),
        "id,first_name", "con-1,Ada", "con-1,Grace");

    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple(3, "id", "duplicate"));
  }

  @Test
  void with_update_the_file_s_columns_overwrite_and_the_others_stay() {
    Contact before = storedAda();

    ImportReport report = bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().onDuplicate(DuplicatePolicy.UPDATE),
        "email,job_title,lifecycle_stage", "ada@example.com,Head of Research,Customer");

    assertThat(report).extracting(ImportReport::updated, ImportReport::created).containsExactly(1, 0);
    Contact after = bench.crm.contacts().findById(before.id()).orElseThrow();
    assertThat(after.jobTitle()).contains("Head of Research");
    assertThat(after.lifecycleStage()).isEqualTo(LifecycleStage.CUSTOMER);
    assertThat(after.firstName()).isEqualTo(before.firstName());
    assertThat(after.phones()).isEqualTo(before.phones());
    assertThat(after.createdAt()).isEqualTo(before.createdAt());
    assertThat(after.updatedAt()).isEqualTo(ImportBench.NOW);
    assertThat(after.version()).isEqualTo(before.version() + 1);
  }

  /** Ada (con-ada) merged into a survivor, con-ada-2, which has her address too, as a merge leaves them. */
  private Contact adaMergedIntoASurvivor() {
    Contact survivor = bench.crm.contacts().save(PeopleFixtures.aContact().id(ContactId.of("con-ada-2"))
        .jobTitle("Analyst").build());
    bench.crm.contacts().save(PeopleFixtures.aContact().mergedInto(survivor.id()).build());
    return survivor;
  }

  @Test
  void a_row_with_the_email_of_a_merged_contact_duplicates_the_contact_it_was_merged_into() {
    adaMergedIntoASurvivor();

    ImportReport report = bench.importCsv(RecordType.CONTACTS, "first_name,email", "Ada,ada@example.com");

    assertThat(report.skippedRows()).singleElement().satisfies(s -> assertThat(s.reason())
        .isEqualTo("duplicate of Contact con-ada-2 (email ada@example.com of con-ada, merged into it)"));
  }

  @Test
  void with_update_a_row_with_the_email_of_a_merged_contact_updates_the_contact_it_was_merged_into() {
    Contact survivor = adaMergedIntoASurvivor();
    Contact merged = bench.crm.contacts().findById(ContactId.of("con-ada")).orElseThrow();

    ImportReport report = bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().onDuplicate(DuplicatePolicy.UPDATE),
        "email,job_title", "ada@example.com,Head of Research");

    assertThat(report).extracting(ImportReport::updated, ImportReport::created).containsExactly(1, 0);
    assertThat(bench.crm.contacts().findById(survivor.id()).orElseThrow().jobTitle()).contains("Head of Research");
    assertThat(bench.crm.contacts().findById(merged.id())).contains(merged);
  }

  @Test
  void with_update_a_row_naming_a_merged_contact_by_its_id_updates_that_contact() {
    adaMergedIntoASurvivor();

    bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().onDuplicate(DuplicatePolicy.UPDATE),
        "id,email,job_title", "con-ada,ada@example.com,Retired");

    assertThat(bench.crm.contacts().findById(ContactId.of("con-ada")).orElseThrow().jobTitle()).contains("Retired");
    assertThat(bench.crm.contacts().findById(ContactId.of("con-ada-2")).orElseThrow().jobTitle()).contains("Analyst");
  }

  @Test
  void with_update_a_blank_cell_clears_its_field() {
    Contact before = storedAda();

    bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().onDuplicate(DuplicatePolicy.UPDATE),
        "email,job_title,phone", "ada@example.com,,");

    Contact after = bench.crm.contacts().findById(before.id()).orElseThrow();
    assertThat(after.jobTitle()).isEmpty();
    assertThat(after.phones()).isEmpty();
  }

  @Test
  void an_update_is_announced_with_the_fields_it_changed_and_a_lifecycle_change() {
    Contact before = storedAda();

    bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().onDuplicate(DuplicatePolicy.UPDATE),
        "email,job_title,lifecycle_stage,other_emails", "ada@example.com,CTO,MQL,ada@lovelace.org");

    List<CrmEvent> events = bench.crm.eventHistory().eventsOf(before.id());
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isInstanceOfSatisfying(ContactChanged.class, changed -> {
      assertThat(changed.changedFields()).containsExactly("emails", "jobTitle", "lifecycleStage");
      assertThat(changed.aggregateVersion()).isEqualTo(2);
    });
    assertThat(events.get(1)).isInstanceOfSatisfying(ContactLifecycleStageChanged.class, change -> {
      assertThat(change.from()).isEqualTo(LifecycleStage.LEAD);
      assertThat(change.to()).isEqualTo(LifecycleStage.MQL);
    });
  }

  @Test
  void an_update_that_changes_nothing_is_counted_unchanged_and_saves_nothing() {
    Contact before = storedAda();
    byte[] export = ImportBench.export(RecordType.CONTACTS, List.of(before), ExportFormat.CSV);
    int saves = bench.saves();

    ImportReport report = bench.importBytes(RecordType.CONTACTS,
        ImportOptions.defaults().onDuplicate(DuplicatePolicy.UPDATE), export);

    assertThat(report).extracting(ImportReport::unchanged, ImportReport::updated).containsExactly(1, 0);
    assertThat(bench.saves()).isEqualTo(saves);
    assertThat(bench.crm.contacts().findById(before.id())).contains(before);
  }

  @Test
  void an_update_needs_only_the_columns_it_changes() {
    storedAda();

    ImportReport report = bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().onDuplicate(DuplicatePolicy.UPDATE),
        "id,job_title", "con-ada,Countess");

    assertThat(report.clean()).isTrue();
    assertThat(bench.crm.contacts().findById(ContactId.of("con-ada")).orElseThrow().jobTitle()).contains("Countess");
  }

  @Test
  void with_update_a_row_repeating_an_earlier_row_is_rejected_as_which_should_win_is_unknown() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().onDuplicate(DuplicatePolicy.UPDATE),
        "first_name,email", "Ada,ada@example.com", "Ada L.,ada@example.com");

    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::rule)
        .containsExactly(tuple(3, "duplicate"));
    assertThat(report.rejections().get(0).reason()).contains("repeats line 2");
  }

  @Test
  void an_account_duplicates_one_with_its_domain_however_written() {
    bench.crm.accounts().save(TestAccounts.anAccount("acc-acme").domain("acme.com").build());

    ImportReport report = bench.importCsv(RecordType.ACCOUNTS, "name,domain", "ACME Inc.,https://www.Acme.com/");

    assertThat(report.skippedRows()).extracting(SkippedRow::reason)
        .containsExactly("duplicate of Account acc-acme (domain acme.com)");
  }

  @Test
  void an_account_without_a_domain_duplicates_one_with_its_name() {
    bench.crm.accounts().save(TestAccounts.anAccount("acc-acme").domain("acme.com").build());

    ImportReport report = bench.importCsv(RecordType.ACCOUNTS, "name,domain", "  acme ,");

    assertThat(report.skippedRows()).extracting(SkippedRow::reason)
        .containsExactly("duplicate of Account acc-acme (name Acme)");
  }

  @Test
  void accounts_alike_in_name_but_not_in_domain_are_different_companies() {
    bench.crm.accounts().save(TestAccounts.anAccount("acc-acme").domain("acme.com").build());

    ImportReport report = bench.importCsv(RecordType.ACCOUNTS, "name,domain", "Acme,acme.de", "Acme,acme.fr");

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.skipped()).isZero();
    assertThat(bench.crm.accounts().findByName("Acme")).hasSize(3);
  }

  @Test
  void within_a_file_accounts_are_matched_by_domain_then_by_name_where_one_lacks_a_domain() {
    ImportReport report = bench.importCsv(RecordType.ACCOUNTS, "name,domain",
        "Acme,acme.com", "Acme Corp,acme.com", "Acme,", "Globex,", "Globex,globex.com");

    assertThat(report.skippedRows()).extracting(SkippedRow::line, SkippedRow::reason).containsExactly(
        tuple(3, "repeats line 2 (domain acme.com)"),
        tuple(4, "repeats line 2 (name acme)"),
        tuple(6, "repeats line 5 (name globex (without domain))"));
  }

  @Test
  void a_lead_duplicates_one_with_its_email() {
    bench.crm.leads().save(PeopleFixtures.aLead().build());

    ImportReport report = bench.importCsv(RecordType.LEADS, "email,lead_source", "Grace@Acme.com,Trade show");

    assertThat(report.skippedRows()).extracting(SkippedRow::reason)
        .containsExactly("duplicate of Lead lead-grace (email grace@acme.com)");
  }

  @Test
  void an_order_duplicates_one_with_its_number() {
    bench.importCsv(RecordType.ORDERS, "id,order_number,account_id,ordered_at,currency",
        "order-1,SO-1,acc-1,2026-01-05T09:00:00Z,EUR");

    ImportReport report = bench.importCsv(RecordType.ORDERS, "order_number,account_id,ordered_at,currency",
        " so-1 ,acc-1,2026-01-06T09:00:00Z,EUR");

    assertThat(report.skippedRows()).extracting(SkippedRow::reason)
        .containsExactly("duplicate of Order order-1 (order_number SO-1)");
  }

  @Test
  void opportunities_and_activities_are_matched_by_id_only() {
    String deal = "id,name,account_id,stage,amount,currency,expected_close_date,owner_id";
    bench.importCsv(RecordType.OPPORTUNITIES, deal, "opp-1,Acme deal,acc-1,Discovery,1000,EUR,2026-03-31,user-1");

    ImportReport sameName = bench.importCsv(RecordType.OPPORTUNITIES, deal,
        "opp-2,Acme deal,acc-1,Discovery,1000,EUR,2026-03-31,user-1");
    ImportReport sameId = bench.importCsv(RecordType.OPPORTUNITIES, deal,
        "opp-1,Other deal,acc-2,Proposal,5,EUR,2026-04-30,user-2");

    assertThat(sameName.created()).isEqualTo(1);
    assertThat(sameId.skipped()).isEqualTo(1);
  }

  @Test
  void an_opportunity_updated_into_another_stage_announces_the_stage_change() {
    String deal = "id,name,account_id,stage,amount,currency,expected_close_date,owner_id";
    bench.importCsv(RecordType.OPPORTUNITIES, deal, "opp-1,Acme deal,acc-1,Discovery,1000,EUR,2026-03-31,user-1");

    bench.importCsv(RecordType.OPPORTUNITIES, ImportOptions.defaults().onDuplicate(DuplicatePolicy.UPDATE),
        "id,stage,probability,forecast_category", "opp-1,proposal,,");

    assertThat(bench.crm.eventHistory().eventsOf(OpportunityId.of("opp-1")))
        .filteredOn(OpportunityStageChanged.class::isInstance).singleElement()
        .satisfies(e -> {
          OpportunityStageChanged change = (OpportunityStageChanged) e;
          assertThat(change.from()).isEqualTo(Stage.DISCOVERY);
          assertThat(change.to()).isEqualTo(Stage.PROPOSAL);
        });
    assertThat(bench.crm.opportunities().findById(OpportunityId.of("opp-1")).orElseThrow().probability())
        .isEqualTo(Stage.PROPOSAL.probability());
  }

  @Test
  void a_stored_account_is_found_again_after_an_update_by_name() {
    Account acme = bench.crm.accounts().save(TestAccounts.anAccount("acc-acme").build());

    bench.importCsv(RecordType.ACCOUNTS, ImportOptions.defaults().onDuplicate(DuplicatePolicy.UPDATE),
        "name,industry,size", "ACME,Software,250");

    Account after = bench.crm.accounts().findById(acme.id()).orElseThrow();
    assertThat(after.industry()).contains("Software");
    assertThat(after.size()).hasValue(250);
    assertThat(bench.crm.contacts().findByEmail(EmailAddress.of("nobody@example.com"))).isEmpty();
  }
}
