package io.crmkit.core.timeline;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.consent.ConsentChannel;
import io.crmkit.core.consent.ConsentRecord;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.event.ContactLifecycleStageChanged;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.OpportunityStageChanged;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.order.Order;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.port.ActivityRepository;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.port.CrmEventHistory;
import io.crmkit.core.port.OpportunityRepository;
import io.crmkit.core.port.OrderRepository;
import io.crmkit.core.port.SupportCaseRepository;
import io.crmkit.core.support.SupportCase;
import io.crmkit.core.timeline.TimelineEntry.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything that happened with a contact or an account, oldest first, read from the repositories
 * and the event history.
 *
 * <p>A contact's timeline holds its activities, the support cases it raised, the orders it placed,
 * the stage changes of every deal in which it has a role, its lifecycle stage changes and every
 * record of its consent ledger. An account's timeline holds the account's activities, cases and
 * orders, the stage changes of its deals and the consent records of the contacts linked to it
 * (named in the summary). Entries are in {@link TimelineEntry#CHRONOLOGICAL} order; each record
 * appears once.
 *
 * <p>Stage and lifecycle changes come from the {@link CrmEventHistory}: a host that keeps no events
 * shows none. A contact that is not stored has no consent or lifecycle entries; records that name
 * it are still listed.
 */
public final class Timeline {
  private final ContactRepository contacts;
  private final ActivityRepository activities;
  private final SupportCaseRepository cases;
  private final OrderRepository orders;
  private final OpportunityRepository opportunities;
  private final CrmEventHistory history;

  /**
   * Makes the service from the host's ports.
   *
   * @param contacts the contacts, for consent ledgers and an account's linked contacts
   * @param activities the activities
   * @param cases the support cases
   * @param orders the orders
   * @param opportunities the deals, whose stage changes are listed
   * @param history the kept events, for stage and lifecycle changes
   */
  public Timeline(ContactRepository contacts, ActivityRepository activities, SupportCaseRepository cases,
      OrderRepository orders, OpportunityRepository opportunities, CrmEventHistory history) {
    this.contacts = CrmValidationException.required("contacts", contacts);
    this.activities = CrmValidationException.required("activities", activities);
    this.cases = CrmValidationException.required("cases", cases);
    this.orders = CrmValidationException.required("orders", orders);
    this.opportunities = CrmValidationException.required("opportunities", opportunities);
    this.history = CrmValidationException.required("history", history);
  }

  /** Every entry of a contact's timeline, oldest first. */
  public List<TimelineEntry> forContact(ContactId contactId) {
    return forContact(contactId, TimelineQuery.all());
  }

  /**
   * The entries of a contact's timeline that the query asks for, oldest first.
   *
   * @throws CrmValidationException when an argument is missing
   */
  public List<TimelineEntry> forContact(ContactId contactId, TimelineQuery query) {
    CrmValidationException.required("contactId", contactId);
    CrmValidationException.required("query", query);
    List<TimelineEntry> entries = new ArrayList<>();
    activities.findByContact(contactId).forEach(a -> entries.add(entry(a)));
    cases.findByContact(contactId).forEach(c -> entries.add(entry(c)));
    orders.findByContact(contactId).forEach(o -> entries.add(entry(o)));
    opportunities.findByContact(contactId).forEach(o -> addStageChanges(o, entries));
    contacts.findById(contactId).ifPresent(contact -> {
      addConsentChanges(contact, "", entries);
      for (CrmEvent event : history.eventsOf(contactId)) {
        if (event instanceof ContactLifecycleStageChanged change) {
          entries.add(new TimelineEntry(Kind.LIFECYCLE_STAGE_CHANGE, change.occurredAt(),
              "Lifecycle stage moved from " + change.from() + " to " + change.to(), contactId));
        }
      }
    });
    return select(entries, query);
  }

  /** Every entry of an account's timeline, oldest first. */
  public List<TimelineEntry> forAccount(AccountId accountId) {
    return forAccount(accountId, TimelineQuery.all());
  }

  /**
   * The entries of an account's timeline that the query asks for, oldest first.
   *
   * @throws CrmValidationException when an argument is missing
   */
  public List<TimelineEntry> forAccount(AccountId accountId, TimelineQuery query) {
    CrmValidationException.required("accountId", accountId);
    CrmValidationException.required("query", query);
    List<TimelineEntry> entries = new ArrayList<>();
    activities.findByAccount(accountId).forEach(a -> entries.add(entry(a)));
    cases.findByAccount(accountId).forEach(c -> entries.add(entry(c)));
    orders.findByAccount(accountId).forEach(o -> entries.add(entry(o)));
    opportunities.findByAccount(accountId).forEach(o -> addStageChanges(o, entries));
    contacts.findByAccount(accountId).forEach(c -> addConsentChanges(c, c.displayName() + ": ", entries));
    return select(entries, query);
  }

  private static List<TimelineEntry> select(List<TimelineEntry> entries, TimelineQuery query) {
    List<TimelineEntry> selected = entries.stream().filter(query::includes).sorted(TimelineEntry.CHRONOLOGICAL)
        .toList();
    int limit = query.limit().orElse(Integer.MAX_VALUE);
    return selected.size() <= limit ? selected : selected.subList(selected.size() - limit, selected.size());
  }

  private void addStageChanges(Opportunity opportunity, List<TimelineEntry> entries) {
    for (CrmEvent event : history.eventsOf(opportunity.id())) {
      if (event instanceof OpportunityStageChanged change) {
        entries.add(new TimelineEntry(Kind.OPPORTUNITY_STAGE_CHANGE, change.occurredAt(),
            "Deal " + opportunity.name() + " moved from " + change.from() + " to " + change.to(), opportunity.id()));
      }
    }
  }

  private static void addConsentChanges(Contact contact, String prefix, List<TimelineEntry> entries) {
    for (ConsentRecord record : contact.consent().records()) {
      entries.add(new TimelineEntry(Kind.CONSENT_CHANGE, record.capturedAt(), prefix + consentSummary(record),
          contact.id()));
    }
  }

  private static TimelineEntry entry(Activity activity) {
    StringBuilder summary = new StringBuilder(label(activity.type()));
    activity.direction().ifPresent(d -> summary.append(" (").append(lower(d.name())).append(')'));
    summary.append(": ").append(activity.subject());
    if (activity.type() == ActivityType.TASK) {
      summary.append(activity.isOpen() ? " (open)" : " (done)");
    }
    return new TimelineEntry(Kind.ACTIVITY, activity.occurredAt(), summary.toString(), activity.id());
  }

  private static TimelineEntry entry(SupportCase supportCase) {
    return new TimelineEntry(Kind.SUPPORT_CASE, supportCase.openedAt(),
        "Case " + supportCase.caseNumber() + " opened: " + supportCase.subject() + " ("
            + lower(supportCase.type().name()) + ", " + lower(supportCase.severity().name()) + " severity, now "
            + lower(supportCase.status().name()) + ")",
        supportCase.id());
  }

  private static TimelineEntry entry(Order order) {
    String what = order.status() == OrderStatus.DRAFT ? " started: " : " placed: ";
    return new TimelineEntry(Kind.ORDER, order.orderedAt(),
        "Order " + order.orderNumber() + what + order.grandTotal() + " (" + lower(order.status().name()) + ")",
        order.id());
  }

  private static String consentSummary(ConsentRecord record) {
    String scope = "Consent to " + record.purpose() + " by " + channel(record.channel());
    String what = switch (record.status()) {
      case GRANTED -> record.doubleOptInConfirmedAt().isPresent() ? "confirmed by double opt-in"
          : record.doubleOptInRequired() ? "granted, awaiting double opt-in" : "granted";
      case DENIED -> "denied";
      case WITHDRAWN -> "withdrawn";
    };
    return scope + " " + what + " (" + record.source() + ")";
  }

  private static String label(ActivityType type) {
    return switch (type) {
      case CALL -> "Call";
      case EMAIL -> "E-mail";
      case MEETING -> "Meeting";
      case TASK -> "Task";
      case NOTE -> "Note";
    };
  }

  private static String channel(ConsentChannel channel) {
    return switch (channel) {
      case EMAIL -> "e-mail";
      case SMS -> "SMS";
      case PHONE -> "phone";
      case POST -> "post";
      case PUSH -> "push notification";
      case MESSAGING -> "messaging app";
    };
  }

  private static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
