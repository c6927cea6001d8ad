package io.crmkit.examples.report;

import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.account.Account;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.order.Order;
import io.crmkit.core.support.SupportCase;
import io.crmkit.examples.CrmPorts;
import io.crmkit.examples.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The records of a CRM that a report looks at, read through the ports as any host can, since the
 * repositories find records by key and relation but do not list them all: every lead (by each
 * status), the account each converted lead went to, and from each account its contacts, deals,
 * orders, cases and activities; plus the activities about each lead. A record no lead leads to
 * (an account entered by hand) is not seen.
 *
 * <p>Lists are in creation order, then by id; each record appears once.
 *
 * @param leads every lead
 * @param accounts the accounts leads were converted into
 * @param contacts the contacts linked to those accounts
 * @param opportunities the deals of those accounts
 * @param orders the orders of those accounts
 * @param supportCases the cases of those accounts
 * @param activities the activities about those accounts or about the leads
 */
public record CrmRecords(List<Lead> leads, List<Account> accounts, List<Contact> contacts,
    List<Opportunity> opportunities, List<Order> orders, List<SupportCase> supportCases,
    List<Activity> activities) {

  /** The step name this reading reports progress under. */
  public static final String STEP = "reading the records";

  /** Copies the lists. */
  public CrmRecords {
    leads = List.copyOf(leads);
    accounts = List.copyOf(accounts);
    contacts = List.copyOf(contacts);
    opportunities = List.copyOf(opportunities);
    orders = List.copyOf(orders);
    supportCases = List.copyOf(supportCases);
    activities = List.copyOf(activities);
  }

  /**
   * Reads the records through the ports, telling {@code progress} how many accounts and leads of
   * the total it has read.
   *
   * @throws CrmValidationException when an argument is missing
   */
  public static CrmRecords read(CrmPorts ports, Progress progress) {
    CrmValidationException.required("ports", ports);
    CrmValidationException.required("progress", progress);
    List<Lead> leads = new ArrayList<>();
    for (LeadStatus status : LeadStatus.values()) {
      leads.addAll(ports.leads().findByStatus(status));
    }
    leads.sort(inCreationOrder());
    Set<AccountId> accountIds = new LinkedHashSet<>();
    leads.forEach(lead -> lead.conversion().ifPresent(c -> accountIds.add(c.accountId())));

    Map<AggregateId, Account> accounts = new LinkedHashMap<>();
    Map<AggregateId, Contact> contacts = new LinkedHashMap<>();
    Map<AggregateId, Opportunity> opportunities = new LinkedHashMap<>();
    Map<AggregateId, Order> orders = new LinkedHashMap<>();
    Map<AggregateId, SupportCase> cases = new LinkedHashMap<>();
    Map<AggregateId, Activity> activities = new LinkedHashMap<>();
    int total = accountIds.size() + leads.size();
    int done = 0;
    for (AccountId id : accountIds) {
      ports.accounts().findById(id).ifPresent(account -> accounts.put(id, account));
      ports.contacts().findByAccount(id).forEach(c -> contacts.putIfAbsent(c.id(), c));
      ports.opportunities().findByAccount(id).forEach(o -> opportunities.putIfAbsent(o.id(), o));
      ports.orders().findByAccount(id).forEach(o -> orders.putIfAbsent(o.id(), o));
      ports.supportCases().findByAccount(id).forEach(c -> cases.putIfAbsent(c.id(), c));
      ports.activities().findByAccount(id).forEach(a -> activities.putIfAbsent(a.id(), a));
      progress.update(STEP, ++done, total);
    }
    for (Lead lead : leads) {
      ports.activities().findByLead(lead.id()).forEach(a -> activities.putIfAbsent(a.id(), a));
      progress.update(STEP, ++done, total);
    }
    return new CrmRecords(leads, sorted(accounts), sorted(contacts), sorted(opportunities), sorted(orders),
        sorted(cases), sorted(activities));
  }

  /** The account with this id among the records, if read. */
  public Optional<Account> account(AccountId id) {
    return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  private static <A extends Aggregate<?>> List<A> sorted(Map<AggregateId, A> records) {
    List<A> list = new ArrayList<>(records.values());
    list.sort(inCreationOrder());
    return list;
  }

  private static <A extends Aggregate<?>> Comparator<A> inCreationOrder() {
    return Comparator.<A, Instant>comparing(Aggregate::createdAt).thenComparing(a -> a.id().value());
  }
}
