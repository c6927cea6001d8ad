package io.crmkit.examples.cli;

import io.crmkit.examples.lifecycle.LifecycleReplay;
import io.crmkit.examples.lifecycle.ReplayReport;
import io.crmkit.examples.lifecycle.ReplayReport.RecordOutcome;
import io.crmkit.examples.lifecycle.ReplayReport.ReplayRejection;
import io.crmkit.examples.report.TextTable;
import io.crmkit.lifecycle.Violation;
import java.util.ArrayList;
import java.util.List;

/** Prints a {@link ReplayReport} as text for a person or as CSV for a program. */
final class ReplayPrinter {
  /** The columns of the CSV output. */
  static final List<String> CSV_COLUMNS = List.of(
      "record_id", "outcome", "line", "trigger", "at", "actor", "stage", "code", "criterion", "message", "evidence");

  private ReplayPrinter() {}

  /**
   * The report as text: a headline, a table of the final stages, every refusal with its reasons and
   * their evidence, and notes.
   */
  static String text(ReplayReport report, String eventsFile) {
    StringBuilder out = new StringBuilder();
    out.append("Replay of ").append(eventsFile).append(" through lifecycle '").append(report.lifecycle()).append("': ")
        .append(count(report.events(), "event")).append(", ").append(count(report.records().size(), "record"))
        .append(", ").append(count(report.accepted(), "move")).append(" accepted, ")
        .append(report.rejections().size()).append(" rejected\n");
    if (!report.records().isEmpty()) {
      out.append("\nFinal stages\n");
      TextTable table = TextTable.of(TextTable.left("RECORD"), TextTable.left("STAGE"), TextTable.left("SINCE"),
          TextTable.right("EVENTS"), TextTable.right("ACCEPTED"), TextTable.right("REJECTED"));
      for (RecordOutcome record : report.records()) {
        table.row(record.recordId(), record.stage(), record.since().toString(), Integer.toString(record.events()),
            Integer.toString(record.accepted()), Integer.toString(record.rejected()));
      }
      out.append(table.render());
    }
    out.append('\n');
    if (report.rejections().isEmpty()) {
      out.append("Rejections: none\n");
    } else {
      out.append("Rejections\n");
      for (ReplayRejection rejection : report.rejections()) {
        out.append("  ").append(rejection).append('\n');
        for (Violation violation : rejection.violations()) {
          out.append("    - ").append(violation.code()).append(" (").append(violation.criterion()).append("): ")
              .append(violation.message()).append('\n');
          for (String evidence : violation.evidence()) {
            out.append("        ").append(evidence).append('\n');
          }
        }
      }
    }
    if (!report.notes().isEmpty()) {
      out.append("\nNotes\n");
      report.notes().forEach(note -> out.append("  ").append(note).append('\n'));
    }
    return out.toString();
  }

  /**
   * The report as CSV with the header {@link #CSV_COLUMNS}: for each record, in order, a row per
   * reason of each refused move ({@code rejected}), then a row of its final stage ({@code final}).
   * Evidence lines are joined with {@code "; "}.
   */
  static String csv(ReplayReport report) {
    StringBuilder out = new StringBuilder();
    row(out, CSV_COLUMNS);
    int next = 0;
    List<ReplayRejection> rejections = report.rejections();
    for (RecordOutcome record : report.records()) {
      while (next < rejections.size() && rejections.get(next).recordId().equals(record.recordId())) {
        ReplayRejection rejection = rejections.get(next++);
        for (Violation violation : rejection.violations()) {
          row(out, List.of(rejection.recordId(), "rejected", Integer.toString(rejection.line()), rejection.trigger(),
              rejection.at().toString(), LifecycleReplay.actorText(rejection.actor()), rejection.stage(),
              violation.code(), violation.criterion().value(), violation.message(),
              String.join("; ", violation.evidence())));
        }
      }
      row(out, List.of(record.recordId(), "final", "", "", record.since().toString(), "", record.stage(), "", "", "",
          ""));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String cell : cells) {
      quoted.add(quoted(cell));
    }
    out.append(String.join(",", quoted)).append('\n');
  }

  /** A cell as RFC 4180 writes it: quoted, quotes doubled, when it holds a comma, a quote or a line break. */
  static String quoted(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
