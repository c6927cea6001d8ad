package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.evaluate.Truth;
import io.crmkit.identity.match.IdentityMatcher;
import io.crmkit.identity.match.MatchRun;
import io.crmkit.identity.match.MatchSettings;
import io.crmkit.identity.record.IdentityRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * The command {@code crm link}: finds the records of two CSV files that are the same person, as
 * {@code crm dedupe} does within one, comparing only pairs with one record from each file.
 */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds the records of two CSV files that are one person: as crm dedupe, but only pairs with one record from"
          + " each file are compared. Both files have the id and compared columns (the compared columns default to"
          + " those of --left). Writes one CSV row per record of either file: cluster_id, file (left or right),"
          + " the id and cluster_size; prints what the run did.",
      "With --truth or --truth-id-pattern, also prints pair precision, recall and F1 of the clusters' cross pairs,"
          + " and pair completeness and reduction ratio of the blocking."
    },
    footerHeading = "%nExample (FEBRL 4):%n",
    footer = {
      "  crm link --left dataset4a.csv --right dataset4b.csv --id rec_id \\",
      "      --truth-id-pattern 'rec-(\\d+)-' --output links.csv"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:linked",
      "1:the files cannot be linked: a malformed row, an id used twice, no pair to learn from (every problem"
          + " printed; nothing written), or an unexpected failure",
      "2:bad arguments (such as a column a file does not have), or a file missing, unreadable or unwritable"
    })
public final class LinkCommand implements Callable<Integer> {
  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** The left records. */
  @Option(names = "--left", required = true, paramLabel = "FILE",
      description = "The first CSV file of records (UTF-8), with a header.")
  Path left = Path.of("");

  /** The right records. */
  @Option(names = "--right", required = true, paramLabel = "FILE",
      description = "The second CSV file of records (UTF-8), with a header.")
  Path right = Path.of("");

  /** The options shared with {@code crm dedupe}, {@code --output} first. */
  @Mixin IdentityOptions options = new IdentityOptions();

  /** Makes the command; picocli fills in its options. */
  public LinkCommand() {}

  /**
   * Links the files and writes the clusters.
   *
   * @return 0 when linked, 1 when the files cannot be
   */
  @Override
  public Integer call() {
    CommandLine command = spec.commandLine();
    Optional<Pattern> idPattern = options.truthPattern(command);
    CsvRows leftRows = CsvRows.readFile("left", left, options.delimiter);
    CsvRows rightRows = CsvRows.readFile("right", right, options.delimiter);
    List<IdentityColumn> compared = List.of();
    if (!leftRows.header().isEmpty() && !rightRows.header().isEmpty()) {
      options.requireNamedColumns(command, "--left ", leftRows.header());
      options.requireNamedColumns(command, "--right ", rightRows.header());
      compared = options.comparedColumns(command, leftRows.header());
      for (IdentityColumn column : compared) {
        IdentityOptions.requireColumn(command, "--right --columns", column.column(), rightRows.header());
      }
    }
    List<String> columns = options.readColumns(compared);
    IdentityFiles.Read leftRead = IdentityFiles.records(leftRows, options.idColumn, columns);
    IdentityFiles.Read rightRead = IdentityFiles.records(rightRows, options.idColumn, columns);
    List<String> problems = new ArrayList<>(leftRead.problems());
    problems.addAll(rightRead.problems());
    PrintWriter err = command.getErr();
    if (!problems.isEmpty() || compared.isEmpty()) {
      IdentityFiles.printProblems(err, "linked", problems);
      return ExitCode.SOFTWARE;
    }
    List<IdentityRecord> all = new ArrayList<>(leftRead.records());
    all.addAll(rightRead.records());
    MatchSettings settings = options.settings(command, compared, all);
    MatchRun run;
    Optional<Truth> truth;
    try {
      truth = options.truth(all, idPattern);
      run = IdentityMatcher.of(settings).link(leftRead.records(), rightRead.records());
    } catch (CrmValidationException e) {
      ScoreFiles.printRefused(err, left, "linked with " + right, e);
      return ExitCode.SOFTWARE;
    }
    Set<String> rightIds = new HashSet<>(run.rightIds());
    options.writeClusters(command, run, rightIds, compared, truth);
    return ExitCode.OK;
  }
}
