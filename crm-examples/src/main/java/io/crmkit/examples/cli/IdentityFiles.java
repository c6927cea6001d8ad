package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.block.RuleReport;
import io.crmkit.identity.cluster.Cluster;
import io.crmkit.identity.evaluate.Evaluation;
import io.crmkit.identity.evaluate.Truth;
import io.crmkit.identity.match.MatchRun;
import io.crmkit.identity.match.TrainingReport;
import io.crmkit.identity.record.IdentityRecord;
import io.crmkit.identity.record.RowLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How {@code crm dedupe} and {@code crm link} read their CSV files into identity records, write
 * the clusters and print what the run did.
 */
final class IdentityFiles {
  private IdentityFiles() {}

  /** A file read: its header and records, or the problems found. */
  record Read(String name, List<String> header, List<IdentityRecord> records, List<String> problems) {}

  /** The records of the rows: the id column and the given columns (and the truth and region columns). */
  static Read records(CsvRows rows, String idColumn, List<String> columns) {
    if (!rows.problems().isEmpty()) {
      return new Read(rows.name(), rows.header(), List.of(), rows.problems());
    }
    RowLayout layout = RowLayout.of(rows.header(), idColumn.strip(), columns);
    List<IdentityRecord> records = new ArrayList<>(rows.rows().size());
    List<String> problems = new ArrayList<>();
    for (CsvRows.Row row : rows.rows()) {
      try {
        records.add(layout.record(row.fields()));
      } catch (CrmValidationException e) {
        problems.add(CsvRows.problem(rows.name(), row.line(), e.getMessage()));
      }
    }
    return new Read(rows.name(), rows.header(), records, problems);
  }

  /** Writes the clusters: a row per record, cluster by cluster; with {@code rightIds}, each row names its file. */
  static void writeClusters(Writer out, MatchRun run, String idColumn, @Nullable Set<String> rightIds)
      throws IOException {
    List<String> header = new ArrayList<>(List.of("cluster_id"));
    if (rightIds != null) {
      header.add("file");
    }
    header.add(idColumn);
    header.add("cluster_size");
    line(out, header);
    for (Cluster cluster : run.clusters().clusters()) {
      for (String id : cluster.recordIds()) {
        List<String> cells = new ArrayList<>(List.of(cluster.id()));
        if (rightIds != null) {
          cells.add(rightIds.contains(id) ? "right" : "left");
        }
        cells.add(id);
        cells.add(Integer.toString(cluster.size()));
        line(out, cells);
      }
    }
    out.flush();
  }

  private static void line(Writer out, List<String> cells) throws IOException {
    out.write(cells.stream().map(ReplayPrinter::quoted).collect(Collectors.joining(",")));
    out.write('\n');
  }

  /** Writes the clusters to a file. */
  static void writeClusters(Path file, MatchRun run, String idColumn, @Nullable Set<String> rightIds) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeClusters(out, run, idColumn, rightIds);
    } catch (NoSuchFileException e) {
      throw CrmValidationException.of("output", "unwritable", file, "the folder does not exist");
    } catch (IOException e) {
      throw CrmValidationException.of("output", "unwritable", file, "cannot write the file: " + e.getMessage());
    }
  }

  /** Prints what the run did and, with a truth, how well. */
  static void printSummary(PrintWriter out, MatchRun run, List<IdentityColumn> compared, Optional<Truth> truth) {
    int duplicates = run.clusters().duplicates().size();
    out.printf(Locale.ROOT, "%,d records in %,d clusters, %,d of them with more than one record (largest %,d)%n",
        run.records(), run.clusters().clusters().size(), duplicates, run.clusters().largest());
    out.printf(Locale.ROOT, "%,d pairs matched, %,d to review; %,d pairs share a cluster%n", run.matches().size(),
        run.reviews().size(), run.clusters().pairs());
    out.printf(Locale.ROOT, "compared: %s%n", compared.stream().map(IdentityColumn::toString)
        .collect(Collectors.joining(", ")));
    out.printf(Locale.ROOT, "blocking: %,d comparisons of %,d possible pairs (reduction ratio %.6f), %d rules%n",
        run.blocking().comparisons(), run.blocking().possiblePairs(), run.blocking().reductionRatio(),
        run.blocking().rules().size());
    for (RuleReport rule : run.blocking().rules()) {
      if (rule.skippedBlocks() > 0) {
        out.printf(Locale.ROOT, "  %s: %,d blocks too big to compare skipped (largest '%s', %,d records)%n",
            rule.rule(), rule.skippedBlocks(), rule.largestSkipped().get(0).key(),
            rule.largestSkipped().get(0).records());
      }
    }
    run.training().ifPresent(training -> out.printf(Locale.ROOT,
        "model: trained without labels on %,d candidate and %,d random pairs, %d sessions%s%n",
        training.candidatePairs(), training.randomPairs(), training.sessions().size(), trainingNote(training)));
    if (truth.isPresent()) {
      Evaluation evaluation = Evaluation.of(run, truth.get());
      out.printf(Locale.ROOT, "against the truth (%,d true pairs):%n", evaluation.clusters().truePairs());
      out.printf(Locale.ROOT, "  pair precision    %.4f%n", evaluation.clusters().precision());
      out.printf(Locale.ROOT, "  pair recall       %.4f%n", evaluation.clusters().recall());
      out.printf(Locale.ROOT, "  pair F1           %.4f%n", evaluation.clusters().f1());
      out.printf(Locale.ROOT, "  pair completeness %.4f%n", evaluation.blocking().pairCompleteness());
      out.printf(Locale.ROOT, "  reduction ratio   %.6f%n", evaluation.blocking().reductionRatio());
    }
    out.flush();
  }

  private static String trainingNote(TrainingReport training) {
    List<String> notes = new ArrayList<>();
    if (!training.converged()) {
      notes.add("not every session converged");
    }
    if (!training.untrained().isEmpty()) {
      notes.add("untrained (every rule blocks on them): " + String.join(", ", training.untrained()));
    }
    return notes.isEmpty() ? "" : "; " + String.join("; ", notes);
  }

  /** Prints the problems of a file that cannot be matched. */
  static void printProblems(PrintWriter err, String what, List<String> problems) {
    err.println("error: nothing " + what + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + " in the files");
    problems.stream().limit(20).forEach(problem -> err.println("  " + problem));
    if (problems.size() > 20) {
      err.println("  ... and " + (problems.size() - 20) + " more");
    }
    err.flush();
  }
}
