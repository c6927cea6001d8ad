package io.crmkit.examples.cli;

import io.crmkit.core.account.Account;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.conversion.AccountMatch;
import io.crmkit.core.conversion.ContactMatch;
import io.crmkit.core.conversion.ConversionReport;
import io.crmkit.core.conversion.ConversionResult;
import io.crmkit.core.conversion.FilledField;
import io.crmkit.core.conversion.LeftMembership;
import io.crmkit.core.conversion.RefusalReason;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.timeline.TimelineEntry;
import io.crmkit.examples.demo.DemoStory;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm demo}: runs {@link DemoStory} on the in-memory adapters, with a fixed
 * clock and sequential ids so every run prints the same, then prints what each lead conversion did
 * and one contact's timeline as a table.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Converts a few leads on the in-memory adapters and prints a contact's timeline.")
public final class DemoCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  @Spec CommandSpec spec;

  /** The e-mail address of the contact whose timeline is printed. */
  @Option(
      names = "--contact",
      paramLabel = "<email>",
      defaultValue = DemoStory.DEFAULT_CONTACT,
      description = "Print the timeline of the contact with this e-mail address (default: ${DEFAULT-VALUE}).")
  String contact = DemoStory.DEFAULT_CONTACT;

  /** Makes the command; picocli fills in its options. */
  public DemoCommand() {}

  /**
   * Runs the demo and returns the exit code.
   *
   * @throws io.crmkit.core.CrmValidationException when {@code --contact} is not an e-mail address
   *     of one of the demo's contacts (exit code 2)
   */
  @Override
  public Integer call() {
    DemoStory story = DemoStory.run();
    DemoStory.ContactTimeline timeline = story.timelineOf(contact);
    PrintWriter out = spec.commandLine().getOut();
    out.println("crmkit demo: an in-memory CRM on a fixed clock from " + WHEN.format(DemoStory.START)
        + " UTC, with sequential ids");
    out.println();
    printConversions(out, story);
    out.println();
    printTimeline(out, timeline);
    out.println();
    out.println(story.eventsDelivered() + " events delivered in all.");
    out.flush();
    return ExitCode.OK;
  }

  private static void printConversions(PrintWriter out, DemoStory story) {
    out.println("Lead conversions");
    int number = 0;
    for (DemoStory.Conversion conversion : story.conversions()) {
      Lead lead = conversion.lead();
      out.printf("%2d. %s (%s, %s) ", ++number, name(lead), lead.leadSource(), lead.id());
      ConversionResult result = conversion.result();
      if (result instanceof ConversionResult.Refused refused) {
        out.println("refused:");
        for (RefusalReason reason : refused.reasons()) {
          out.println("      - " + reason.kind() + ": " + reason.detail());
        }
        continue;
      }
      ConversionReport report = result.report().orElseThrow();
      if (report.repeat()) {
        out.println("was already converted on " + WHEN.format(report.convertedAt()) + ": a repeat");
        out.println("      same account " + report.accountId() + ", contact " + report.contactId()
            + report.opportunityId().map(id -> ", deal " + id).orElse("")
            + "; nothing created, " + report.eventsPublished() + " events published");
        continue;
      }
      out.println("converted on " + WHEN.format(report.convertedAt()));
      InMemoryCrm crm = story.crm();
      Account account = crm.accounts().findById(report.accountId()).orElseThrow();
      Contact contact = crm.contacts().findById(report.contactId()).orElseThrow();
      out.printf("      account   %-7s %-34s %s%n", account.id(), account.name(), describe(report.accountMatch()));
      out.printf("      contact   %-7s %-34s %s%n", contact.id(), contact.displayName(),
          describe(report.contactMatch()));
      report.opportunityId().ifPresent(id -> out.printf("      deal      %-7s %-34s created (now %s)%n", id,
          crm.opportunities().findById(id).orElseThrow().name(),
          crm.opportunities().findById(id).orElseThrow().stage()));
      if (!report.filledFields().isEmpty()) {
        out.println("      filled    " + join(report.filledFields().stream().map(FilledField::toString)));
      }
      if (!report.skippedFields().isEmpty()) {
        out.println("      kept      " + join(report.skippedFields().stream()
            .map(f -> f.field() + " = " + f.kept() + " (lead had " + f.offered() + ")")));
      }
      if (!report.movedMemberships().isEmpty()) {
        out.println("      campaign memberships moved to the contact: "
            + join(report.movedMemberships().stream().map(CampaignMemberId::value)));
      }
      for (LeftMembership left : report.leftMemberships()) {
        out.println("      campaign membership " + left.memberId() + " left on the lead: " + left.reason());
      }
      out.println("      " + report.eventsPublished() + " events published");
    }
  }

  private static void printTimeline(PrintWriter out, DemoStory.ContactTimeline timeline) {
    Contact contact = timeline.contact();
    out.println("Timeline of " + contact.displayName()
        + contact.primaryEmail().map(e -> " <" + e.value() + ">").orElse("") + " (" + contact.id() + ")");
    List<TimelineEntry> entries = timeline.entries();
    if (entries.isEmpty()) {
      out.println("  (nothing yet)");
      return;
    }
    String row = "  %-16s  %-15s  %s%n";
    out.printf(row, "WHEN (UTC)", "WHAT", "SUMMARY");
    for (TimelineEntry entry : entries) {
      out.printf(row, WHEN.format(entry.at()), kind(entry.kind()), entry.summary());
    }
  }

  private static String describe(AccountMatch match) {
    return switch (match) {
      case GIVEN -> "named in the request";
      case MATCHED_BY_DOMAIN -> "matched by domain";
      case MATCHED_BY_NAME -> "matched by name";
      case MATCHED_BY_CONTACT -> "the contact's account";
      case CREATED_ORGANISATION -> "created (organisation)";
      case CREATED_HOUSEHOLD -> "created (household)";
      case EARLIER_CONVERSION -> "from the earlier conversion";
    };
  }

  private static String describe(ContactMatch match) {
    return switch (match) {
      case GIVEN -> "named in the request";
      case MATCHED_BY_EMAIL -> "matched by e-mail";
      case CREATED -> "created";
      case EARLIER_CONVERSION -> "from the earlier conversion";
    };
  }

  private static String kind(TimelineEntry.Kind kind) {
    return switch (kind) {
      case ACTIVITY -> "activity";
      case SUPPORT_CASE -> "support case";
      case ORDER -> "order";
      case OPPORTUNITY_STAGE_CHANGE -> "deal stage";
      case LIFECYCLE_STAGE_CHANGE -> "lifecycle";
      case CONSENT_CHANGE -> "consent";
    };
  }

  private static String name(Lead lead) {
    String name = Stream.of(lead.firstName(), lead.lastName()).flatMap(Optional::stream)
        .collect(Collectors.joining(" "));
    return name.isEmpty() ? lead.email().map(e -> e.value()).orElse(lead.id().value()) : name;
  }

  private static String join(Stream<String> parts) {
    return parts.collect(Collectors.joining("; "));
  }
}
