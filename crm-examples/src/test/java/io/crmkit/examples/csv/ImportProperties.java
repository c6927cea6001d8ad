package io.crmkit.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.fixtures.PeopleFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** What holds for any file: no exception, never half an import; partial and dry runs keep to their word. */
class ImportProperties {

  @Property(tries = 300)
  void any_file_is_reported_without_an_exception_and_is_imported_whole_or_not_at_all(
      @ForAll("types") RecordType<?> type, @ForAll("bodies") byte[] body, @ForAll ExportFormat format) {
    ImportBench bench = new ImportBench();
    byte[] header = format == ExportFormat.CSV
        ? (String.join(",", type.columns()) + "\n").getBytes(StandardCharsets.UTF_8) : new byte[0];
    byte[] file = new byte[header.length + body.length];
    System.arraycopy(header, 0, file, 0, header.length);
    System.arraycopy(body, 0, file, header.length, body.length);

    ImportReport report = bench.importer.importFrom(type, format, new java.io.ByteArrayInputStream(file),
        ImportOptions.defaults());

    assertThat(report.rejections()).noneMatch(p -> p.rule().equals("unexpected"));
    if (report.clean()) {
      assertThat(bench.saves()).isEqualTo(report.created() + report.updated());
    } else {
      assertThat(bench.untouched()).isTrue();
    }
  }

  @Property(tries = 100)
  void partial_saves_exactly_the_good_rows_and_rejects_exactly_the_bad_ones(
      @ForAll("contacts") List<Contact> contacts, @ForAll @Size(max = 8) Set<@IntRange(max = 7) Integer> spoilt)
      throws IOException {
    ImportBench bench = new ImportBench();
    List<String> columns = new ArrayList<>(RecordType.CONTACTS.columns());
    columns.add("cf.tier");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    RecordExporter.writeCsvRow(writer, columns);
    Set<Integer> badLines = new TreeSet<>();
    for (int i = 0; i < contacts.size(); i++) {
      Map<String, String> cells = RecordType.CONTACTS.cellsOf(contacts.get(i));
      List<String> row = new ArrayList<>();
      for (String column : columns) {
        row.add(spoilt.contains(i) && column.equals("created_at") ? "yesterday" : cells.getOrDefault(column, ""));
      }
      if (spoilt.contains(i)) {
        badLines.add(i + 2);
      }
      RecordExporter.writeCsvRow(writer, row);
    }
    writer.flush();

    ImportReport report = bench.importBytes(RecordType.CONTACTS, ImportOptions.defaults().asPartial(),
        bytes.toByteArray());

    assertThat(report.rejections()).extracting(ImportProblem::line).containsExactlyElementsOf(badLines);
    for (int i = 0; i < contacts.size(); i++) {
      Contact contact = contacts.get(i);
      if (spoilt.contains(i)) {
        assertThat(bench.crm.contacts().findById(contact.id())).isEmpty();
      } else {
        assertThat(bench.crm.contacts().findById(contact.id())).contains(contact.withVersion(1));
      }
    }
    assertThat(bench.saves()).isEqualTo(contacts.size() - badLines.size());
  }

  @Property(tries = 100)
  void a_dry_run_saves_nothing_and_counts_what_an_import_would_create(@ForAll("contacts") List<Contact> contacts) {
    ImportBench bench = new ImportBench();

    ImportReport report = bench.importBytes(RecordType.CONTACTS, ImportOptions.defaults().asDryRun(),
        ImportBench.export(RecordType.CONTACTS, contacts, ExportFormat.CSV));

    assertThat(report.status()).isEqualTo(ImportReport.Status.DRY_RUN);
    assertThat(report.created()).isEqualTo(contacts.size());
    assertThat(bench.untouched()).isTrue();
  }

  @Provide
  Arbitrary<RecordType<?>> types() {
    return Arbitraries.of(RecordType.all());
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    Arbitrary<String> texts = Arbitraries.oneOf(
        Arbitraries.of(",", "\"", "\n", "\r\n", "{", "}", "[", "]", ":", "null", "\"id\"", "x", "2026-01-05T09:00:00Z",
            "ada@example.com", "EUR", "Discovery", "acc-1", "CALL", "\u00e9", "\\", ";"),
        Arbitraries.strings().ofMaxLength(5));
    Arbitrary<byte[]> text = texts.list().ofMaxSize(60).map(parts -> String.join("", parts)
        .getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, text), net.jqwik.api.Tuple.of(1, raw));
  }

  @Provide
  Arbitrary<List<Contact>> contacts() {
    return PeopleFixtures.contacts().list().ofMaxSize(8).uniqueElements(Contact::id)
        .filter(list -> list.stream().flatMap(c -> c.emails().stream()).distinct().count()
            == list.stream().mapToLong(c -> c.emails().size()).sum());
  }
}
