package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The entry point of the {@code crm} command line: runs {@link CrmCommand} and turns every outcome
 * into an exit code.
 *
 * <p>Exit codes: 0 when the command succeeded; 2 for bad arguments (a one-line {@code error: ...}
 * and the usage on stderr) and for input refused with a {@link CrmValidationException}; 1 for any
 * other failure (a one-line {@code error: ...}, with the stack trace only under {@code --verbose}).
 * Commands return or throw; only {@link #main} exits the JVM.
 */
public final class Crm {
  private static final String VERBOSE = "--verbose";

  private Crm() {}

  /** Runs {@code crm} with the program arguments and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(
        commandLine(
                new PrintWriter(System.out, true), new PrintWriter(System.err, true), Help.Ansi.AUTO)
            .execute(args));
  }

  /**
   * Runs {@code crm} with the given arguments, writing to the given streams, and returns the exit
   * code instead of exiting (0 done, 1 unexpected failure, 2 bad arguments or refused input).
   * Output is plain text, without colours.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int exitCode = commandLine(out, err, Help.Ansi.OFF).execute(args);
    out.flush();
    err.flush();
    return exitCode;
  }

  /** Makes the {@code crm} command tree with its error handling, ready to {@code execute}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Help.Ansi ansi) {
    return new CommandLine(new CrmCommand())
        .setOut(out)
        .setErr(err)
        .setColorScheme(Help.defaultColorScheme(ansi))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(Crm::reportBadArguments)
        .setExecutionExceptionHandler(Crm::reportFailure);
  }

  /** Bad arguments: one line saying what is wrong, a suggestion if there is one, the usage; exit 2. */
  private static int reportBadArguments(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("error: " + describe(ex));
    UnmatchedArgumentException.printSuggestions(ex, err);
    command.usage(err, command.getColorScheme());
    err.flush();
    return ExitCode.USAGE;
  }

  /**
   * A failure while a command ran: refused input exits 2 with its message; anything else exits 1
   * with a short message and, under {@code --verbose}, the stack trace.
   */
  private static int reportFailure(Exception ex, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    boolean verbose = verbose(parsed);
    int exitCode;
    if (ex instanceof CrmValidationException) {
      err.println("error: " + ex.getMessage());
      exitCode = ExitCode.USAGE;
    } else {
      err.println("error: " + firstLine(ex));
      if (!verbose) {
        err.println("(run again with " + VERBOSE + " for the stack trace)");
      }
      exitCode = ExitCode.SOFTWARE;
    }
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return exitCode;
  }

  private static String describe(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      List<String> arguments = unmatched.getUnmatched();
      boolean expectsCommand = !ex.getCommandLine().getSubcommands().isEmpty();
      if (expectsCommand && !arguments.isEmpty() && !arguments.get(0).startsWith("-")) {
        return "unknown command '" + arguments.get(0) + "'";
      }
    }
    return decapitalise(String.valueOf(ex.getMessage()));
  }

  private static String firstLine(Exception ex) {
    String message = ex.getMessage();
    String name = ex.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return name;
    }
    return name + ": " + message.strip().lines().findFirst().orElse("");
  }

  /**
   * Picocli's messages start with a capital ("Unknown option"), some with "Error: " (a missing
   * argument of a group); ours do not.
   */
  private static String decapitalise(String raw) {
    String message = raw.startsWith("Error: ") ? raw.substring("Error: ".length()) : raw;
    if (message.length() > 1
        && Character.isUpperCase(message.charAt(0))
        && Character.isLowerCase(message.charAt(1))) {
      return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
    return message;
  }

  /** Whether {@code --verbose} was given on the top command or on any subcommand. */
  private static boolean verbose(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(VERBOSE)) {
        return true;
      }
    }
    return false;
  }
}
