package io.crmkit.scoring.dataset;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.predictive.fixtures.SyntheticLeads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetReaderTest {
  private static final CsvDatasetOptions CONVERTED = CsvDatasetOptions.target("Converted");

  @Test
  void a_lead_export_reads_into_numeric_and_categorical_features_with_placeholders_as_missing() {
    // given an export with an identifier, "Select" in drop-downs, blank visit counts and a quoted country
    String csv = SyntheticLeads.leadExportCsv(1, 200);

    // when
    Dataset leads = CsvDatasetReader.read(csv, CONVERTED.excluding("Prospect ID"));

    // then
    assertThat(leads.size()).isEqualTo(200);
    assertThat(leads.features()).extracting(Feature::name).containsExactly("Lead Source", "TotalVisits", "Time on site", "Country");
    assertThat(leads.feature(0)).isInstanceOf(CategoricalFeature.class);
    assertThat(((CategoricalFeature) leads.feature(0)).levels())
        .containsExactlyInAnyOrder("Reference", "Google", "Direct Traffic", "Olark Chat");
    assertThat(leads.feature(1)).isEqualTo(new NumericFeature("TotalVisits"));
    assertThat(leads.feature(2)).isEqualTo(new NumericFeature("Time on site"));
    assertThat(((CategoricalFeature) leads.feature(3)).levels())
        .containsExactlyInAnyOrder("India", "United States", "Korea, Republic of");
    assertThat(countMissingLevels(leads, 0)).isPositive();
  }

  @Test
  void a_small_file_reads_cell_by_cell() {
    String csv = "id;size;source;won\r\n1;10;Web;1\r\n2; ;select;0\r\n3;2.5e1;\"Trade; fair\";0\r\n";

    Dataset leads = CsvDatasetReader.read(csv, CsvDatasetOptions.target("won").withDelimiter(';').categorical("id"));

    assertThat(leads.features()).containsExactly(
        new CategoricalFeature("id", List.of("1", "2", "3")),
        new NumericFeature("size"),
        new CategoricalFeature("source", List.of("Web", "Trade; fair")));
    assertThat(leads.number(1, 2)).isEqualTo(25.0);
    assertThat(leads.number(1, 1)).isNaN();
    assertThat(leads.level(2, 1)).isEqualTo(-1);
    assertThat(leads.labels()).containsExactly(1, 0, 0);
  }

  @Test
  void a_column_with_one_text_among_numbers_is_categorical() {
    Dataset leads = CsvDatasetReader.read("zip,won\n1000,1\nB-1000,0\n", CsvDatasetOptions.target("won"));

    assertThat(leads.feature(0)).isEqualTo(new CategoricalFeature("zip", List.of("1000", "B-1000")));
  }

  @Test
  void placeholders_are_configurable_and_a_blank_is_always_missing() {
    String csv = "source,won\nSelect,1\nunknown,0\n,0\n";

    Dataset custom = CsvDatasetReader.read(csv, CsvDatasetOptions.target("won").withMissingValues("Unknown"));

    assertThat(custom.feature(0)).isEqualTo(new CategoricalFeature("source", List.of("Select")));
    assertThat(custom.level(0, 1)).isEqualTo(-1);
    assertThat(custom.level(0, 2)).isEqualTo(-1);
    assertThat(CsvDatasetOptions.target("won").isMissing(" N/A ")).isTrue();
  }

  @Test
  void a_file_is_read_as_utf_8_and_a_byte_order_mark_is_skipped(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("leads.csv");
    Files.writeString(file, "\uFEFFcity,won\nZürich,1\nMünchen,0\n", StandardCharsets.UTF_8);

    Dataset leads = CsvDatasetReader.read(file, CsvDatasetOptions.target("won"));

    assertThat(leads.feature(0)).isEqualTo(new CategoricalFeature("city", List.of("Zürich", "München")));
  }

  @Test
  void a_missing_target_column_is_refused_naming_the_columns_there_are() {
    CrmValidationException e = assertRejected(
        "csv.targetColumn", "missing-column", () -> CsvDatasetReader.read("source,won\nWeb,1\n", CONVERTED));

    assertThat(e.getMessage()).contains("[source, won]");
  }

  @Test
  void a_target_that_is_not_0_or_1_is_refused_with_its_line() {
    CrmValidationException yes = assertRejected(
        "csv.won", "not-0-or-1", () -> CsvDatasetReader.read("source,won\nWeb,1\nAds,yes\n", CsvDatasetOptions.target("won")));
    CrmValidationException two = assertRejected(
        "csv.won", "not-0-or-1", () -> CsvDatasetReader.read("source,won\nWeb,2\n", CsvDatasetOptions.target("won")));
    CrmValidationException blank = assertRejected(
        "csv.won", "required", () -> CsvDatasetReader.read("source,won\nWeb,\n", CsvDatasetOptions.target("won")));

    assertThat(yes.rejectedValue()).isEqualTo("yes");
    assertThat(yes.getMessage()).contains("line 3");
    assertThat(two.rejectedValue()).isEqualTo("2");
    assertThat(blank.getMessage()).contains("line 2");
  }

  @Test
  void unknown_excluded_or_categorical_columns_are_refused() {
    String csv = "source,won\nWeb,1\n";

    assertRejected("csv.excludedColumns", "unknown-column", () -> CsvDatasetReader.read(csv, CsvDatasetOptions.target("won").excluding("Prospect ID")));
    assertRejected("csv.categoricalColumns", "unknown-column", () -> CsvDatasetReader.read(csv, CsvDatasetOptions.target("won").categorical("zip")));
    assertRejected("csv.excludedColumns", "target", () -> CsvDatasetOptions.target("won").excluding("won"));
    assertRejected("csv.targetColumn", "required", () -> CsvDatasetOptions.target(" "));
    assertRejected("csv.delimiter", "invalid", () -> CsvDatasetOptions.target("won").withDelimiter('"'));
  }

  @Test
  void a_header_needs_every_column_named_once_and_a_file_needs_a_lead() {
    assertRejected("csv.header", "duplicate", () -> CsvDatasetReader.read("source,source,won\nWeb,Ads,1\n", CsvDatasetOptions.target("won")));
    assertRejected("csv.header", "required", () -> CsvDatasetReader.read("source, ,won\nWeb,Ads,1\n", CsvDatasetOptions.target("won")));
    assertRejected("csv", "no-rows", () -> CsvDatasetReader.read("source,won\n", CsvDatasetOptions.target("won")));
    assertRejected("csv", "empty", () -> CsvDatasetReader.read("", CsvDatasetOptions.target("won")));
  }

  @Test
  void malformed_csv_is_refused_with_its_line() {
    assertRejected("csv", "field-count", () -> CsvDatasetReader.read("source,won\nWeb,1,extra\n", CsvDatasetOptions.target("won")));
    assertRejected("csv", "unterminated-quote", () -> CsvDatasetReader.read("source,won\n\"Web,1\n", CsvDatasetOptions.target("won")));
  }

  private static int countMissingLevels(Dataset leads, int column) {
    int missing = 0;
    for (int row = 0; row < leads.size(); row++) {
      missing += leads.level(column, row) < 0 ? 1 : 0;
    }
    return missing;
  }
}
