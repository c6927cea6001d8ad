package io.crmkit.examples.csv;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small parts of the import API: record types by name, limits, options. */
class ImportApiTest {

  @Test
  void a_record_type_is_found_by_its_name_in_any_case() {
    assertThat(RecordType.named(" Contacts ")).isSameAs(RecordType.CONTACTS);
    assertThat(RecordType.all()).extracting(RecordType::name)
        .containsExactly("contacts", "accounts", "leads", "opportunities", "orders", "activities");
  }

  @Test
  void a_name_of_no_record_type_is_refused_naming_them_all() {
    var refusal = assertRejected(() -> RecordType.named("people"), "type", "oneOf");

    assertThat(refusal.getMessage()).contains("contacts, accounts, leads, opportunities, orders, activities");
  }

  @Test
  void every_record_type_starts_with_its_id_and_ends_with_its_timestamps() {
    for (RecordType<?> type : RecordType.all()) {
      List<String> columns = type.columns();
      assertThat(columns.get(0)).isEqualTo("id");
      assertThat(columns.subList(columns.size() - 2, columns.size())).containsExactly("created_at", "updated_at");
      assertThat(columns).doesNotHaveDuplicates().allMatch(c -> c.equals(ColumnMapping.key(c)));
      assertThat(type.requiredColumns()).allSatisfy(set -> assertThat(columns).containsAll(set));
      assertThat(columns).containsAll(type.importOnlyColumns());
    }
  }

  @Test
  void only_contacts_have_import_only_columns() {
    assertThat(RecordType.CONTACTS.importOnlyColumns())
        .isEqualTo(Set.of("account_id", "account_domain", "account_role"));
    assertThat(RecordType.all()).filteredOn(t -> t != RecordType.CONTACTS)
        .allSatisfy(t -> assertThat(t.importOnlyColumns()).isEmpty());
  }

  @Test
  void an_export_writes_import_only_columns_blank() {
    var ada = io.crmkit.core.fixtures.PeopleFixtures.aContact()
        .addAccountLinks(io.crmkit.core.contact.AccountLink.primary(io.crmkit.core.fixtures.PeopleFixtures.ACME,
            io.crmkit.core.contact.ContactRole.USER)).build();

    var cells = RecordType.CONTACTS.cellsOf(ada);

    assertThat(cells).containsEntry("account_id", "").containsEntry("account_domain", "")
        .containsEntry("account_role", "");
    assertThat(cells.get("account_links")).contains("acc-acme");
  }

  @Test
  void limits_are_at_least_one() {
    assertRejected(() -> new CsvLimits(0, 1, 1), "limits.maxFieldLength", "range");
    assertRejected(() -> new CsvLimits(1, 0, 1), "limits.maxRows", "range");
    assertRejected(() -> new CsvLimits(1, 1, 0), "limits.maxColumns", "range");
  }

  @Test
  void the_default_options_skip_duplicates_and_save_all_or_nothing() {
    ImportOptions defaults = ImportOptions.defaults();

    assertThat(defaults.onDuplicate()).isEqualTo(DuplicatePolicy.SKIP);
    assertThat(defaults.partial()).isFalse();
    assertThat(defaults.dryRun()).isFalse();
    assertThat(defaults.ignoreUnknownColumns()).isFalse();
    assertThat(defaults.limits()).isEqualTo(CsvLimits.DEFAULT);
  }

  @Test
  void a_problem_reads_as_line_field_rule_and_reason() {
    assertThat(new ImportProblem(7, "email", "invalid", "not an address")).hasToString(
        "line 7, email: invalid: not an address");
    assertThat(new SkippedRow(3, "repeats line 2 (id con-1)")).hasToString("line 3: repeats line 2 (id con-1)");
  }
}
