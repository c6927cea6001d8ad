package io.crmkit.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm score}: only names its own subcommands, {@code evaluate}, which judges a
 * predictive model on a CSV file of closed leads, and {@code apply}, which scores leads with a rule
 * model.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores leads: judges a predictive model on a CSV file of closed leads by cross-validation, printing"
          + " AUC, Brier score, top-decile lift and the top factors; and scores a CSV file of leads with a rule"
          + " model (JSON), writing each lead's score, grade and the rules behind it.",
      "Samples are in examples/scoring/: leads.csv (with a 0/1 converted column), model.json and events.csv."
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:a file that cannot be scored (the problem printed with its line), or an unexpected failure",
      "2:bad arguments, or a file missing or unreadable"
    },
    subcommands = {
      ScoreEvaluateCommand.class,
      ScoreApplyCommand.class,
    })
public final class ScoreCommand implements Runnable {

  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** Makes the command; picocli fills in its options. */
  public ScoreCommand() {}

  /** Refuses to run without a subcommand: {@code crm score} alone is a usage error. */
  @Override
  public void run() {
    throw CrmCommand.missingSubcommand(spec);
  }
}
