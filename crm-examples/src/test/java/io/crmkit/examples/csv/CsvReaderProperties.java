package io.crmkit.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the reader promises for any input: it reads back what the writer wrote, and never throws. */
class CsvReaderProperties {

  @Property
  void what_the_exporter_writes_the_reader_reads_back_field_for_field(@ForAll("rows") List<List<String>> rows)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    for (List<String> row : rows) {
      RecordExporter.writeCsvRow(writer, row);
    }
    writer.flush();

    List<CsvRecord> read = CsvReaderTest.read(bytes.toByteArray(), 1_000, 50);

    assertThat(read).extracting(CsvRecord::fields).isEqualTo(rows);
    assertThat(read).allSatisfy(r -> assertThat(r.problems()).isEmpty());
  }

  @Property
  void any_bytes_are_read_without_an_exception_and_every_record_keeps_to_the_limits(
      @ForAll("bytes") byte[] bytes) {
    List<CsvRecord> records = CsvReaderTest.read(bytes, 20, 5);

    assertThat(records).allSatisfy(r -> {
      assertThat(r.fields()).hasSizeLessThanOrEqualTo(6);
      assertThat(r.fields()).allSatisfy(f -> assertThat(f).hasSizeLessThanOrEqualTo(20));
      assertThat(r.line()).isPositive();
    });
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    Arbitrary<String> fields = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().withChars(',', '"', '\r', '\n', ' ', 'a', '\u00e9', '\uFEFF').ofMaxLength(8));
    // A record of one empty field is an empty line, which the reader skips: rows have two fields or more.
    return fields.list().ofMinSize(2).ofMaxSize(5).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<Byte> interesting = Arbitraries.of((byte) ',', (byte) '"', (byte) '\r', (byte) '\n', (byte) 'a',
        (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0);
    return Arbitraries.oneOf(Arbitraries.bytes(), interesting).array(byte[].class).ofMaxSize(200);
  }
}
