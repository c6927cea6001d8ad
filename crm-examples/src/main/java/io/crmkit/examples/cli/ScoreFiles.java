package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * How the {@code crm score} commands open their files and report what is wrong with them: a missing
 * or unreadable file, or an option naming a column the file lacks, is a usage error (exit 2); a file
 * whose content cannot be scored is reported with its line (exit 1).
 */
final class ScoreFiles {
  private ScoreFiles() {}

  /**
   * Opens a UTF-8 file.
   *
   * @param option the option that names the file, for messages: {@code input}
   * @throws CrmValidationException when the file is missing or unreadable (exit code 2)
   */
  static Reader open(String option, Path file) {
    try {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw CrmValidationException.of(option, "missing", file, "no such file");
    } catch (IOException e) {
      throw CrmValidationException.of(option, "unreadable", file, "cannot read the file: " + e.getMessage());
    }
  }

  /** The refusal of a file that failed while it was read: not UTF-8, or a read error. */
  static CrmValidationException unreadable(String option, Path file, IOException e) {
    return e instanceof CharacterCodingException
        ? CrmValidationException.of(option, "unreadable", file, "not UTF-8")
        : CrmValidationException.of(option, "unreadable", file, "cannot read the file: " + e.getMessage());
  }

  /** The refusal of a file that failed while it was read. */
  static CrmValidationException unreadable(String option, Path file, UncheckedIOException e) {
    return unreadable(option, file, e.getCause());
  }

  /**
   * The refusal of an option, when a refused field stands for one: {@code csv.targetColumn} is
   * {@code --target}. The message is the exception's, with the option in place of the field.
   *
   * @param options the options by the fields they stand for
   * @return a usage error (exit code 2) when the field is an option's, or {@code e} itself
   */
  static RuntimeException asOptionError(CommandLine command, CrmValidationException e, Map<String, String> options) {
    String option = options.get(e.field());
    if (option == null) {
      return e;
    }
    return new ParameterException(command, option + e.getMessage().substring(e.field().length()));
  }

  /** Prints that a file cannot be scored, and why, on {@code err}. */
  static void printRefused(PrintWriter err, Path file, String what, CrmValidationException e) {
    err.println("error: " + file + " cannot be " + what);
    err.println("  " + e.getMessage());
    err.flush();
  }
}
