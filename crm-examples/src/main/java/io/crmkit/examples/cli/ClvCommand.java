package io.crmkit.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm clv}: only names its own subcommands, {@code fit}, which fits a
 * customer-lifetime-value model to a file of transactions, and {@code predict}, which writes each
 * customer's chance of being alive, expected purchases and discounted value.
 */
@Command(
    name = "clv",
    mixinStandardHelpOptions = true,
    description = {
      "Customer-lifetime value from a CSV file of transactions: fits BG/NBD, Pareto/NBD, MBG/NBD or the"
          + " Gamma-Gamma spend model and prints its parameters, standard errors and log-likelihood as JSON,"
          + " checked against a holdout when given one; and writes each customer's probability of being alive,"
          + " expected purchases and discounted value as CSV.",
      "A sample is in examples/analytics/: cdnow-sample.csv (customer_id, date, dollar_value)."
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:a file that cannot be used (each bad row printed with its line), a fit that did not converge, or an"
          + " unexpected failure",
      "2:bad arguments, or a file missing or unreadable"
    },
    subcommands = {
      ClvFitCommand.class,
      ClvPredictCommand.class,
    })
public final class ClvCommand implements Runnable {

  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** Makes the command; picocli fills in its options. */
  public ClvCommand() {}

  /** Refuses to run without a subcommand: {@code crm clv} alone is a usage error. */
  @Override
  public void run() {
    throw CrmCommand.missingSubcommand(spec);
  }
}
