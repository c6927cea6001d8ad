package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.examples.CrmPorts;
import io.crmkit.examples.Progress;
import io.crmkit.examples.demo.DemoClock;
import io.crmkit.examples.demo.DemoIds;
import io.crmkit.examples.demo.DemoReport;
import io.crmkit.examples.demo.SampleCompany;
import java.io.PrintWriter;
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
 * <p>Ids are sequential and the clock is simulated, so the same options print the same report,
 * byte for byte. Progress goes to stderr, on a terminal only unless {@code --progress} says
 * otherwise; the report goes to stdout.
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
        description = "small (300 leads), medium (1,500, the default) or large (5,000).")
    SampleCompany.@Nullable Size size;

    /** A number of leads. */
    @Option(
        names = "--leads",
        paramLabel = "<n>",
        description = "Make the company with this many leads (1 to 50,000) instead of a size.")
    @Nullable Integer leads;
  }

  /** The e-mail address of the contact whose timeline is printed. */
  @Option(
      names = "--contact",
      paramLabel = "<email>",
      description = "Print the timeline of the contact with this e-mail address (default: the first contact of the"
          + " top account).")
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
    boolean show = progress != null ? progress : System.console() != null;
    Progress shown = show ? terminal : Progress.none();

    InMemoryCrm crm = InMemoryCrm.create();
    CrmPorts ports = CrmPorts.of(crm);
    String storedIn = "memory: crm-core's in-memory adapters, gone when the command ends";
    SampleCompany.Generated generated = SampleCompany.generate(settings, ports,
        new DemoClock(SampleCompany.SET_UP_AT), new DemoIds(), shown);
    DemoReport report = DemoReport.read(generated, ports, shown);
    Optional<DemoReport.ContactTimeline> timeline = report.timelineOf(email);
    terminal.finishLine();

    PrintWriter out = spec.commandLine().getOut();
    out.print(report.render(storedIn, timeline));
    out.flush();
    return ExitCode.OK;
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
