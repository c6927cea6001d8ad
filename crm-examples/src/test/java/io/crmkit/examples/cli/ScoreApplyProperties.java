package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.examples.csv.CsvReader;
import io.crmkit.examples.csv.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of {@code crm score apply} over any leads and events a user may give it. */
class ScoreApplyProperties {
  private static final Instant AS_OF = Instant.parse("2026-03-02T09:00:00Z");

  /** Fit and engagement rules with caps, negative points and decay, so that bounds and shares come into play. */
  private static final String MODEL = """
      {"model": "Properties",
       "ceiling": 80,
       "groups": [
         {"name": "Role", "dimension": "fit", "cap": 30, "rules": [
           {"id": "senior", "field": "title", "matches": "vp|director", "points": 25},
           {"id": "student", "field": "title", "contains": "student", "points": -30}]},
         {"name": "Company", "dimension": "fit", "rules": [
           {"id": "big", "field": "employees", "range": {"min": 100}, "points": 20},
           {"id": "no-industry", "field": "industry", "absent": true, "points": -5},
           {"id": "software", "field": "industry", "in": ["Software", "SaaS"], "points": 15}]},
         {"name": "Web", "dimension": "engagement", "cap": 35, "decay": {"halfLifeDays": 20}, "rules": [
           {"id": "pricing", "event": "page view", "detailContains": "/pricing", "points": 20},
           {"id": "docs", "event": "page view", "detailContains": "/docs", "perEvent": true, "maxTimes": 4, "points": 5},
           {"id": "demo", "event": "demo request", "withinDays": 30, "points": 30}]}],
       "routing": [{"minimumScore": 50, "minimumFit": "B", "lifecycleStage": "MQL"}]}
      """;

  /** One lead: its id and three cells. */
  record Lead(String id, String title, String industry, String employees) {}

  /** One event of a lead, some days before (or after) the as-of instant. */
  record Event(int lead, String type, String detail, int daysBefore) {}

  @Property(tries = 100)
  void every_lead_gets_one_row_with_a_score_in_bounds_whose_explanation_sums_to_it(
      @ForAll("leads") List<Lead> leads, @ForAll("events") List<Event> events) throws IOException {
    Path model = write("model", ".json", List.of(MODEL));
    Path leadsFile = write("leads", ".csv", leadLines(leads));
    Path eventsFile = write("events", ".csv", eventLines(leads, events));

    Outcome outcome = crm("score", "apply", "--model", model.toString(), "--input", leadsFile.toString(),
        "--id", "id", "--events", eventsFile.toString(), "--as-of", AS_OF.toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    List<List<String>> rows = readCsv(outcome.out());
    assertThat(rows.get(0)).containsExactly("id", "score", "grade", "routed_to", "explanation");
    assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
        .containsExactlyElementsOf(leads.stream().map(lead -> lead.id().strip()).toList());
    for (List<String> row : rows.subList(1, rows.size())) {
      double score = Double.parseDouble(row.get(1));
      assertThat(score).isBetween(0.0, 80.0);
      List<String> parts = row.get(4).isEmpty() ? List.of() : List.of(row.get(4).split("; "));
      double explained = parts.stream().mapToDouble(part -> Double.parseDouble(part.substring(part.indexOf(": ") + 2)))
          .sum();
      assertThat(explained).as("the explanation '%s' of score %s", row.get(4), row.get(1))
          .isCloseTo(score, within(0.05 * (parts.size() + 1)));
      assertThat(row.get(3)).isIn("", "MQL");
    }
  }

  @Provide
  Arbitrary<List<Lead>> leads() {
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').withChars(",\" 0").ofMinLength(1)
        .ofMaxLength(6).filter(id -> !id.isBlank());
    return Combinators.combine(
            ids,
            Arbitraries.of("VP Sales", "Director, IT", "Student", "student of \"VP\" things", "", "Select", "NA"),
            Arbitraries.of("Software", "saas", "Retail", "", "Select", "n/a"),
            Arbitraries.of("10", "100", "250.5", "", "NA", "many", "-3"))
        .as(Lead::new)
        .list().ofMinSize(1).ofMaxSize(15);
  }

  @Provide
  Arbitrary<List<Event>> events() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 14),
            Arbitraries.of("page view", "demo request", "email click"),
            Arbitraries.of("", "/pricing", "/docs/start", "/blog"),
            Arbitraries.integers().between(-5, 200))
        .as(Event::new)
        .list().ofMaxSize(25);
  }

  private static List<String> leadLines(List<Lead> leads) {
    List<String> lines = new ArrayList<>();
    lines.add("id,title,industry,employees");
    for (Lead lead : leads) {
      lines.add(List.of(lead.id(), lead.title(), lead.industry(), lead.employees()).stream()
          .map(ReplayPrinter::quoted).collect(Collectors.joining(",")));
    }
    return lines;
  }

  /** The events of leads that exist, each by its lead's id. */
  private static List<String> eventLines(List<Lead> leads, List<Event> events) {
    List<String> lines = new ArrayList<>();
    lines.add("id,event,at,detail");
    for (Event event : events) {
      Lead lead = leads.get(event.lead() % leads.size());
      lines.add(String.join(",", ReplayPrinter.quoted(lead.id()), event.type(),
          AS_OF.minusSeconds(event.daysBefore() * 86_400L).toString(), event.detail()));
    }
    return lines;
  }

  private static List<List<String>> readCsv(String text) throws IOException {
    CsvReader reader = new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 10_000, 10);
    List<List<String>> rows = new ArrayList<>();
    for (Optional<CsvRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
      assertThat(record.get().problems()).isEmpty();
      rows.add(record.get().fields());
    }
    return rows;
  }

  record Outcome(int exitCode, String out, String err) {}

  private static Outcome crm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Crm.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  private static Path write(String prefix, String suffix, List<String> lines) throws IOException {
    Path file = Files.createTempFile(prefix, suffix);
    file.toFile().deleteOnExit();
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
