package io.crmkit.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm lifecycle}: only names its own subcommands, {@code validate},
 * {@code show} and {@code replay}, which work with lifecycle definitions as JSON and with the
 * lifecycles crm-lifecycle ships.
 */
@Command(
    name = "lifecycle",
    mixinStandardHelpOptions = true,
    description = {
      "Works with lifecycle definitions: checks a JSON definition, prints a shipped one to start from, and"
          + " replays a CSV file of events through one, printing where each record ends and every move refused"
          + " with its reasons.",
      "Shipped lifecycles: b2b-lead, b2c-customer, opportunity, support-case."
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (moves refused in a replay are results, not failures)",
      "1:an invalid definition or a malformed file (every problem printed), or an unexpected failure",
      "2:bad arguments, or a file missing or unreadable"
    },
    subcommands = {
      LifecycleValidateCommand.class,
      LifecycleShowCommand.class,
      LifecycleReplayCommand.class,
    })
public final class LifecycleCommand implements Runnable {

  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** Makes the command; picocli fills in its options. */
  public LifecycleCommand() {}

  /** Refuses to run without a subcommand: {@code crm lifecycle} alone is a usage error. */
  @Override
  public void run() {
    throw CrmCommand.missingSubcommand(spec);
  }
}
