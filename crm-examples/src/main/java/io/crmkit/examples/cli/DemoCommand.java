package io.crmkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm demo}: converts a few leads on the in-memory adapters and prints a
 * contact's timeline.
 *
 * <p>Not written yet: for now it only says what it will show.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Converts a few leads on the in-memory adapters and prints a contact's timeline.")
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Makes the command; picocli fills in its options. */
  public DemoCommand() {}

  /** Runs the demo and returns the exit code. */
  @Override
  public Integer call() {
    spec.commandLine()
        .getOut()
        .println(
            "The demo will convert a few leads on the in-memory adapters and print a contact's"
                + " timeline; it is not written yet.");
    return ExitCode.OK;
  }
}
