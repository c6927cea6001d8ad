package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.examples.report.TextTable;
import io.crmkit.scoring.dataset.CategoricalFeature;
import io.crmkit.scoring.dataset.CsvDatasetOptions;
import io.crmkit.scoring.dataset.CsvDatasetReader;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.evaluation.CrossValidation;
import io.crmkit.scoring.evaluation.CrossValidationReport;
import io.crmkit.scoring.evaluation.FeatureInfluence;
import io.crmkit.scoring.evaluation.FoldResult;
import io.crmkit.scoring.evaluation.Influence;
import io.crmkit.scoring.evaluation.ScoreSummary;
import io.crmkit.scoring.evaluation.ValueInfluence;
import io.crmkit.scoring.predictive.ModelTrainer;
import io.crmkit.scoring.predictive.PredictiveModel;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm score evaluate}: reads a CSV file of closed leads with {@link
 * CsvDatasetReader}, judges a predictive model on it by stratified k-fold {@link CrossValidation}
 * (AUC, Brier score and top-decile lift over the out-of-fold scores), and prints the {@link
 * Influence top factors} of the model trained on all the leads.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Judges a predictive model on a CSV file of closed leads: k-fold cross-validation scores each lead with a"
          + " model trained on the other folds, and prints the AUC, Brier score and top-decile lift of those"
          + " scores, then the features and values that move the model trained on all leads most.",
      "The file has a header and a 0/1 target column (1 won, 0 lost). Every other column not excluded is a"
          + " feature: numeric when all its values are numbers, categorical otherwise. Blank cells and"
          + " placeholders (--missing-values) are missing values."
    },
    footerHeading = "%nExample (the sample file; lead_id is an identifier, left out):%n",
    footer = {
      "  crm score evaluate --input examples/scoring/leads.csv --target converted \\",
      "      --exclude lead_id --model bayes"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:evaluated",
      "1:the file cannot be evaluated: malformed CSV, a target value that is not 0 or 1, a single outcome"
          + " (the problem is printed with its line), or an unexpected failure",
      "2:bad arguments (such as a column the file does not have, or more folds than won or lost leads),"
          + " or the file is missing or unreadable"
    })
public final class ScoreEvaluateCommand implements Callable<Integer> {
  /** The fewest leads a value must have to be listed among the top factors (and 1% of the leads when more). */
  static final int MIN_LEADS_PER_VALUE = 5;

  /** The field that names the input file in refusals. */
  private static final String INPUT = "input";

  /** The options that stand for refused fields of the dataset options and the cross-validation. */
  private static final Map<String, String> OPTIONS = Map.of(
      "csv.targetColumn", "--target",
      "csv.excludedColumns", "--exclude",
      "csv.categoricalColumns", "--categorical",
      "csv.missingValues", "--missing-values",
      "csv.delimiter", "--delimiter",
      "crossValidation.folds", "--folds");

  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** The file of closed leads. */
  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "The CSV file of closed leads (UTF-8), with a header.")
  Path input = Path.of("");

  /** The column of the outcome. */
  @Option(names = "--target", required = true, paramLabel = "COLUMN",
      description = "The column of the outcome: 1 for a won (converted) lead, 0 for a lost one.")
  String target = "";

  /** Columns left out. */
  @Option(names = "--exclude", split = ",", paramLabel = "COLUMN",
      description = "Columns to leave out, separated by commas: identifiers, free text, and anything known only"
          + " after the outcome. Repeatable.")
  List<String> excluded = new ArrayList<>();

  /** Columns read as categories. */
  @Option(names = "--categorical", split = ",", paramLabel = "COLUMN",
      description = "Columns read as categories even when every value is a number (zip codes, codes)."
          + " Repeatable.")
  List<String> categorical = new ArrayList<>();

  /** Texts that mean "no value". */
  @Option(names = "--missing-values", split = ",", paramLabel = "TEXT",
      defaultValue = "Select,NA,N/A,null",
      description = "Texts that mean \"no value\", separated by commas, compared without case (default:"
          + " ${DEFAULT-VALUE}). A blank cell is always missing; --missing-values '' keeps only blanks.")
  List<String> missingValues = new ArrayList<>();

  /** The delimiter. */
  @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",", converter = DelimiterName.class,
      description = "The character between fields: , (default), ; or tab.")
  char delimiter = ',';

  /** The model to judge. */
  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "logistic", converter = PredictiveModelKind.Name.class,
      completionCandidates = PredictiveModelKind.Name.class,
      description = "The model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). bayes counts won and lost"
          + " leads per value, as Odoo CRM does; logistic is an L2-regularised logistic regression.")
  PredictiveModelKind model = PredictiveModelKind.LOGISTIC;

  /** The number of folds. */
  @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
      description = "The number of folds, 2 or more (default: ${DEFAULT-VALUE}); each holds at least one won and"
          + " one lost lead.")
  int folds = 5;

  /** The seed of the folds' shuffle. */
  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "The seed that shuffles the leads into folds (default: ${DEFAULT-VALUE}): the same seed gives"
          + " the same folds and numbers.")
  long seed = 42;

  /** How many factors to list. */
  @Option(names = "--top", paramLabel = "N", defaultValue = "5",
      description = "How many features, and values each way, to list among the top factors (default:"
          + " ${DEFAULT-VALUE}).")
  int top = 5;

  /** Makes the command; picocli fills in its options. */
  public ScoreEvaluateCommand() {}

  /**
   * Reads the leads, cross-validates the model and prints the measures and top factors.
   *
   * @return 0 when evaluated, 1 when the file cannot be
   * @throws CrmValidationException when the file is missing or unreadable (exit code 2)
   * @throws ParameterException when an option is refused, such as a column the file lacks (exit code 2)
   */
  @Override
  public Integer call() {
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top: give 1 or more (was " + top + ")");
    }
    Dataset leads;
    CrossValidationReport report;
    PredictiveModel trained;
    try {
      CrossValidation crossValidation = CrossValidation.stratified(folds, seed);
      leads = read(options());
      ModelTrainer.requireBothOutcomes(leads); // before the folds, which would blame --folds
      report = crossValidation.run(leads, model.trainer());
      trained = model.trainer().train(leads);
    } catch (CrmValidationException e) {
      if (e.field().equals(INPUT)) {
        throw e; // missing or unreadable: exit 2
      }
      RuntimeException optionError = ScoreFiles.asOptionError(spec.commandLine(), e, OPTIONS);
      if (optionError != e) {
        throw optionError;
      }
      ScoreFiles.printRefused(spec.commandLine().getErr(), input, "evaluated", e);
      return ExitCode.SOFTWARE;
    }
    print(spec.commandLine().getOut(), leads, report, trained, Influence.of(trained, leads));
    return ExitCode.OK;
  }

  private CsvDatasetOptions options() {
    return CsvDatasetOptions.target(target)
        .excluding(excluded.toArray(String[]::new))
        .categorical(categorical.toArray(String[]::new))
        .withMissingValues(missingValues.toArray(String[]::new))
        .withDelimiter(delimiter);
  }

  private Dataset read(CsvDatasetOptions options) {
    try (Reader in = ScoreFiles.open(INPUT, input)) {
      return CsvDatasetReader.read(in, options);
    } catch (UncheckedIOException e) {
      throw ScoreFiles.unreadable(INPUT, input, e);
    } catch (IOException e) {
      throw ScoreFiles.unreadable(INPUT, input, e);
    }
  }

  private void print(PrintWriter out, Dataset leads, CrossValidationReport report, PredictiveModel trained,
      Influence influence) {
    ScoreSummary pooled = report.pooled();
    long categoricalFeatures = leads.features().stream().filter(f -> f instanceof CategoricalFeature).count();
    long numericFeatures = leads.features().size() - categoricalFeatures;
    out.println("Evaluation of " + model.label() + " on " + input + ", target " + target);
    out.println("  " + leads.size() + " leads, " + leads.wonCount() + " won (" + percent(pooled.baseRate()) + "); "
        + count(leads.features().size(), "feature") + ": " + categoricalFeatures + " categorical, " + numericFeatures
        + " numeric" + (excluded.isEmpty() ? "" : " (excluded: " + String.join(", ", excluded) + ")"));
    out.println("  " + folds + "-fold stratified cross-validation, seed " + seed
        + ": each lead scored by the model trained on the other folds");
    out.println();
    out.println("Out-of-fold scores");
    double baseline = pooled.baseRate() * (1 - pooled.baseRate());
    out.println("  AUC              " + decimal(pooled.auc(), 3) + "  (per fold " + decimal(report.meanFoldAuc(), 3)
        + " +/- " + decimal(report.foldAucStandardDeviation(), 3) + "; 0.5 is guessing)");
    out.println("  Brier score      " + decimal(pooled.brier(), 3) + "  (lower is better; the base rate alone scores "
        + decimal(baseline, 3) + ")");
    out.println("  Top-decile lift  " + decimal(pooled.topDecileLift(), 2) + "   (the top 10% of scores convert at "
        + decimal(pooled.topDecileLift(), 2) + " x the base rate)");
    out.println();
    out.println("Top factors of the model trained on all " + leads.size() + " leads"
        + " (a push is a change of the log-odds of winning)");
    TextTable features = TextTable.of(TextTable.left("FEATURE"), TextTable.left("KIND"), TextTable.right("MEAN |PUSH|"));
    for (FeatureInfluence feature : influence.features().stream().limit(top).toList()) {
      features.row(feature.feature(), kind(leads, feature.feature()), decimal(feature.meanAbsoluteLogOdds(), 3));
    }
    out.print(features.render());
    int minimumLeads = Math.max(MIN_LEADS_PER_VALUE, (leads.size() + 99) / 100);
    values(out, "Values that raise the odds most", influence.pushingUp(top, minimumLeads), minimumLeads);
    values(out, "Values that lower the odds most", influence.pushingDown(top, minimumLeads), minimumLeads);
    notConverged(out, report, trained);
    out.flush();
  }

  private static void values(PrintWriter out, String title, List<ValueInfluence> values, int minimumLeads) {
    out.println();
    if (values.isEmpty()) {
      out.println(title + ": none held by " + minimumLeads + " leads or more");
      return;
    }
    out.println(title + " (held by " + minimumLeads + " leads or more)");
    TextTable table = TextTable.of(TextTable.left("FEATURE"), TextTable.left("VALUE"), TextTable.right("LEADS"),
        TextTable.right("PUSH"), TextTable.right("ODDS"));
    for (ValueInfluence value : values) {
      table.row(value.feature(), value.value(), Integer.toString(value.leads()), signed(value.meanLogOdds()),
          "x" + decimal(Math.exp(value.meanLogOdds()), 2));
    }
    out.print(table.render());
  }

  /** Notes every logistic fit that stopped before its weights settled. */
  private static void notConverged(PrintWriter out, CrossValidationReport report, PredictiveModel trained) {
    List<String> notes = new ArrayList<>();
    for (FoldResult fold : report.folds()) {
      if (fold.model() instanceof LogisticRegressionModel fit && !fit.convergence().converged()) {
        notes.add("the fit of fold " + fold.fold() + " did not converge: " + fit.convergence().explanation());
      }
    }
    if (trained instanceof LogisticRegressionModel fit && !fit.convergence().converged()) {
      notes.add("the fit on all leads did not converge: " + fit.convergence().explanation());
    }
    if (!notes.isEmpty()) {
      out.println();
      out.println("Notes");
      notes.forEach(note -> out.println("  " + note));
    }
  }

  private static String kind(Dataset leads, String feature) {
    return leads.indexOf(feature).stream()
        .mapToObj(leads::feature)
        .map(f -> f instanceof CategoricalFeature ? "categorical" : "numeric")
        .findFirst()
        .orElse("");
  }

  private static String decimal(double value, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", value);
  }

  private static String signed(double value) {
    return String.format(Locale.ROOT, "%+.2f", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
