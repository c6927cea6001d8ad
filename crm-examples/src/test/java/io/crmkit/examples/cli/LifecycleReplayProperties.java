package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.csv.CsvReader;
import io.crmkit.examples.csv.CsvRecord;
import io.crmkit.lifecycle.StageDefinition;
import io.crmkit.lifecycle.shipped.B2cCustomerLifecycle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of {@code crm lifecycle replay} over any events a user may give it. */
class LifecycleReplayProperties {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Set<String> B2C_STAGES = B2cCustomerLifecycle.definition().stages().stream()
      .map(StageDefinition::label).collect(Collectors.toSet());

  /** One event: a record, a trigger and a time in hours after the start. */
  record Event(String record, String trigger, int hours) {
    String row() {
      return record + "," + trigger + "," + START.plusSeconds(hours * 3600L);
    }
  }

  @Property(tries = 150)
  void any_b2c_events_replay_with_exit_0_every_event_counted_once_and_every_record_in_a_declared_stage(
      @ForAll("b2cEvents") List<Event> events) throws IOException {
    Path file = write(events.stream().map(Event::row).toList(), "record_id,trigger,at");

    Outcome outcome = crm("lifecycle", "replay", "--shipped", "b2c-customer", "--events", file.toString(),
        "--format", "csv");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    List<String[]> finals = outcome.out().lines().skip(1).map(line -> line.split(",", -1))
        .filter(row -> row[1].equals("final")).toList();
    assertThat(finals).extracting(row -> row[0])
        .containsExactlyInAnyOrderElementsOf(events.stream().map(Event::record).distinct().toList());
    assertThat(finals).extracting(row -> row[6]).allMatch(B2C_STAGES::contains);
    Outcome text = crm("lifecycle", "replay", "--shipped", "b2c-customer", "--events", file.toString());
    assertThat(text.out()).contains(events.size() + (events.size() == 1 ? " event, " : " events, "));
  }

  @Provide
  Arbitrary<List<Event>> b2cEvents() {
    Arbitrary<Event> event = Combinators.combine(
            Arbitraries.of("ann", "ben", "cem"),
            Arbitraries.of("purchase", "lapse", "churn", "Purchase", " lapse "),
            Arbitraries.integers().between(0, 24 * 400))
        .as(Event::new);
    return event.list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 150)
  void a_time_that_is_not_an_instant_is_reported_on_its_line_and_column_never_as_a_stack_trace(
      @ForAll("notInstants") String at) throws IOException {
    Path file = write(List.of("ann,purchase,2026-01-05T10:00:00Z", "ann,lapse," + quoted(at)), "record_id,trigger,at");

    Outcome outcome = crm("lifecycle", "replay", "--shipped", "b2c-customer", "--events", file.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).startsWith("error: nothing replayed: 1 problem in the files\n")
        .contains(" line 3, column 3 (at): instant (was '")
        .doesNotContain("\tat ");
  }

  @Provide
  Arbitrary<String> notInstants() {
    return Arbitraries.oneOf(
            Arbitraries.strings().ofMinLength(1).ofMaxLength(30),
            Arbitraries.of("2026-01-05", "2026-13-01T00:00:00Z", "05/01/2026 10:00", "2026-01-05T10:00:00",
                "yesterday", "2026-02-30T00:00:00Z"))
        .filter(text -> !text.isBlank() && text.chars().noneMatch(c -> c == '\r' || c == '\n')
            && text.chars().noneMatch(c -> Character.isSurrogate((char) c)) && !isInstant(text.strip()));
  }

  @Property(tries = 300)
  void every_row_of_the_csv_output_reads_back_cell_for_cell(
      @ForAll("cells") List<String> cells) throws IOException {
    String row = cells.stream().map(ReplayPrinter::quoted).collect(Collectors.joining(",")) + "\n";

    Optional<CsvRecord> read = new CsvReader(
        new ByteArrayInputStream(row.getBytes(StandardCharsets.UTF_8)), 1000, 100).next();

    assertThat(read).isPresent();
    assertThat(read.get().problems()).isEmpty();
    assertThat(read.get().fields()).isEqualTo(cells);
  }

  @Provide
  Arbitrary<List<String>> cells() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars(",\"\r\n\té€").ofMaxLength(20)
        .list().ofMinSize(2).ofMaxSize(11);
  }

  private static boolean isInstant(String text) {
    try {
      Instant.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** A CSV field holding the text. */
  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  record Outcome(int exitCode, String out, String err) {}

  private static Outcome crm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Crm.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  private static Path write(List<String> rows, String header) throws IOException {
    Path file = Files.createTempFile("events", ".csv");
    file.toFile().deleteOnExit();
    List<String> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(rows);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
