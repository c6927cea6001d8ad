package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.block.BlockingRule;
import io.crmkit.identity.block.KeyPart;
import io.crmkit.identity.cluster.Clusterer;
import io.crmkit.identity.compare.Comparison;
import io.crmkit.identity.evaluate.Truth;
import io.crmkit.identity.match.MatchRun;
import io.crmkit.identity.match.MatchSettings;
import io.crmkit.identity.match.Thresholds;
import io.crmkit.identity.normalise.DateNormaliser;
import io.crmkit.identity.normalise.PhoneNormaliser;
import io.crmkit.identity.record.IdentityRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options {@code crm dedupe} and {@code crm link} share: the output, the id, the columns and
 * how each is compared, the truth, the blocking rules, the phone region, the thresholds and the
 * cluster cap; how they are checked against a file's header, how they become match settings, and
 * where the clusters and the summary go.
 */
final class IdentityOptions {
  /** The largest block an automatic blocking rule compares. */
  static final int AUTOMATIC_MAX_BLOCK_SIZE = 100;

  /** How many other records may share a record's value, on average, for a column to block alone. */
  static final int AUTOMATIC_COMPARISONS_PER_RECORD = 10;

  /** Where to write the clusters; declared first so that it stays in help right after the input files. */
  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the clusters to this CSV file and print the summary on standard output (default: the"
          + " clusters on standard output, the summary on standard error).")
  @Nullable Path output;

  /** The id column. */
  @Option(names = "--id", required = true, paramLabel = "COLUMN",
      description = "The column that identifies a record; ids are unique (across both files when linking).")
  String idColumn = "";

  /** The compared columns. */
  @Option(names = "--columns", split = ",", paramLabel = "COLUMN[:KIND]",
      description = "The columns to compare, separated by commas, each with how: name, text, address, exact,"
          + " identifier, postcode, date, email or phone (default: every column but the id and the truth, each"
          + " kind guessed from its name: *mail* email, *phone* phone, *birth*/*date* date, *postcode*/*zip*"
          + " postcode, *number*/*_id* identifier, *name* name, *address*/*street* address, state/country"
          + " exact, else text).")
  List<String> columns = new ArrayList<>();

  /** The truth column. */
  @Option(names = "--truth", paramLabel = "COLUMN",
      description = "A column that holds the true entity: records with the same value are one. It is not"
          + " compared; pair precision, recall, F1, pair completeness and reduction ratio are printed.")
  @Nullable String truthColumn;

  /** The truth from the ids. */
  @Option(names = "--truth-id-pattern", paramLabel = "REGEX",
      description = "Take the true entity from the id instead: the first group of this pattern, such as"
          + " 'rec-(\\d+)-' for FEBRL's rec-12-org and rec-12-dup-0.")
  @Nullable String truthIdPattern;

  /** Blocking rules. */
  @Option(names = "--block", paramLabel = "RULE",
      description = "A blocking rule: key parts joined by +, each a column, column[0:N], soundex(column) or"
          + " metaphone(column), such as surname[0:2]+postcode. Repeatable; only pairs some rule puts in one"
          + " block are compared. Default: each email, phone, identifier, date and address column alone when"
          + " its values are varied enough (on average at most " + AUTOMATIC_COMPARISONS_PER_RECORD
          + " other records share a record's value), each two of the name, text, postcode and exact columns"
          + " together, and soundex of each name column with each date column, every block of these at most "
          + AUTOMATIC_MAX_BLOCK_SIZE + " records.")
  List<String> blocks = new ArrayList<>();

  /** The default phone region. */
  @Option(names = "--region", paramLabel = "CC", defaultValue = "GB",
      description = "The region of phone numbers written without a country code, an ISO 3166-1 code such as GB"
          + " or US (default: ${DEFAULT-VALUE}).")
  String region = "GB";

  /** The region column. */
  @Option(names = "--region-column", paramLabel = "COLUMN",
      description = "A column with each record's own region for its phone numbers (an ISO 3166-1 code).")
  @Nullable String regionColumn;

  /** Dates month first. */
  @Option(names = "--month-first",
      description = "Read 03/04/1975 as 4 March (default: day first, 3 April).")
  boolean monthFirst;

  /** The match threshold. */
  @Option(names = "--match", paramLabel = "P", defaultValue = "0.9",
      description = "The least match probability of a match (default: ${DEFAULT-VALUE}).")
  double match = 0.9;

  /** The review threshold. */
  @Option(names = "--review", paramLabel = "P", defaultValue = "0.5",
      description = "The least match probability of a pair to review, at most --match (default: ${DEFAULT-VALUE}).")
  double review = 0.5;

  /** The cluster cap. */
  @Option(names = "--max-cluster-size", paramLabel = "N", defaultValue = "50",
      description = "The most records a cluster may hold; weaker links are dropped past it (default: ${DEFAULT-VALUE}).")
  int maxClusterSize = Clusterer.DEFAULT_MAX_CLUSTER_SIZE;

  /** The delimiter. */
  @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",", converter = DelimiterName.class,
      description = "The character between fields: , (default), ; or tab.")
  char delimiter = ',';

  /** Makes the options; picocli fills them in. */
  IdentityOptions() {}

  /** The truth column and a truth pattern exclude each other; checks the pattern. */
  Optional<Pattern> truthPattern(CommandLine command) {
    if (truthIdPattern == null) {
      return Optional.empty();
    }
    if (truthColumn != null) {
      throw new ParameterException(command, "--truth and --truth-id-pattern: give one of them");
    }
    try {
      Pattern pattern = Pattern.compile(truthIdPattern);
      if (pattern.matcher("").groupCount() < 1) {
        throw new ParameterException(command, "--truth-id-pattern: the pattern needs a group, such as 'rec-(\\d+)-'");
      }
      return Optional.of(pattern);
    } catch (PatternSyntaxException e) {
      throw new ParameterException(command, "--truth-id-pattern: not a regular expression: " + e.getDescription());
    }
  }

  /**
   * The compared columns: those given, or every column of the header but the id, the truth and the
   * region column.
   */
  List<IdentityColumn> comparedColumns(CommandLine command, List<String> header) {
    List<IdentityColumn> compared = new ArrayList<>();
    if (columns.isEmpty()) {
      for (String column : header) {
        if (!column.equals(idColumn.strip()) && !column.equals(truthColumn) && !column.equals(regionColumn)) {
          compared.add(new IdentityColumn(column, IdentityColumn.guess(column)));
        }
      }
    } else {
      for (String written : columns) {
        IdentityColumn column = IdentityColumn.parse(written).orElseThrow(() -> new ParameterException(command,
            "--columns: '" + written + "': the kind is one of name, text, address, exact, identifier, postcode,"
                + " date, email, phone"));
        compared.add(column);
      }
    }
    for (IdentityColumn column : compared) {
      requireColumn(command, "--columns", column.column(), header);
    }
    if (compared.isEmpty()) {
      throw new ParameterException(command, "--columns: no column to compare: the file has only the id");
    }
    return compared;
  }

  /**
   * Fails with a usage error unless the header has the id column and, when given, the truth and
   * region columns; {@code prefix} goes before the option in the message ({@code ""}, or the file's
   * option and a space such as {@code "--left "}).
   */
  void requireNamedColumns(CommandLine command, String prefix, List<String> header) {
    requireColumn(command, prefix + "--id", idColumn, header);
    requireColumn(command, prefix + "--truth", truthColumn, header);
    requireColumn(command, prefix + "--region-column", regionColumn, header);
  }

  /** The columns to read from each file: the compared ones, then the truth and region columns when given. */
  List<String> readColumns(List<IdentityColumn> compared) {
    List<String> read = new ArrayList<>();
    compared.forEach(c -> read.add(c.column()));
    if (truthColumn != null) {
      read.add(truthColumn.strip());
    }
    if (regionColumn != null) {
      read.add(regionColumn.strip());
    }
    return read;
  }

  /**
   * Writes the clusters to {@link #output} and the summary to standard output or, without an
   * output file, the clusters to standard output and the summary to standard error.
   *
   * @param rightIds the ids of the right file when linking (each row then names its file), null
   *     when deduplicating
   */
  void writeClusters(CommandLine command, MatchRun run, @Nullable Set<String> rightIds,
      List<IdentityColumn> compared, Optional<Truth> truth) {
    if (output == null) {
      try {
        IdentityFiles.writeClusters(command.getOut(), run, idColumn.strip(), rightIds);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a PrintWriter does not throw
      }
      IdentityFiles.printSummary(command.getErr(), run, compared, truth);
    } else {
      IdentityFiles.writeClusters(output, run, idColumn.strip(), rightIds);
      IdentityFiles.printSummary(command.getOut(), run, compared, truth);
    }
  }

  /** Fails with a usage error unless the header has the column. */
  static void requireColumn(CommandLine command, String option, @Nullable String column, List<String> header) {
    if (column != null && !header.contains(column.strip())) {
      throw new ParameterException(command, option + ": unknown-column (was '" + column
          + "'): the header has no such column: " + header);
    }
  }

  /** The match settings for the compared columns of the records. */
  MatchSettings settings(CommandLine command, List<IdentityColumn> compared, List<IdentityRecord> records) {
    PhoneNormaliser phones;
    try {
      phones = PhoneNormaliser.forRegion(region);
    } catch (CrmValidationException e) {
      throw new ParameterException(command, "--region" + e.getMessage().substring(e.field().length()));
    }
    if (regionColumn != null) {
      phones = phones.regionFrom(regionColumn);
    }
    DateNormaliser dates = monthFirst ? DateNormaliser.monthFirst() : DateNormaliser.dayFirst();
    List<Comparison> comparisons = new ArrayList<>();
    for (IdentityColumn column : compared) {
      comparisons.add(column.comparison(phones, dates));
    }
    List<BlockingRule> rules = new ArrayList<>();
    try {
      for (String written : blocks) {
        rules.add(BlockRuleText.parse(written));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command, "--block: " + e.getMessage());
    }
    Set<String> known = new LinkedHashSet<>();
    compared.forEach(c -> known.add(c.column()));
    for (BlockingRule rule : rules) {
      for (String field : rule.fields()) {
        if (!known.contains(field)) {
          throw new ParameterException(command, "--block: '" + rule.name() + "' reads " + field
              + ", which is not a compared column: " + known);
        }
      }
    }
    if (rules.isEmpty()) {
      rules = automaticRules(compared, records);
    }
    Thresholds thresholds;
    try {
      thresholds = Thresholds.of(review, match);
    } catch (CrmValidationException e) {
      String option = e.field().equals("thresholds.match") ? "--match" : "--review";
      throw new ParameterException(command, option + e.getMessage().substring(e.field().length()));
    }
    if (maxClusterSize < 2) {
      throw new ParameterException(command, "--max-cluster-size: give 2 or more (was " + maxClusterSize + ")");
    }
    try {
      return MatchSettings.builder().comparisons(comparisons).blockingRules(rules).thresholds(thresholds)
          .maxClusterSize(maxClusterSize).build();
    } catch (CrmValidationException e) {
      throw new ParameterException(command, "--columns and --block: " + e.getMessage());
    }
  }

  /** The default blocking rules of {@link #blocks}' description. */
  static List<BlockingRule> automaticRules(List<IdentityColumn> compared, List<IdentityRecord> records) {
    List<BlockingRule> rules = new ArrayList<>();
    List<String> together = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (IdentityColumn column : compared) {
      switch (column.kind()) {
        case EMAIL, PHONE, IDENTIFIER, ADDRESS -> {
          if (varied(column.column(), records)) {
            rules.add(BlockingRule.on(KeyPart.exact(column.column())));
          }
        }
        case DATE -> {
          if (varied(column.column(), records)) {
            rules.add(BlockingRule.on(KeyPart.exact(column.column())));
          }
          dates.add(column.column());
        }
        case NAME -> {
          together.add(column.column());
          names.add(column.column());
        }
        default -> together.add(column.column());
      }
    }
    for (int i = 0; i < together.size(); i++) {
      for (int j = i + 1; j < together.size(); j++) {
        rules.add(BlockingRule.on(KeyPart.exact(together.get(i)), KeyPart.exact(together.get(j))));
      }
    }
    for (String name : names) {
      for (String date : dates) {
        rules.add(BlockingRule.on(KeyPart.soundex(name), KeyPart.exact(date)));
      }
    }
    if (rules.isEmpty()) {
      compared.forEach(c -> rules.add(BlockingRule.on(KeyPart.exact(c.column()))));
    }
    return rules.stream().map(r -> r.withMaxBlockSize(AUTOMATIC_MAX_BLOCK_SIZE)).toList();
  }

  /**
   * Whether a column's values (as written) are varied enough to block on alone: on average at most
   * {@value #AUTOMATIC_COMPARISONS_PER_RECORD} other records share a record's value. A street
   * number or a state is not; an identifier or a date of birth is, even with many duplicates.
   */
  private static boolean varied(String column, List<IdentityRecord> records) {
    Map<String, Integer> counts = new HashMap<>();
    long present = 0;
    for (IdentityRecord record : records) {
      Optional<String> value = record.value(column);
      if (value.isPresent()) {
        present++;
        counts.merge(value.get(), 1, Integer::sum);
      }
    }
    long sharing = counts.values().stream().mapToLong(n -> (long) n * (n - 1)).sum();
    return sharing <= present * AUTOMATIC_COMPARISONS_PER_RECORD;
  }

  /** The truth of the records, from the truth column or the id pattern, if either is given. */
  Optional<Truth> truth(List<IdentityRecord> records, Optional<Pattern> idPattern) {
    if (truthColumn != null) {
      return Optional.of(Truth.fromField(records, truthColumn));
    }
    if (idPattern.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> entities = new HashMap<>();
    for (IdentityRecord record : records) {
      Matcher m = idPattern.get().matcher(record.id());
      if (m.find() && m.group(1) != null) {
        entities.put(record.id(), m.group(1));
      }
    }
    return Optional.of(Truth.of(entities));
  }
}
