package io.crmkit.scoring.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvParserProperties {

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> cell = Arbitraries.strings().withChars("ab ,\"\n\r;é").ofMaxLength(6);
    return Arbitraries.integers().between(1, 4).flatMap(columns ->
        cell.list().ofSize(columns).list().ofMinSize(1).ofMaxSize(6));
  }

  @Property
  void what_is_written_with_rfc_4180_quoting_reads_back_the_same(@ForAll("tables") List<List<String>> table) {
    StringBuilder csv = new StringBuilder();
    for (List<String> row : table) {
      for (int i = 0; i < row.size(); i++) {
        csv.append(i == 0 ? "" : ",").append('"').append(row.get(i).replace("\"", "\"\"")).append('"');
      }
      csv.append("\r\n");
    }

    List<List<String>> read = CsvParserTest.parse(csv.toString(), new ArrayList<>());

    assertThat(read).isEqualTo(table);
  }
}
