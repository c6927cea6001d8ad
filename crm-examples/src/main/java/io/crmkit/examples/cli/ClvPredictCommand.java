package io.crmkit.examples.cli;

import io.crmkit.analytics.clv.CustomerLifetimeValue;
import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.DiscountRate;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.PurchaseHistory;
import io.crmkit.analytics.clv.RepeatPurchaseModel;
import io.crmkit.analytics.clv.TimeSpan;
import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.analytics.clv.bgnbd.MbgNbdModel;
import io.crmkit.analytics.clv.pnbd.ParetoNbdModel;
import io.crmkit.analytics.clv.spend.GammaGammaModel;
import io.crmkit.analytics.clv.spend.SpendData;
import io.crmkit.analytics.clv.summary.PurchaseDays;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
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
 * The subcommand {@code crm clv predict}: fits a purchase model and the Gamma-Gamma spend model to a
 * file of transactions at the calibration end, and writes a CSV row per customer: the summary, the
 * probability of being alive, the purchases expected over the horizon, the expected spend per
 * purchase and the discounted value.
 */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes one CSV row per customer: customer_id, x, t_x, T, p_alive, expected_purchases (over the horizon),"
          + " expected_spend (per purchase, Gamma-Gamma) and clv (the expected purchases of each period of the"
          + " horizon times the expected spend, discounted per period).",
      "The purchase model (--model bgnbd, pnbd or mbgnbd) and the spend model are fitted to the customers"
          + " summarised at the calibration end; the horizon counts from it. If the spend model does not"
          + " converge, every customer's expected spend is the mean repeat spend of all repeat buyers (a note"
          + " says so)."
    },
    footerHeading = "%nExample (the sample file; 10%% a year is about 0.18%% a week):%n",
    footer = {
      "  crm clv predict --transactions examples/analytics/cdnow-sample.csv \\",
      "      --customer customer_id --date date --amount dollar_value \\",
      "      --calibration-end 1997-09-30 --unit week --model bgnbd \\",
      "      --horizon 52 --discount-rate 0.0018"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "1:bad rows in the file (each printed with its line), no customer by the calibration end, a purchase fit"
          + " that did not converge, or an unexpected failure",
      "2:bad arguments (such as a column the file does not have, or --model gg), or a file missing, unreadable"
          + " or unwritable"
    })
public final class ClvPredictCommand implements Callable<Integer> {

  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** The file, columns, calibration end, unit and model. */
  @Mixin ClvTransactionsOptions input = new ClvTransactionsOptions();

  /** The horizon. */
  @Option(names = "--horizon", required = true, paramLabel = "N",
      description = "How many periods of the unit to predict, from the calibration end: a whole number, 1 or more.")
  int horizon;

  /** The discount rate. */
  @Option(names = "--discount-rate", paramLabel = "R", defaultValue = "0",
      description = "The discount rate per period of the unit (default: ${DEFAULT-VALUE}): 0.0018 a week is about"
          + " 10%% a year.")
  double discountRate;

  /** Where to write the rows. */
  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the rows to this CSV file and print a summary (default: the rows to standard output).")
  @Nullable Path output;

  /** Makes the command; picocli fills in its options. */
  public ClvPredictCommand() {}

  /**
   * Reads the transactions, fits the models and writes the rows.
   *
   * @return 0 when written, 1 when the file cannot be used or the purchase fit did not converge
   * @throws CrmValidationException when a file is missing, unreadable or unwritable (exit code 2)
   * @throws ParameterException when the options do not fit together or with the file (exit code 2)
   */
  @Override
  public Integer call() {
    if (!input.model.purchases()) {
      throw new ParameterException(spec.commandLine(), "--model: predict needs a purchase model (bgnbd, pnbd or"
          + " mbgnbd); the spend model gg is fitted alongside it");
    }
    if (horizon < 1) {
      throw new ParameterException(spec.commandLine(), "--horizon: give 1 or more periods (was " + horizon + ")");
    }
    if (!(discountRate >= 0 && Double.isFinite(discountRate))) {
      throw new ParameterException(spec.commandLine(), "--discount-rate: give a rate of 0 or more per period (was "
          + discountRate + ")");
    }
    PrintWriter err = spec.commandLine().getErr();
    Optional<Transactions> transactions = input.read(spec, err);
    if (transactions.isEmpty()) {
      return ExitCode.SOFTWARE;
    }
    CustomerSummaries customers = PurchaseDays.of(transactions.get()).summaries(input.calibrationEnd, input.unit);
    if (customers.size() == 0) {
      err.println("error: nothing predicted: no customer of " + input.transactions + " made a first purchase on or"
          + " before the calibration end " + input.calibrationEnd);
      err.flush();
      return ExitCode.SOFTWARE;
    }
    FitResult<? extends RepeatPurchaseModel> purchases = switch (input.model) {
      case PNBD -> ParetoNbdModel.fit(customers.groups());
      case MBGNBD -> MbgNbdModel.fit(customers.groups());
      default -> BgNbdModel.fit(customers.groups());
    };
    if (purchases instanceof FitResult.NotConverged<?> refused) {
      err.println("error: nothing predicted: the " + input.model.label() + " fit did not converge: "
          + refused.reason());
      err.flush();
      return ExitCode.SOFTWARE;
    }
    Spend spend = spend(customers, err);
    Predictions predictions = new Predictions(purchases.orElseThrow(), spend, customers, horizon,
        DiscountRate.of(discountRate, input.unit));
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      predictions.write(out);
      out.flush();
      return ExitCode.OK;
    }
    double total;
    try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      total = predictions.write(file);
    } catch (NoSuchFileException e) {
      throw CrmValidationException.of("output", "unwritable", output, "the folder does not exist");
    } catch (IOException e) {
      throw CrmValidationException.of("output", "unwritable", output, "cannot write the file: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Wrote " + customers.size() + " customers to " + output + ": " + input.model.label() + " over "
        + horizon + " " + input.unit.label() + (horizon == 1 ? "" : "s") + ", total discounted value "
        + String.format(Locale.ROOT, "%.2f", total));
    out.flush();
    return ExitCode.OK;
  }

  /** The expected spend per purchase: from the Gamma-Gamma model, or one mean for all when it cannot be fitted. */
  private record Spend(Optional<GammaGammaModel> model, double fallback) {
    double of(int x, double meanRepeatSpend) {
      return model.map(gg -> gg.expectedSpend(x, meanRepeatSpend)).orElse(fallback);
    }
  }

  private static Spend spend(CustomerSummaries customers, PrintWriter err) {
    double total = 0.0;
    long repeatPurchases = 0;
    for (int row = 0; row < customers.size(); row++) {
      total += customers.meanRepeatSpend(row) * customers.repeatPurchases(row);
      repeatPurchases += customers.repeatPurchases(row);
    }
    double fallback = repeatPurchases == 0 ? 0.0 : total / repeatPurchases;
    String why;
    try {
      FitResult<GammaGammaModel> fit = GammaGammaModel.fit(SpendData.repeatBuyersOf(customers));
      if (fit instanceof FitResult.Converged<GammaGammaModel> converged && converged.model().q() > 1) {
        return new Spend(Optional.of(converged.model()), fallback);
      }
      why = fit instanceof FitResult.NotConverged<GammaGammaModel> refused ? refused.reason()
          : "q <= 1, so the mean spend is infinite";
    } catch (CrmValidationException e) {
      why = e.getMessage();
    }
    err.println("note: the Gamma-Gamma spend model was not fitted (" + why + "); every customer's expected spend"
        + " is the mean repeat spend of all repeat buyers, " + String.format(Locale.ROOT, "%.4f", fallback));
    err.flush();
    return new Spend(Optional.empty(), fallback);
  }

  /** The rows: one per customer. */
  private record Predictions(
      RepeatPurchaseModel model, Spend spend, CustomerSummaries customers, int horizon, DiscountRate rate) {
    /** Writes the header and the rows; returns the total discounted value. */
    double write(Writer out) throws IOException {
      out.write("customer_id,x,t_x,T,p_alive,expected_purchases,expected_spend,clv\n");
      TimeSpan span = TimeSpan.of(horizon, model.unit());
      double total = 0.0;
      for (int row = 0; row < customers.size(); row++) {
        PurchaseHistory history = customers.history(row);
        double expectedSpend = spend.of(history.repeatPurchases(), customers.meanRepeatSpend(row));
        double value = CustomerLifetimeValue.discounted(model, history, expectedSpend, span, rate);
        total += value;
        out.write(ReplayPrinter.quoted(customers.customerId(row)) + "," + history.repeatPurchases() + ","
            + number(history.recency()) + "," + number(history.age()) + ","
            + number(model.probabilityAlive(history)) + "," + number(model.expectedPurchases(history, span)) + ","
            + String.format(Locale.ROOT, "%.4f", expectedSpend) + "," + String.format(Locale.ROOT, "%.4f", value)
            + "\n");
      }
      return total;
    }

    void write(PrintWriter out) {
      try {
        write((Writer) out);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a PrintWriter does not throw
      }
    }

    private static String number(double value) {
      return String.format(Locale.ROOT, "%.6f", value);
    }
  }
}
