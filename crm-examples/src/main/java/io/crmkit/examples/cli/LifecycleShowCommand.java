package io.crmkit.examples.cli;

import io.crmkit.examples.lifecycle.ShippedLifecycle;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm lifecycle show NAME}: prints a shipped lifecycle's JSON definition, to
 * copy and edit.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON definition of a shipped lifecycle (with its default options), to copy and edit.",
      "  crm lifecycle show b2b-lead > my-leads.json",
      "  crm lifecycle validate my-leads.json --criteria b2b-lead"
    })
public final class LifecycleShowCommand implements Callable<Integer> {

  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** The shipped lifecycle. */
  @Parameters(index = "0", paramLabel = "NAME", converter = ShippedLifecycleName.class,
      completionCandidates = ShippedLifecycleName.class,
      description = "The shipped lifecycle: ${COMPLETION-CANDIDATES}.")
  ShippedLifecycle lifecycle = ShippedLifecycle.B2B_LEAD;

  /** Makes the command; picocli fills in its parameter. */
  public LifecycleShowCommand() {}

  /** Prints the definition. */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(lifecycle.shippedJson());
    out.flush();
    return ExitCode.OK;
  }
}
