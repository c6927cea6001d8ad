package io.crmkit.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.ModelFit;
import io.crmkit.analytics.clv.ParameterEstimate;
import io.crmkit.analytics.clv.RepeatPurchaseModel;
import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.analytics.clv.bgnbd.MbgNbdModel;
import io.crmkit.analytics.clv.check.HoldoutCheck;
import io.crmkit.analytics.clv.pnbd.ParetoNbdModel;
import io.crmkit.analytics.clv.spend.GammaGammaModel;
import io.crmkit.analytics.clv.spend.SpendData;
import io.crmkit.analytics.clv.summary.CalibrationHoldout;
import io.crmkit.analytics.clv.summary.PurchaseDays;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm clv fit}: summarises a file of transactions at the calibration end,
 * fits a model by maximum likelihood and prints its parameters, standard errors and log-likelihood
 * as JSON; with {@code --holdout-end}, also the repeat purchases it predicts for the holdout against
 * those made.
 */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Fits a CLV model to a CSV file of transactions and prints, as JSON, its parameters with standard errors"
          + " and its log-likelihood, or why the fit did not converge.",
      "Each customer is summarised at the calibration end: x = distinct purchase days - 1, t_x = last - first"
          + " purchase day, T = calibration end - first purchase day, in the unit; gg fits the mean spend of the"
          + " repeat purchases of customers with x > 0.",
      "With --holdout-end the purchase models are checked against the purchases after the calibration end:"
          + " predicted and actual repeat purchases in total, their mean absolute and root mean squared error"
          + " per customer, and the error of the cumulative repeat purchases per period."
    },
    footerHeading = "%nExample (the sample file):%n",
    footer = {
      "  crm clv fit --transactions examples/analytics/cdnow-sample.csv \\",
      "      --customer customer_id --date date --amount dollar_value \\",
      "      --calibration-end 1997-09-30 --unit week --model bgnbd \\",
      "      --holdout-end 1998-06-30"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:fitted",
      "1:bad rows in the file (each printed with its line), no customer by the calibration end, a fit that did not"
          + " converge (printed as JSON with the reason), or an unexpected failure",
      "2:bad arguments (such as a column the file does not have), or the file missing or unreadable"
    })
public final class ClvFitCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** The file, columns, calibration end, unit and model. */
  @Mixin ClvTransactionsOptions input = new ClvTransactionsOptions();

  /** The holdout end. */
  @Option(names = "--holdout-end", paramLabel = "DATE",
      description = "The last day of a holdout period (yyyy-mm-dd, inclusive, after the calibration end): check"
          + " the model's predictions against the purchases made up to it. Not for gg.")
  @Nullable LocalDate holdoutEnd;

  /** Makes the command; picocli fills in its options. */
  public ClvFitCommand() {}

  /**
   * Reads the transactions, fits the model and prints the JSON.
   *
   * @return 0 when fitted, 1 when the file cannot be used or the fit did not converge
   * @throws CrmValidationException when the file is missing or unreadable (exit code 2)
   * @throws ParameterException when the options do not fit together or with the file (exit code 2)
   */
  @Override
  public Integer call() {
    if (holdoutEnd != null && !holdoutEnd.isAfter(input.calibrationEnd)) {
      throw new ParameterException(spec.commandLine(), "--holdout-end: must be after --calibration-end ("
          + input.calibrationEnd + "), was " + holdoutEnd);
    }
    if (holdoutEnd != null && !input.model.purchases()) {
      throw new ParameterException(spec.commandLine(), "--holdout-end: checks a purchase model (bgnbd, pnbd,"
          + " mbgnbd), not the spend model gg");
    }
    PrintWriter err = spec.commandLine().getErr();
    Optional<Transactions> transactions = input.read(spec, err);
    if (transactions.isEmpty()) {
      return ExitCode.SOFTWARE;
    }
    PurchaseDays days = PurchaseDays.of(transactions.get());
    Optional<CalibrationHoldout> split = holdoutEnd == null ? Optional.empty()
        : Optional.of(days.calibrationHoldout(input.calibrationEnd, holdoutEnd, input.unit));
    CustomerSummaries customers = split.map(CalibrationHoldout::calibration)
        .orElseGet(() -> days.summaries(input.calibrationEnd, input.unit));
    if (customers.size() == 0) {
      err.println("error: nothing fitted: no customer of " + input.transactions + " made a first purchase on or before"
          + " the calibration end " + input.calibrationEnd);
      err.flush();
      return ExitCode.SOFTWARE;
    }
    ObjectNode json = MAPPER.createObjectNode();
    json.put("model", input.model.cliName());
    json.put("unit", input.unit.label());
    json.put("calibrationEnd", input.calibrationEnd.toString());
    FitResult<?> result;
    try {
      result = fit(customers, json);
    } catch (CrmValidationException e) {
      ScoreFiles.printRefused(err, input.transactions, "fitted", e);
      return ExitCode.SOFTWARE;
    }
    if (result instanceof FitResult.NotConverged<?> refused) {
      json.put("converged", false);
      json.put("reason", refused.reason());
      ObjectNode last = json.putObject("lastParameters");
      refused.lastParameters().forEach(last::put);
      print(json);
      err.println("error: the fit did not converge: " + refused.reason());
      err.flush();
      return ExitCode.SOFTWARE;
    }
    FitResult.Converged<?> converged = (FitResult.Converged<?>) result;
    ModelFit fit = converged.fit();
    json.put("converged", true);
    ObjectNode parameters = json.putObject("parameters");
    for (ParameterEstimate estimate : fit.parameters()) {
      ObjectNode parameter = parameters.putObject(estimate.name());
      parameter.put("estimate", estimate.estimate());
      parameter.put("standardError", estimate.standardError());
    }
    json.put("logLikelihood", fit.logLikelihood());
    json.put("iterations", fit.iterations());
    if (split.isPresent() && converged.model() instanceof RepeatPurchaseModel model) {
      holdout(json.putObject("holdout"), HoldoutCheck.of(model, split.get()), split.get());
    }
    print(json);
    return ExitCode.OK;
  }

  private FitResult<?> fit(CustomerSummaries customers, ObjectNode json) {
    return switch (input.model) {
      case BGNBD -> counted(json, customers.size(), BgNbdModel.fit(customers.groups()));
      case PNBD -> counted(json, customers.size(), ParetoNbdModel.fit(customers.groups()));
      case MBGNBD -> counted(json, customers.size(), MbgNbdModel.fit(customers.groups()));
      case GG -> {
        SpendData spend = SpendData.repeatBuyersOf(customers);
        if (spend.size() == 0) {
          throw CrmValidationException.of("transactions", "repeatBuyers", 0,
              "no customer made a repeat purchase by the calibration end: the spend model has nothing to fit");
        }
        yield counted(json, spend.customerCount(), GammaGammaModel.fit(spend));
      }
    };
  }

  private static FitResult<?> counted(ObjectNode json, long customers, FitResult<?> result) {
    json.put("customers", customers);
    return result;
  }

  private static void holdout(ObjectNode json, HoldoutCheck check, CalibrationHoldout split) {
    json.put("end", split.holdoutEnd().toString());
    json.put("length", split.holdoutLength().length());
    json.put("predictedRepeatPurchases", check.predictedTotal());
    json.put("actualRepeatPurchases", check.actualTotal());
    json.put("relativeErrorOfTotal", check.relativeErrorOfTotal());
    json.put("meanAbsoluteError", check.meanAbsoluteError());
    json.put("rootMeanSquaredError", check.rootMeanSquaredError());
    json.put("correlation", check.correlation());
    ObjectNode tracking = json.putObject("tracking");
    tracking.put("periods", check.periods().size());
    tracking.put("meanAbsolutePercentageError", check.trackingMeanAbsolutePercentageError(false));
    tracking.put("holdoutMeanAbsolutePercentageError", check.trackingMeanAbsolutePercentageError(true));
  }

  private void print(ObjectNode json) {
    PrintWriter out = spec.commandLine().getOut();
    try {
      out.println(MAPPER.writeValueAsString(json));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }
}
