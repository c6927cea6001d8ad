package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Whatever the seed and size, a sample file is made the same way twice and every row has its own address. */
class SampleContactsProperties {

  @Property(tries = 50)
  void a_sample_file_depends_only_on_its_seed_and_sizes(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int accounts, @ForAll @IntRange(max = 300) int rows) {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();

    SampleContacts.Written written = new SampleContacts(seed, accounts).writeContacts(first, rows);
    new SampleContacts(seed, accounts).writeContacts(second, rows);

    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    List<List<String>> lines = first.toString(StandardCharsets.UTF_8).lines().skip(1)
        .map(PlainContactTable::fields).toList();
    assertThat(lines).hasSize(rows).allSatisfy(row -> assertThat(row).hasSize(6));
    assertThat(written.contacts()).isEqualTo(rows);
    assertThat(lines.stream().map(row -> row.get(3)).distinct().count()).isEqualTo(rows);
    assertThat(new SampleContacts(seed, accounts).accountDomains()).hasSize(accounts).doesNotHaveDuplicates();
  }
}
