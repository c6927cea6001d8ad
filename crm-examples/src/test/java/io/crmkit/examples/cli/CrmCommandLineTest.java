package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.CrmValidationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine;

/** The {@code crm} command line as a user meets it: what it prints, where, and its exit code. */
class CrmCommandLineTest {

  /** What one run of {@code crm} left behind. */
  record Outcome(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Outcome crm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Crm.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  /** Runs {@code crm} with one more subcommand, wired exactly as {@link Crm#run} wires its own. */
  static Outcome crmWith(Object extraCommand, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    CommandLine cli =
        Crm.commandLine(outWriter, errWriter, Help.Ansi.OFF)
            .addSubcommand(extraCommand)
            // setOut and setErr reach only the subcommands present when they are called
            .setOut(outWriter)
            .setErr(errWriter);
    int exitCode = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  @Command(name = "refuse", description = "Refuses its input, as a command does with a bad email.")
  static final class RefusingCommand implements Runnable {
    @Override
    public void run() {
      throw CrmValidationException.of(
          "contact.email", "invalid", "ada.example.com", "an email address needs an @");
    }
  }

  @Command(name = "break", description = "Fails the way a bug would.")
  static final class BrokenCommand implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("the timeline is out of order\nsecond line of detail");
    }
  }

  @Command(name = "break-quietly", description = "Fails with an exception without a message.")
  static final class SilentlyBrokenCommand implements Runnable {
    @Override
    public void run() {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void help_lists_the_commands_on_stdout_and_exits_0() {
    Outcome outcome = crm("--help");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).startsWith("Usage: crm ").contains("Commands:", "demo", "--verbose");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void version_names_crm_its_version_and_the_java_runtime_and_exits_0() {
    Outcome outcome = crm("--version");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out().lines())
        .first()
        .asString()
        .matches("crm \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(crmkit\\)");
    assertThat(outcome.out()).contains("Java " + System.getProperty("java.version"));
    assertThat(outcome.err()).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> every_command_offers_help_and_version() {
    CommandLine top = Crm.commandLine(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), Help.Ansi.OFF);
    List<List<String>> paths = new ArrayList<>();
    collectPaths(top, new ArrayList<>(), paths);
    assertThat(paths).hasSizeGreaterThan(1);

    return paths.stream()
        .map(path -> DynamicTest.dynamicTest(
            "crm " + String.join(" ", path),
            () -> {
              Outcome help = crm(with(path, "--help"));
              Outcome version = crm(with(path, "--version"));

              assertThat(help.exitCode()).isZero();
              assertThat(help.out()).startsWith(("Usage: crm " + String.join(" ", path)).strip());
              assertThat(version.exitCode()).isZero();
              assertThat(version.out()).startsWith("crm ");
            }));
  }

  @Test
  void an_unknown_option_is_one_error_line_then_the_usage_on_stderr_and_exits_2() {
    Outcome outcome = crm("--bogus");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).first().isEqualTo("error: unknown option: '--bogus'");
    assertThat(outcome.err()).contains("Usage: crm ");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void an_unknown_command_is_named_in_the_error_and_exits_2() {
    Outcome outcome = crm("frobnicate");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).first().isEqualTo("error: unknown command 'frobnicate'");
    assertThat(outcome.err()).contains("Usage: crm ", "Commands:");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void a_bad_option_of_a_subcommand_shows_that_subcommands_usage() {
    Outcome outcome = crm("demo", "--bogus");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).first().isEqualTo("error: unknown option: '--bogus'");
    assertThat(outcome.err()).contains("Usage: crm demo");
  }

  @Test
  void crm_without_a_command_is_a_usage_error() {
    Outcome outcome = crm();

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).first().asString().startsWith("error: missing command: ");
    assertThat(outcome.err()).contains("Usage: crm ");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void refused_input_is_reported_as_error_with_its_message_and_exits_2() {
    Outcome outcome = crmWith(new RefusingCommand(), "refuse");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines())
        .containsExactly(
            "error: contact.email: invalid (was 'ada.example.com'): an email address needs an @");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void an_unexpected_failure_is_a_short_message_without_stack_trace_and_exits_1() {
    Outcome outcome = crmWith(new BrokenCommand(), "break");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines())
        .containsExactly(
            "error: IllegalStateException: the timeline is out of order",
            "(run again with --verbose for the stack trace)");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void a_failure_without_a_message_is_named_by_its_type() {
    Outcome outcome = crmWith(new SilentlyBrokenCommand(), "break-quietly");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).first().isEqualTo("error: UnsupportedOperationException");
  }

  @Test
  void verbose_before_the_command_adds_the_stack_trace() {
    Outcome outcome = crmWith(new BrokenCommand(), "--verbose", "break");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).first()
        .isEqualTo("error: IllegalStateException: the timeline is out of order");
    assertThat(outcome.err())
        .contains("java.lang.IllegalStateException: the timeline is out of order", "\tat ")
        .doesNotContain("run again with --verbose");
  }

  @Test
  void verbose_after_the_command_adds_the_stack_trace_too() {
    Outcome outcome = crmWith(new BrokenCommand(), "break", "-v");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).contains("\tat ");
  }

  @Test
  void demo_runs_and_exits_0() {
    Outcome outcome = crm("demo", "--in-memory", "--leads", "30");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).isNotBlank();
    assertThat(outcome.err()).isEmpty();
  }

  private static void collectPaths(
      CommandLine command, List<String> path, List<List<String>> paths) {
    paths.add(List.copyOf(path));
    for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
      if (!sub.getKey().equals(sub.getValue().getCommandName())) {
        continue; // an alias: the command is visited under its name
      }
      List<String> subPath = new ArrayList<>(path);
      subPath.add(sub.getKey());
      collectPaths(sub.getValue(), subPath, paths);
    }
  }

  private static String[] with(List<String> path, String option) {
    List<String> args = new ArrayList<>(path);
    args.add(option);
    return args.toArray(String[]::new);
  }
}
