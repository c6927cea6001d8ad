package io.crmkit.examples.demo;

import io.crmkit.core.CrmValidationException;
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
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.order.Order;
import io.crmkit.core.timeline.Timeline;
import io.crmkit.core.timeline.TimelineEntry;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.examples.CrmPorts;
import io.crmkit.examples.Progress;
import io.crmkit.examples.demo.SampleCompany.ConversionExample;
import io.crmkit.examples.demo.SampleCompany.Generated;
import io.crmkit.examples.report.CrmRecords;
import io.crmkit.examples.report.ManagerReport;
import io.crmkit.examples.report.ManagerReportText;
import io.crmkit.examples.report.TextTable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@code crm demo} prints about a generated {@link SampleCompany}: what was made and where it
 * is stored, the {@link ManagerReport} read back from the store, one lead conversion of each kind
 * the run saw, and one contact's timeline.
 *
 * <p>Everything but the conversions is read from the store through the ports, not taken from the
 * generator: the report shows what the CRM holds.
 */
public final class DemoReport {
  /** How many timeline entries are printed at most, the latest ones. */
  public static final int TIMELINE_ENTRIES = 30;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final Generated generated;
  private final CrmPorts ports;
  private final CrmRecords records;
  private final ManagerReport report;

  private DemoReport(Generated generated, CrmPorts ports, CrmRecords records, ManagerReport report) {
    this.generated = generated;
    this.ports = ports;
    this.records = records;
    this.report = report;
  }

  /**
   * Reads the company's records back from the store and computes the manager's report.
   *
   * @param generated what the generator made, for its period, currency rates and conversions
   * @param ports the store the company was generated into
   * @param progress told how the reading goes
   * @throws CrmValidationException when an argument is missing
   */
  public static DemoReport read(Generated generated, CrmPorts ports, Progress progress) {
    CrmValidationException.required("generated", generated);
    CrmValidationException.required("ports", ports);
    CrmRecords records = CrmRecords.read(ports, CrmValidationException.required("progress", progress));
    ManagerReport report = ManagerReport.compute(records, generated.exchangeRates(), new ManagerReport.Scope(
        generated.firstDay(), generated.lastDay(), generated.asOf(), SampleCompany.CURRENCY));
    return new DemoReport(generated, ports, records, report);
  }

  /** The manager's report. */
  public ManagerReport managerReport() {
    return report;
  }

  /** The records the report was computed from. */
  public CrmRecords records() {
    return records;
  }

  /** A contact and its timeline, oldest entry first. */
  public record ContactTimeline(Contact contact, List<TimelineEntry> entries) {
    /** Copies the list. */
    public ContactTimeline {
      entries = List.copyOf(entries);
    }
  }

  /**
   * The timeline of the contact with this e-mail address or, when none is given, of the contact
   * who placed the first order of the top account by order revenue (the first contact of all when
   * nothing was ordered).
   *
   * @return the timeline, or empty when the company has no contact at all and none was asked for
   * @throws CrmValidationException when the address is not valid (field {@code contact}) or no
   *     contact has it (rule {@code unknown}, naming a few addresses that exist)
   */
  public Optional<ContactTimeline> timelineOf(Optional<String> email) {
    CrmValidationException.required("contact", email);
    Optional<Contact> contact;
    if (email.isPresent()) {
      EmailAddress address = EmailAddress.of(CrmValidationException.requiredText("contact", email.get()));
      contact = Optional.of(ports.contacts().findByEmail(address).orElseThrow(() -> CrmValidationException.of(
          "contact", "unknown", email.get(), "no contact of the demo has this e-mail address; try one of "
              + String.join(", ", suggestedEmails()))));
    } else {
      contact = defaultContacts().findFirst();
    }
    Timeline timeline = new Timeline(ports.contacts(), ports.activities(), ports.supportCases(), ports.orders(),
        ports.opportunities(), ports.eventHistory());
    return contact.map(c -> new ContactTimeline(c, timeline.forContact(c.id())));
  }

  /** A few e-mail addresses of contacts worth a look: those of the top accounts first. */
  public List<String> suggestedEmails() {
    return defaultContacts().map(Contact::primaryEmail).flatMap(Optional::stream).map(EmailAddress::value)
        .distinct().limit(3).toList();
  }

  /**
   * Contacts worth a look, best first: those who placed the orders of the top accounts, then the
   * other contacts of those accounts, then every contact.
   */
  private Stream<Contact> defaultContacts() {
    Stream<Contact> buyers = report.topAccounts().stream()
        .flatMap(line -> ports.orders().findByAccount(line.accountId()).stream())
        .map(Order::contactId).flatMap(Optional::stream)
        .map(ports.contacts()::findById).flatMap(Optional::stream);
    Stream<Contact> colleagues = report.topAccounts().stream()
        .flatMap(line -> ports.contacts().findByAccount(line.accountId()).stream());
    return Stream.of(buyers, colleagues, records.contacts().stream()).flatMap(s -> s);
  }

  /**
   * The whole text: what was made and where, the manager's report, the conversions and the timeline.
   *
   * @param storedIn where the records are, such as {@code "memory (crm-core's in-memory adapters; ...)"}
   * @param timeline the timeline to print, if any
   */
  public String render(String storedIn, Optional<ContactTimeline> timeline) {
    CrmValidationException.requiredText("storedIn", storedIn);
    CrmValidationException.required("timeline", timeline);
    StringBuilder out = new StringBuilder();
    out.append("crmkit demo: ").append(SampleCompany.NAME).append(", a sample company made from seed ")
        .append(generated.settings().seed()).append(" with ").append(ManagerReportText.count(
            generated.settings().leads())).append(" leads\n");
    out.append("Stored in ").append(storedIn).append('\n');
    out.append("Period ").append(ManagerReportText.day(generated.firstDay())).append(" to ")
        .append(ManagerReportText.day(generated.lastDay())).append("; amounts in ")
        .append(SampleCompany.CURRENCY.getCurrencyCode())
        .append(", USD and GBP converted at the company's monthly rates\n\n");
    out.append(ManagerReportText.render(report)).append('\n');
    out.append(conversions()).append('\n');
    out.append(timeline.map(this::timeline).orElse("No contact to show a timeline of.\n"));
    return out.toString();
  }

  /** One conversion of each kind the run saw: what was found, created, filled or refused. */
  String conversions() {
    StringBuilder out = new StringBuilder("Lead conversions: the first of each kind this run saw\n");
    int number = 0;
    for (ConversionExample example : generated.conversions()) {
      Lead lead = example.lead();
      out.append(String.format(Locale.ROOT, "%2d. %s (%s, %s) ", ++number, name(lead), lead.leadSource(), lead.id()));
      ConversionResult result = example.result();
      if (result instanceof ConversionResult.Refused refused) {
        out.append("refused:\n");
        for (RefusalReason reason : refused.reasons()) {
          out.append("      - ").append(reason.kind()).append(": ").append(reason.detail()).append('\n');
        }
        continue;
      }
      ConversionReport conversion = result.report().orElseThrow();
      if (conversion.repeat()) {
        out.append("was already converted on ").append(WHEN.format(conversion.convertedAt())).append(": a repeat\n");
        out.append("      same account ").append(conversion.accountId()).append(", contact ")
            .append(conversion.contactId()).append(conversion.opportunityId().map(id -> ", deal " + id).orElse(""))
            .append("; nothing created, ").append(conversion.eventsPublished()).append(" events published\n");
        continue;
      }
      out.append("converted on ").append(WHEN.format(conversion.convertedAt())).append('\n');
      Account account = ports.accounts().findById(conversion.accountId()).orElseThrow();
      Contact contact = ports.contacts().findById(conversion.contactId()).orElseThrow();
      out.append(String.format(Locale.ROOT, "      account   %-9s %-34s %s%n", account.id(), account.name(),
          describe(conversion.accountMatch())));
      out.append(String.format(Locale.ROOT, "      contact   %-9s %-34s %s%n", contact.id(), contact.displayName(),
          describe(conversion.contactMatch())));
      conversion.opportunityId().ifPresent(id -> {
        Opportunity deal = ports.opportunities().findById(id).orElseThrow();
        out.append(String.format(Locale.ROOT, "      deal      %-9s %-34s created (now %s)%n", id, deal.name(), deal.stage()));
      });
      if (!conversion.filledFields().isEmpty()) {
        out.append("      filled    ").append(join(conversion.filledFields().stream().map(FilledField::toString)))
            .append('\n');
      }
      if (!conversion.skippedFields().isEmpty()) {
        out.append("      kept      ").append(join(conversion.skippedFields().stream()
            .map(f -> f.field() + " = " + f.kept() + " (lead had " + f.offered() + ")")))
            .append('\n');
      }
      if (!conversion.movedMemberships().isEmpty()) {
        out.append("      campaign memberships moved to the contact: ")
            .append(join(conversion.movedMemberships().stream().map(CampaignMemberId::value))).append('\n');
      }
      for (LeftMembership left : conversion.leftMemberships()) {
        out.append("      campaign membership ").append(left.memberId()).append(" left on the lead: ")
            .append(left.reason()).append('\n');
      }
      out.append("      ").append(conversion.eventsPublished()).append(" events published\n");
    }
    if (number == 0) {
      out.append("  (no lead was converted)\n");
    }
    return out.toString();
  }

  /** A contact's timeline as a table, the latest {@link #TIMELINE_ENTRIES} entries. */
  String timeline(ContactTimeline timeline) {
    Contact contact = timeline.contact();
    StringBuilder out = new StringBuilder("Timeline of ").append(contact.displayName())
        .append(contact.primaryEmail().map(e -> " <" + e.value() + ">").orElse("")).append(" (").append(contact.id())
        .append(")");
    contact.primaryAccountLink().flatMap(link -> ports.accounts().findById(link.accountId()))
        .ifPresent(account -> out.append(", ").append(account.name()));
    out.append('\n');
    List<TimelineEntry> entries = timeline.entries();
    if (entries.isEmpty()) {
      return out.append("  (nothing yet)\n").toString();
    }
    List<TimelineEntry> shown = entries.size() <= TIMELINE_ENTRIES ? entries
        : entries.subList(entries.size() - TIMELINE_ENTRIES, entries.size());
    TextTable table = TextTable.of(TextTable.left("WHEN (UTC)"), TextTable.left("WHAT"), TextTable.left("SUMMARY"));
    for (TimelineEntry entry : shown) {
      table.row(WHEN.format(entry.at()), kind(entry.kind()), entry.summary());
    }
    out.append(table.render());
    if (shown.size() < entries.size()) {
      out.append("  (the latest ").append(shown.size()).append(" of ").append(entries.size()).append(" entries)\n");
    }
    List<String> others = new ArrayList<>(suggestedEmails());
    contact.primaryEmail().ifPresent(e -> others.remove(e.value()));
    if (!others.isEmpty()) {
      out.append("  (another contact's: --contact ").append(others.get(0)).append(")\n");
    }
    return out.toString();
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
    return name.isEmpty() ? lead.email().map(EmailAddress::value).orElse(lead.id().value()) : name;
  }

  private static String join(Stream<String> parts) {
    return parts.collect(Collectors.joining("; "));
  }
}
