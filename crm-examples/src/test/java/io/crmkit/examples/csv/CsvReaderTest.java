package io.crmkit.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CSV reader: RFC 4180, strictly, with every problem on the record it is found in. */
class CsvReaderTest {

  static List<CsvRecord> read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8), 100, 50);
  }

  static List<CsvRecord> read(byte[] bytes, int maxFieldLength, int maxFields) {
    CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), maxFieldLength, maxFields);
    List<CsvRecord> records = new ArrayList<>();
    try {
      for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
        records.add(r.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  @Test
  void fields_are_separated_by_commas_and_records_by_line_ends() {
    List<CsvRecord> records = read("a,b,c\r\n1,,3\n");

    assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("a", "b", "c"), List.of("1", "", "3"));
    assertThat(records).allSatisfy(r -> assertThat(r.problems()).isEmpty());
  }

  @Test
  void another_delimiter_separates_fields_and_a_comma_is_then_plain_text() throws IOException {
    byte[] text = "a;b\n\"x;y\";1,5\n".getBytes(StandardCharsets.UTF_8);
    CsvReader reader = new CsvReader(new ByteArrayInputStream(text), 100, 50, ';');

    List<String> header = reader.next().orElseThrow().fields();
    CsvRecord row = reader.next().orElseThrow();

    assertThat(header).containsExactly("a", "b");
    assertThat(row.fields()).containsExactly("x;y", "1,5");
    assertThat(row.problems()).isEmpty();
  }

  @Test
  void a_quote_or_a_line_break_cannot_be_the_delimiter() {
    for (char delimiter : new char[] {'"', '\n', '\r'}) {
      assertThatThrownBy(() -> new CsvReader(new ByteArrayInputStream(new byte[0]), 100, 50, delimiter))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a quote or a line break cannot separate fields");
    }
  }

  @Test
  void a_quoted_field_holds_commas_line_breaks_and_doubled_quotes() {
    List<CsvRecord> records = read("name,note\n\"Lovelace, Ada\",\"said \"\"hi\"\"\nand left\"\n");

    assertThat(records.get(1).fields()).containsExactly("Lovelace, Ada", "said \"hi\"\nand left");
    assertThat(records.get(1).problems()).isEmpty();
  }

  @Test
  void a_record_is_numbered_by_the_line_it_starts_on() {
    List<CsvRecord> records = read("a,b\n\"1\n2\n3\",x\nlast,y\n");

    assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 5);
  }

  @Test
  void a_lone_carriage_return_ends_a_line_too() {
    List<CsvRecord> records = read("a\rb\r\nc");

    assertThat(records).extracting(r -> r.fields().get(0)).containsExactly("a", "b", "c");
    assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3);
  }

  @Test
  void a_byte_order_mark_at_the_start_is_skipped() {
    List<CsvRecord> records = read("\uFEFFid,name\n1,x\n");

    assertThat(records.get(0).fields()).containsExactly("id", "name");
  }

  @Test
  void empty_lines_are_skipped_but_counted() {
    List<CsvRecord> records = read("a\n\n\r\nb\n\n");

    assertThat(records).extracting(CsvRecord::line).containsExactly(1, 4);
  }

  @Test
  void a_trailing_comma_makes_an_empty_last_field() {
    assertThat(read("a,b,\n").get(0).fields()).containsExactly("a", "b", "");
  }

  @Test
  void bytes_that_are_not_utf8_are_reported_with_their_line_and_reading_goes_on() {
    byte[] latin1 = "name\nM\u00FCller\nMeyer\n".getBytes(StandardCharsets.ISO_8859_1);

    List<CsvRecord> records = read(latin1, 100, 50);

    assertThat(records).hasSize(3);
    assertThat(records.get(1).problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("utf8");
      assertThat(p.reason()).contains("0xFC").contains("line 2");
    });
    assertThat(records.get(2).fields()).containsExactly("Meyer");
    assertThat(records.get(2).problems()).isEmpty();
  }

  @Test
  void a_sequence_cut_off_at_the_end_of_the_file_is_reported() {
    byte[] bytes = {'a', '\n', 'b', (byte) 0xC3};

    List<CsvRecord> records = read(bytes, 100, 50);

    assertThat(records.get(1).problems()).extracting(CsvRecord.Problem::rule).containsExactly("utf8");
  }

  @Test
  void a_quote_inside_an_unquoted_field_is_a_problem() {
    CsvRecord record = read("5\" screen,x\n").get(0);

    assertThat(record.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo(0);
      assertThat(p.rule()).isEqualTo("quote");
    });
  }

  @Test
  void text_after_a_closing_quote_is_a_problem_and_the_next_record_is_read_as_usual() {
    List<CsvRecord> records = read("\"Ada\" Lovelace,x\nGrace,y\n");

    assertThat(records.get(0).problems()).extracting(CsvRecord.Problem::rule).containsExactly("quote");
    assertThat(records.get(1).fields()).containsExactly("Grace", "y");
    assertThat(records.get(1).problems()).isEmpty();
  }

  @Test
  void a_quoted_field_never_closed_runs_to_the_end_and_names_the_line_it_opened_on() {
    List<CsvRecord> records = read("a,b\n1,\"open\n2,x\n3,y\n");

    assertThat(records).hasSize(2);
    assertThat(records.get(1).problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("quote");
      assertThat(p.reason()).contains("starts on line 2").contains("never closed");
    });
  }

  @Test
  void a_field_longer_than_the_limit_is_a_problem_and_is_not_kept_whole() {
    String huge = "x".repeat(10_000);

    CsvRecord record = read(("a,b\n" + huge + ",y\n").getBytes(StandardCharsets.UTF_8), 100, 50).get(1);

    assertThat(record.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("length");
      assertThat(p.field()).isEqualTo(0);
    });
    assertThat(record.fields().get(0)).hasSize(100);
    assertThat(record.fields().get(1)).isEqualTo("y");
  }

  @Test
  void fields_beyond_the_limit_are_counted_as_one_more_but_not_kept() {
    CsvRecord record = read(",".repeat(1_000).getBytes(StandardCharsets.UTF_8), 100, 3).get(0);

    assertThat(record.fields()).hasSize(4);
  }
}
