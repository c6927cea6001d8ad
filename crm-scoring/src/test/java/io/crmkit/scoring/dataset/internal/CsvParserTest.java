package io.crmkit.scoring.dataset.internal;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.CrmValidationException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

  @Test
  void quoted_fields_hold_delimiters_doubled_quotes_and_line_breaks() {
    List<String> lines = new ArrayList<>();

    List<List<String>> records = parse("name,note\n\"Acme, Inc.\",\"said \"\"hi\"\"\nthen left\"\nBob,\"\"\r\n", lines);

    assertThat(records).containsExactly(
        List.of("name", "note"), List.of("Acme, Inc.", "said \"hi\"\nthen left"), List.of("Bob", ""));
    assertThat(lines).containsExactly("1", "2", "4");
  }

  @Test
  void empty_lines_at_the_end_are_ignored_and_a_last_line_needs_no_line_break() {
    assertThat(parse("a,b\n1,2\n\n\r\n", new ArrayList<>())).hasSize(2);
    assertThat(parse("a,b\n1,2", new ArrayList<>())).containsExactly(List.of("a", "b"), List.of("1", "2"));
  }

  @Test
  void a_quote_inside_an_unquoted_field_or_text_after_a_closing_quote_is_refused() {
    CrmValidationException inside = assertRejected("csv", "quote", () -> parse("a,b\n1,2\"3\n", new ArrayList<>()));
    CrmValidationException after = assertRejected("csv", "quote", () -> parse("a,b\n\"1\"x,2\n", new ArrayList<>()));

    assertThat(inside.getMessage()).contains("line 2");
    assertThat(after.getMessage()).contains("line 2");
  }

  @Test
  void an_unterminated_quote_a_ragged_row_and_an_empty_line_in_the_middle_are_refused() {
    assertThat(assertRejected("csv", "unterminated-quote", () -> parse("a,b\n1,\"2\n3\n", new ArrayList<>())).getMessage())
        .contains("from line 2");
    assertThat(assertRejected("csv", "field-count", () -> parse("a,b\n1,2\n3\n", new ArrayList<>())).getMessage())
        .contains("line 3 has 1 fields, the header 2");
    assertRejected("csv", "empty", () -> parse("a,b\n\n1,2\n", new ArrayList<>()));
    assertRejected("csv", "empty", () -> parse("\na,b\n", new ArrayList<>()));
    assertRejected("csv", "empty", () -> parse("", new ArrayList<>()));
  }

  @Test
  void strict_numbers_are_decimal_numbers_and_nothing_else() {
    assertThat(List.of("12", "-0.5", ".5", "5.", "1e3", "+3", "2.5E-2", " 7 ")).allMatch(NumberText::isNumber);
    assertThat(List.of("", "-", ".", "1e", "1,000", "NaN", "Infinity", "0x1F", "1d", "1f", "1e400", "12 3"))
        .noneMatch(NumberText::isNumber);
    assertThat(NumberText.parse(" 2.5E-2 ")).isEqualTo(0.025);
  }

  static List<List<String>> parse(String csv, List<String> lines) {
    List<List<String>> records = new ArrayList<>();
    CsvParser.read(new StringReader(csv), ',', (fields, line) -> {
      records.add(List.copyOf(fields));
      lines.add(Integer.toString(line));
    });
    return records;
  }
}
