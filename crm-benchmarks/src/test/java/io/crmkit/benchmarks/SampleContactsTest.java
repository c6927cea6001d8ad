package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's sample files: the same for the same seed, realistic, and readable by a plain CSV reader. */
class SampleContactsTest {

  private static String contacts(long seed, int rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SampleContacts(seed, 25).writeContacts(out, rows);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String accounts(long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SampleContacts(seed, 25).writeAccounts(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_same_seed_makes_the_same_files_and_another_seed_others() {
    assertThat(contacts(7, 500)).isEqualTo(contacts(7, 500)).isNotEqualTo(contacts(8, 500));
    assertThat(accounts(7)).isEqualTo(accounts(7)).isNotEqualTo(accounts(8));
  }

  @Test
  void a_longer_file_begins_with_the_shorter_one() {
    assertThat(contacts(7, 1_000)).startsWith(contacts(7, 100));
  }

  @Test
  void the_contacts_file_has_the_header_and_one_line_per_contact_with_a_third_at_an_account() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    SampleContacts.Written written = new SampleContacts(7, 25).writeContacts(out, 10_000);

    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(10_001);
    assertThat(lines.get(0)).isEqualTo("first_name,last_name,job_title,email,phone,account_domain");
    assertThat(written.contacts()).isEqualTo(10_000);
    assertThat(written.withAccount()).isBetween(3_000, 4_000)
        .isEqualTo((int) lines.stream().skip(1).filter(line -> !PlainContactTable.fields(line).get(5).isEmpty())
            .count());
  }

  @Test
  void every_contact_has_its_own_email_address_at_its_account_or_a_mail_provider() {
    List<List<String>> rows = contacts(7, 5_000).lines().skip(1).map(PlainContactTable::fields).toList();
    List<String> domains = new SampleContacts(7, 25).accountDomains();

    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(6));
    assertThat(rows.stream().map(row -> row.get(3)).distinct().count()).isEqualTo(5_000);
    assertThat(rows).allSatisfy(row -> {
      String domain = row.get(3).substring(row.get(3).indexOf('@') + 1);
      if (row.get(5).isEmpty()) {
        assertThat(domains).doesNotContain(domain);
      } else {
        assertThat(domain).isEqualTo(row.get(5));
        assertThat(domains).contains(domain);
      }
    });
  }

  @Test
  void job_titles_with_a_comma_are_quoted_and_read_back_whole() {
    String file = contacts(7, 2_000);

    assertThat(file).contains("\"Director, Customer Success\"");
    assertThat(file.lines().skip(1).map(PlainContactTable::fields).map(row -> row.get(2)))
        .contains("Director, Customer Success", "Director, Finance and Operations", "");
  }

  @Test
  void the_accounts_file_names_each_account_once_by_its_domain() {
    List<String> lines = accounts(7).lines().toList();

    assertThat(lines.get(0)).isEqualTo("name,domain,industry,size");
    assertThat(lines).hasSize(26);
    assertThat(lines.stream().skip(1).map(PlainContactTable::fields).map(row -> row.get(1)))
        .containsExactlyElementsOf(new SampleContacts(7, 25).accountDomains())
        .doesNotHaveDuplicates();
  }

  @Test
  void a_number_of_accounts_or_rows_out_of_range_is_refused() {
    assertThatThrownBy(() -> new SampleContacts(7, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SampleContacts(7, SampleContacts.MAX_ACCOUNTS + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SampleContacts(7, 1).writeContacts(new ByteArrayOutputStream(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
