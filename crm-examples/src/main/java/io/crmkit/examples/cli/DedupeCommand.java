package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.evaluate.Truth;
import io.crmkit.identity.match.IdentityMatcher;
import io.crmkit.identity.match.MatchRun;
import io.crmkit.identity.match.MatchSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command {@code crm dedupe}: finds the records of one CSV file that are the same person with
 * crm-identity (blocking, a Fellegi-Sunter model trained without labels, clusters under a cap) and
 * writes the clusters as CSV; with a truth, prints pair precision, recall, F1, pair completeness
 * and reduction ratio.
 */
@Command(
    name = "dedupe",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds the records of a CSV file that are one person: pairs picked by blocking rules are compared column by"
          + " column, a Fellegi-Sunter model trained on them without labels scores each pair, and matches are"
          + " clustered (never past --max-cluster-size). Writes one CSV row per record: cluster_id (the smallest"
          + " record id of its cluster), the id and cluster_size; prints what the run did.",
      "With --truth or --truth-id-pattern, also prints pair precision, recall and F1 of the clusters, and pair"
          + " completeness and reduction ratio of the blocking."
    },
    footerHeading = "%nExample (FEBRL 3, whose ids rec-N-org and rec-N-dup-k name the person N):%n",
    footer = {
      "  crm dedupe --input dataset3.csv --id rec_id --truth-id-pattern 'rec-(\\d+)-' \\",
      "      --output clusters.csv"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:deduplicated",
      "1:the file cannot be deduplicated: a malformed row, an id used twice, no pair to learn from (every"
          + " problem printed; nothing written), or an unexpected failure",
      "2:bad arguments (such as a column the file does not have), or a file missing, unreadable or unwritable"
    })
public final class DedupeCommand implements Callable<Integer> {
  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** The records. */
  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "The CSV file of records (UTF-8), with a header.")
  Path input = Path.of("");

  /** The options shared with {@code crm link}, {@code --output} first. */
  @Mixin IdentityOptions options = new IdentityOptions();

  /** Makes the command; picocli fills in its options. */
  public DedupeCommand() {}

  /**
   * Deduplicates the file and writes the clusters.
   *
   * @return 0 when deduplicated, 1 when the file cannot be
   */
  @Override
  public Integer call() {
    CommandLine command = spec.commandLine();
    Optional<Pattern> idPattern = options.truthPattern(command);
    CsvRows rows = CsvRows.readFile("input", input, options.delimiter);
    List<IdentityColumn> compared = List.of();
    if (!rows.header().isEmpty()) {
      options.requireNamedColumns(command, "", rows.header());
      compared = options.comparedColumns(command, rows.header());
    }
    IdentityFiles.Read read = IdentityFiles.records(rows, options.idColumn, options.readColumns(compared));
    PrintWriter err = command.getErr();
    if (!read.problems().isEmpty() || compared.isEmpty()) {
      IdentityFiles.printProblems(err, "deduplicated", read.problems());
      return ExitCode.SOFTWARE;
    }
    MatchSettings settings = options.settings(command, compared, read.records());
    MatchRun run;
    Optional<Truth> truth;
    try {
      truth = options.truth(read.records(), idPattern);
      run = IdentityMatcher.of(settings).deduplicate(read.records());
    } catch (CrmValidationException e) {
      ScoreFiles.printRefused(err, input, "deduplicated", e);
      return ExitCode.SOFTWARE;
    }
    options.writeClusters(command, run, null, compared, truth);
    return ExitCode.OK;
  }
}
