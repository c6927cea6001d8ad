package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.examples.lifecycle.ReplayContext;
import io.crmkit.examples.lifecycle.ShippedLifecycle;
import io.crmkit.lifecycle.LifecycleDefinition;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm lifecycle validate FILE}: reads a JSON lifecycle definition, its exit
 * criteria resolved against a shipped lifecycle's, and prints a summary of it; or says, with the
 * path in the JSON, what is wrong with it.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a JSON lifecycle definition and prints its stages with their ranks, its triggers, and its"
          + " transitions with their exit criteria.",
      "Exit criteria are named by id and looked up in a shipped lifecycle's criteria: --criteria says whose;"
          + " without it, those of the shipped lifecycle the definition's name stands for (\"lifecycle\": \"B2B lead\""
          + " is b2b-lead). A definition that names no exit criteria needs neither.",
      "A problem is reported with its path in the JSON: transitions[2].to: unknown-stage (was 'Won'): ..."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the definition is valid",
      "1:the definition is invalid (the problem is printed with its path in the JSON)",
      "2:bad arguments, or the file is missing or unreadable"
    })
public final class LifecycleValidateCommand implements Callable<Integer> {

  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** The definition file. */
  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The JSON definition to check (UTF-8).")
  @Nullable Path file;

  /** A shipped definition to check instead of a file. */
  @Option(names = "--shipped", paramLabel = "NAME", converter = ShippedLifecycleName.class,
      completionCandidates = ShippedLifecycleName.class,
      description = "Check a shipped definition instead of a file: ${COMPLETION-CANDIDATES}.")
  @Nullable ShippedLifecycle shipped;

  /** Whose criteria the definition names. */
  @Option(names = "--criteria", paramLabel = "NAME", converter = ShippedLifecycleName.class,
      completionCandidates = ShippedLifecycleName.class,
      description = "Look the exit criteria up in this shipped lifecycle's criteria: ${COMPLETION-CANDIDATES}"
          + " (default: the lifecycle the definition's name stands for).")
  @Nullable ShippedLifecycle criteria;

  /** Makes the command; picocli fills in its options. */
  public LifecycleValidateCommand() {}

  /**
   * Checks the definition and prints its summary.
   *
   * @return 0 when the definition is valid, 1 when it is not
   * @throws CrmValidationException when the file is missing or unreadable (exit code 2)
   */
  @Override
  public Integer call() {
    if (file != null && shipped != null) {
      throw new ParameterException(spec.commandLine(), "give a FILE or --shipped, not both");
    }
    if (file == null && shipped == null) {
      throw new ParameterException(spec.commandLine(),
          "missing FILE: name a JSON definition, or a shipped lifecycle with --shipped");
    }
    if (shipped != null && criteria != null) {
      throw new ParameterException(spec.commandLine(), "--criteria goes with a FILE: a shipped lifecycle has its own");
    }
    LifecycleDefinitions.Source source = file != null
        ? LifecycleDefinitions.fromFile(spec.commandLine(), "file", file, Optional.ofNullable(criteria))
        : LifecycleDefinitions.shipped(shipped);
    String where = file != null ? file.toString() : "the shipped " + shipped.key() + " definition";
    return validate(source.json(), source.context(), source.criteriaName(), where);
  }

  private <C> int validate(String json, ReplayContext<C> context, String criteriaName, String where) {
    LifecycleDefinition<C> definition;
    try {
      definition = LifecycleDefinitions.read(json, context);
    } catch (CrmValidationException e) {
      LifecycleDefinitions.printInvalid(spec.commandLine().getErr(), where, e);
      return ExitCode.SOFTWARE;
    }
    LifecycleDefinitions.printSummary(spec.commandLine().getOut(), definition, criteriaName);
    return ExitCode.OK;
  }
}
