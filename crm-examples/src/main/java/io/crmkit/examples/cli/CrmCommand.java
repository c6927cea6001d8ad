package io.crmkit.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command {@code crm}: it only names the subcommands, which do the work.
 *
 * <p>Every subcommand is listed here, in {@code subcommands}, and nowhere else. Its attributes
 * ({@code --help}, {@code --version}, the exit code list) are inherited by every subcommand, and so
 * is {@code --verbose}.
 */
@Command(
    name = "crm",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = CrmVersion.class,
    description = "Runs crmkit from the command line: a demo of the CRM model, CSV or JSON import and export,"
        + " lifecycle definitions checked and replayed, lead scores judged and applied, the RFM segments and"
        + " cohort retention of a file of orders, customer-lifetime-value models fitted and applied, and"
        + " duplicate records found within a file or between two.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:unexpected failure (run again with --verbose for the stack trace)",
      "2:bad arguments or refused input"
    },
    subcommands = {
      DemoCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      LifecycleCommand.class,
      ScoreCommand.class,
      ClvCommand.class,
      DedupeCommand.class,
      LinkCommand.class,
      RfmCommand.class,
      CohortsCommand.class,
    })
public final class CrmCommand implements Runnable {

  @Spec CommandSpec spec;

  /** Whether an unexpected failure prints its stack trace; accepted by every subcommand too. */
  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an unexpected failure.")
  boolean verbose;

  /** Makes the top command; picocli fills in its options. */
  public CrmCommand() {}

  /** Refuses to run without a subcommand: {@code crm} alone is a usage error. */
  @Override
  public void run() {
    throw missingSubcommand(spec);
  }

  /**
   * The usage error of a command run without one of its subcommands: {@code crm}, {@code crm score},
   * {@code crm lifecycle} or {@code crm clv} alone (exit code 2).
   */
  static ParameterException missingSubcommand(CommandSpec spec) {
    return new ParameterException(spec.commandLine(), "missing command: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
