package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.examples.Progress;
import io.crmkit.examples.demo.DemoClock;
import io.crmkit.examples.demo.DemoIds;
import io.crmkit.examples.demo.DemoReport;
import io.crmkit.examples.demo.SampleCompany;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm demo}: makes a {@link SampleCompany} from a seed, then prints what a
 * manager would look at ({@link DemoReport}), read back from where the company was stored.
 *
 * <p>The company is stored in the demo's own embedded H2 database, {@code .crmkit/demo} under the
 * working directory, recreated on every run ({@code --db-dir} moves it); {@code --db} names another
 * database, which must be empty, and {@code --in-memory} keeps it in crm-core's in-memory adapters.
 * Ids are sequential and the clock is simulated, so the same options print the same report, byte
 * for byte, wherever it is stored. Progress goes to stderr, on a terminal only unless
 * {@code --progress} says otherwise; the report goes to stdout.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Makes a sample company (leads, conversions, deals, orders, cases, activities) from a seed and prints"
          + " what a manager would look at: pipeline, wins and losses, lead conversion, top accounts, open cases,"
          + " team activity and one contact's timeline.",
      "The same seed and size print the same report."
    })
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** The seed of the sample company. */
  @Option(
      names = "--seed",
      paramLabel = "<n>",
      description = "Make the company from this seed (default: ${DEFAULT-VALUE}); the same seed gives the same data.")
  long seed = SampleCompany.DEFAULT_SEED;

  /** How big a company, by size or by number of leads; one of the two. */
  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable Volume volume;

  /** How big a company: a named size or a number of leads. */
  static final class Volume {
    /** A named size. */
    @Option(
        names = "--size",
        paramLabel = "<size>",
        description = "small (250 leads), medium (1,000, the default) or large (5,000).")
    SampleCompany.@Nullable Size size;

    /** A number of leads. */
    @Option(
        names = "--leads",
        paramLabel = "<n>",
        description = "Make the company with this many leads (1 to 50,000) instead of a size.")
    @Nullable Integer leads;
  }

  /** Where the company is stored; the demo's own embedded database unless told otherwise. */
  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable Storage storage;

  /** Where the company is stored: a directory, a database or memory. */
  static final class Storage {
    /** The directory of the demo's own embedded database. */
    @Option(
        names = "--db-dir",
        paramLabel = "<dir>",
        description = "Keep the demo's embedded H2 database in this directory (default: .crmkit/demo under the"
            + " working directory); it is recreated on every run.")
    @Nullable Path directory;

    /** A database the user names, which must be empty. */
    @Option(
        names = "--db",
        paramLabel = "<jdbc-url>",
        description = "Store the company in the empty H2 or PostgreSQL database at this JDBC URL instead;"
            + " user and password go in the URL.")
    @Nullable String url;

    /** crm-core's in-memory adapters. */
    @Option(names = "--in-memory", description = "Keep the company in memory only (crm-core's in-memory adapters).")
    boolean inMemory;
  }

  /** The e-mail address of the contact whose timeline is printed. */
  @Option(
      names = "--contact",
      paramLabel = "<email>",
      description = "Print the timeline of the contact with this e-mail address (default: whoever placed the"
          + " first order of the top account).")
  @Nullable String contact;

  /** Whether to show progress; by default only when a terminal is attached. */
  @Option(
      names = "--progress",
      negatable = true,
      description = "Show progress on stderr (default: only on a terminal).")
  @Nullable Boolean progress;

  /** Makes the command; picocli fills in its options. */
  public DemoCommand() {}

  /**
   * Makes the company, reads it back and prints the report; returns the exit code.
   *
   * @throws CrmValidationException when {@code --contact} is not an e-mail address or no contact
   *     of the company has it (exit code 2)
   */
  @Override
  public Integer call() {
    Optional<String> email = Optional.ofNullable(contact);
    email.ifPresent(e -> EmailAddress.of(CrmValidationException.requiredText("contact", e)));
    SampleCompany.Settings settings = settings();
    PrintWriter err = spec.commandLine().getErr();
    TerminalProgress terminal = new TerminalProgress(err);
    boolean show = progress != null ? progress : TerminalProgress.onTerminal();
    Progress shown = show ? terminal : Progress.none();

    String text;
    try (DemoStore store = open(show ? err : new PrintWriter(PrintWriter.nullWriter()))) {
      SampleCompany.Generated generated = SampleCompany.generate(settings, store.ports(),
          new DemoClock(SampleCompany.SET_UP_AT), new DemoIds(), shown);
      DemoReport report = DemoReport.read(generated, store.ports(), shown);
      text = report.render(store.description(), report.timelineOf(email));
    } finally {
      terminal.finishLine();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
    return ExitCode.OK;
  }

  /** Opens where the company goes, saying so on {@code progress}. */
  private DemoStore open(PrintWriter progress) {
    if (storage != null && storage.inMemory) {
      return DemoStore.inMemory();
    }
    if (storage != null && storage.url != null) {
      String url = storage.url.strip();
      if (!url.startsWith("jdbc:")) {
        throw new ParameterException(spec.commandLine(), "--db takes a JDBC URL such as jdbc:h2:file:/tmp/crm or"
            + " jdbc:postgresql://localhost/crm, not '" + storage.url + "'");
      }
      progress.println("opening the database at " + DemoStore.withoutPassword(url));
      progress.flush();
      return DemoStore.named(url);
    }
    Path directory = storage != null && storage.directory != null ? storage.directory : DemoStore.DEFAULT_DIRECTORY;
    progress.println("recreating the demo database in " + directory);
    progress.flush();
    return DemoStore.freshEmbedded(directory);
  }

  private SampleCompany.Settings settings() {
    if (volume != null && volume.leads != null) {
      int leads = volume.leads;
      if (leads < 1 || leads > SampleCompany.MAX_LEADS) {
        throw new ParameterException(spec.commandLine(), "--leads is 1 to " + SampleCompany.MAX_LEADS + ", not "
            + leads);
      }
      return new SampleCompany.Settings(seed, leads);
    }
    SampleCompany.Size size = volume != null && volume.size != null ? volume.size : SampleCompany.Size.MEDIUM;
    return SampleCompany.Settings.of(seed, size);
  }
}
