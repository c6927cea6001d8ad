package io.crmkit.core.memory;

import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static io.crmkit.core.fixtures.PeopleFixtures.aContact;
import static io.crmkit.core.fixtures.PeopleFixtures.aLead;
import static io.crmkit.core.fixtures.PeopleFixtures.anActivity;
import static io.crmkit.core.fixtures.SalesFixtures.aQuote;
import static io.crmkit.core.fixtures.SalesFixtures.anOpportunityIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.event.ContactCreated;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.LeadCreated;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.QuoteId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.quote.Quote;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every lookup of every in-memory repository agrees with a scan of the stored records, and the
 * event history with the delivered events, after any mix of saves of several aggregate types made
 * one by one, in committed transactions and in transactions that fail.
 */
class InMemoryRepositoriesProperties {
  private static final int IDS = 4;
  private static final int KEYS = 3;
  private static final List<EmailAddress> EMAILS =
      Stream.of("ada@example.com", "grace@example.com", "linus@example.com").map(EmailAddress::of).toList();
  private static final List<PhoneNumber> PHONES =
      Stream.of("+49 30 1234567", "+44 20 7946 0958", "+33 1 42 68 53 00").map(PhoneNumber::of).toList();
  private static final List<String> QUOTE_NUMBERS = List.of("Q-1", "Q-2", "Q 3");

  /** How a batch of steps runs. */
  enum Mode { ONE_BY_ONE, COMMITTED, FAILED }

  /** A batch of steps and how it runs. */
  record Batch(Mode mode, List<Step> steps) {}

  /** One thing done to the CRM: a read-modify-write save of one record, or a publish. */
  sealed interface Step permits SaveContact, SaveLead, SaveOpportunity, SaveQuote, SaveActivity, Publish {}

  /** Saves contact {@code id} with these e-mail addresses, phones and accounts (pool indexes). */
  record SaveContact(int id, int minutes, List<Integer> emails, List<Integer> phones, List<Integer> accounts)
      implements Step {}

  /** Saves lead {@code id} with this e-mail address and status. */
  record SaveLead(int id, int minutes, Optional<Integer> email, LeadStatus status) implements Step {}

  /** Saves opportunity {@code id} of this account, with roles for these contacts and this source lead. */
  record SaveOpportunity(int id, int minutes, int account, List<Integer> contacts, Optional<Integer> sourceLead)
      implements Step {}

  /** Saves quote {@code id} with this number, account and opportunity. */
  record SaveQuote(int id, int minutes, int number, int account, Optional<Integer> opportunity) implements Step {}

  /** Saves activity {@code id} about these contacts, this account and this lead (the account when none). */
  record SaveActivity(int id, int minutes, List<Integer> contacts, Optional<Integer> account, Optional<Integer> lead)
      implements Step {}

  /** Publishes an event about contact (or, when {@code aboutLead}, lead) {@code id}, occurring at {@code minutes}. */
  record Publish(boolean aboutLead, int id, int minutes) implements Step {}

  @Provide
  Arbitrary<List<Batch>> batches() {
    Arbitrary<Integer> id = Arbitraries.integers().between(0, IDS - 1);
    Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 2);
    Arbitrary<Integer> key = Arbitraries.integers().between(0, KEYS - 1);
    Arbitrary<List<Integer>> keys = key.list().ofMaxSize(KEYS).uniqueElements();
    Arbitrary<Step> contact = Combinators.combine(id, minutes, keys, keys, keys).as(SaveContact::new);
    Arbitrary<Step> lead = Combinators.combine(id, minutes, key.optional(),
        Arbitraries.of(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.QUALIFIED)).as(SaveLead::new);
    Arbitrary<Step> opportunity =
        Combinators.combine(id, minutes, key, keys, key.optional()).as(SaveOpportunity::new);
    Arbitrary<Step> quote = Combinators.combine(id, minutes, key, key, key.optional()).as(SaveQuote::new);
    Arbitrary<Step> activity = Combinators.combine(id, minutes, keys, key.optional(), key.optional())
        .as(SaveActivity::new);
    Arbitrary<Step> publish = Combinators.combine(Arbitraries.of(true, false), id, minutes).as(Publish::new);
    Arbitrary<List<Step>> steps =
        Arbitraries.oneOf(contact, lead, opportunity, quote, activity, publish).list().ofMaxSize(12);
    return Combinators.combine(Arbitraries.of(Mode.class), steps).as(Batch::new).list().ofMaxSize(5);
  }

  @Property(tries = 300)
  void every_lookup_agrees_with_the_stored_records_and_the_history_with_the_delivered_events(
      @ForAll("batches") List<Batch> batches) {
    InMemoryCrm crm = InMemoryCrm.create();
    AtomicInteger events = new AtomicInteger();
    for (Batch batch : batches) {
      switch (batch.mode()) {
        case ONE_BY_ONE -> batch.steps().forEach(step -> perform(crm, step, events));
        case COMMITTED -> crm.unitOfWork().run(() -> {
          batch.steps().forEach(step -> perform(crm, step, events));
          assertLookupsAgreeWithRecords(crm);
        });
        case FAILED -> assertThat(catchThrowable(() -> crm.unitOfWork().run(() -> {
          batch.steps().forEach(step -> perform(crm, step, events));
          assertLookupsAgreeWithRecords(crm);
          throw new IllegalStateException("the batch fails");
        }))).hasMessage("the batch fails");
      }
      assertLookupsAgreeWithRecords(crm);
      assertHistoryAgreesWithDeliveredEvents(crm);
    }
  }

  // ------------------------------------------------------------------------------------ steps

  private static void perform(InMemoryCrm crm, Step step, AtomicInteger events) {
    if (step instanceof SaveContact s) {
      ContactId id = contactId(s.id());
      Contact current = crm.contacts().findById(id)
          .orElseGet(() -> aContact().id(id).createdAt(at(s.minutes())).updatedAt(at(s.minutes())).build());
      crm.contacts().save(Contact.builder().from(current)
          .emails(pick(EMAILS, s.emails()))
          .phones(pick(PHONES, s.phones()))
          .accountLinks(s.accounts().stream().map(a -> AccountLink.of(accountId(a), ContactRole.USER)).toList())
          .build());
    } else if (step instanceof SaveLead s) {
      LeadId id = leadId(s.id());
      Lead current = crm.leads().findById(id)
          .orElseGet(() -> aLead().id(id).createdAt(at(s.minutes())).updatedAt(at(s.minutes())).build());
      crm.leads().save(current.withEmail(s.email().map(EMAILS::get)).withStatus(s.status()));
    } else if (step instanceof SaveOpportunity s) {
      OpportunityId id = opportunityId(s.id());
      Opportunity current = crm.opportunities().findById(id).orElseGet(() -> anOpportunityIn(Stage.DISCOVERY)
          .id(id).createdAt(at(s.minutes())).updatedAt(at(s.minutes())).build());
      crm.opportunities().save(current.withAccountId(accountId(s.account()))
          .withContactRoles(s.contacts().stream()
              .map(c -> OpportunityContactRole.of(contactId(c), OpportunityContactRole.CHAMPION)).toList())
          .withSourceLeadId(s.sourceLead().map(InMemoryRepositoriesProperties::leadId)));
    } else if (step instanceof SaveQuote s) {
      QuoteId id = QuoteId.of("quote-" + s.id());
      Quote current = crm.quotes().findById(id)
          .orElseGet(() -> aQuote().id(id).createdAt(at(s.minutes())).updatedAt(at(s.minutes())).build());
      crm.quotes().save(current.withQuoteNumber(QUOTE_NUMBERS.get(s.number()))
          .withAccountId(accountId(s.account()))
          .withOpportunityId(s.opportunity().map(InMemoryRepositoriesProperties::opportunityId)));
    } else if (step instanceof SaveActivity s) {
      ActivityId id = ActivityId.of("act-" + s.id());
      Activity current = crm.activities().findById(id)
          .orElseGet(() -> anActivity().id(id).createdAt(at(s.minutes())).updatedAt(at(s.minutes())).build());
      Optional<Integer> account = s.account()
          .or(() -> s.contacts().isEmpty() && s.lead().isEmpty() ? Optional.of(0) : Optional.empty());
      crm.activities().save(Activity.builder().from(current)
          .contactIds(s.contacts().stream().map(InMemoryRepositoriesProperties::contactId).toList())
          .accountId(account.map(InMemoryRepositoriesProperties::accountId))
          .leadId(s.lead().map(InMemoryRepositoriesProperties::leadId))
          .build());
    } else if (step instanceof Publish p) {
      EventId eventId = EventId.of("evt-" + events.incrementAndGet());
      crm.publisher().publish(p.aboutLead()
          ? new LeadCreated(eventId, leadId(p.id()), 1, at(p.minutes()))
          : new ContactCreated(eventId, contactId(p.id()), 1, at(p.minutes())));
    }
  }

  // ----------------------------------------------------------------------------------- checks

  private static void assertLookupsAgreeWithRecords(InMemoryCrm crm) {
    List<Contact> contacts = scan(i -> crm.contacts().findById(contactId(i)));
    for (int k = 0; k < KEYS; k++) {
      EmailAddress email = EMAILS.get(k);
      PhoneNumber phone = PHONES.get(k);
      AccountId account = accountId(k);
      assertThat(crm.contacts().findByEmail(email)).as("contacts by " + email)
          .isEqualTo(matching(contacts, c -> c.emails().contains(email)).stream().findFirst());
      assertThat(crm.contacts().findByPhone(phone)).as("contacts by " + phone)
          .isEqualTo(matching(contacts, c -> c.phones().contains(phone)));
      assertThat(crm.contacts().findByAccount(account)).as("contacts of " + account)
          .isEqualTo(matching(contacts, c -> c.isLinkedTo(account)));
    }

    List<Lead> leads = scan(i -> crm.leads().findById(leadId(i)));
    for (int k = 0; k < KEYS; k++) {
      EmailAddress email = EMAILS.get(k);
      assertThat(crm.leads().findByEmail(email)).as("leads by " + email)
          .isEqualTo(matching(leads, l -> l.email().equals(Optional.of(email))));
    }
    for (LeadStatus status : LeadStatus.values()) {
      assertThat(crm.leads().findByStatus(status)).as("leads in " + status)
          .isEqualTo(matching(leads, l -> l.status() == status));
    }

    List<Opportunity> deals = scan(i -> crm.opportunities().findById(opportunityId(i)));
    for (int k = 0; k < KEYS; k++) {
      AccountId account = accountId(k);
      ContactId contact = contactId(k);
      LeadId lead = leadId(k);
      assertThat(crm.opportunities().findByAccount(account)).as("opportunities of " + account)
          .isEqualTo(matching(deals, o -> o.accountId().equals(account)));
      assertThat(crm.opportunities().findByContact(contact)).as("opportunities of " + contact)
          .isEqualTo(matching(deals, o -> o.contactRoles().stream().anyMatch(r -> r.contactId().equals(contact))));
      assertThat(crm.opportunities().findBySourceLead(lead)).as("opportunity from " + lead)
          .isEqualTo(matching(deals, o -> o.sourceLeadId().equals(Optional.of(lead))).stream().findFirst());
    }

    List<Quote> quotes = scan(i -> crm.quotes().findById(QuoteId.of("quote-" + i)));
    for (int k = 0; k < KEYS; k++) {
      String number = Quote.normaliseQuoteNumber(QUOTE_NUMBERS.get(k));
      AccountId account = accountId(k);
      OpportunityId deal = opportunityId(k);
      assertThat(crm.quotes().findByNumber(" " + number.toLowerCase(Locale.ROOT) + " ")).as("quote " + number)
          .isEqualTo(matching(quotes, q -> q.quoteNumber().equals(number)).stream().findFirst());
      assertThat(crm.quotes().findByAccount(account)).as("quotes to " + account)
          .isEqualTo(matching(quotes, q -> q.accountId().equals(account)));
      assertThat(crm.quotes().findByOpportunity(deal)).as("quotes for " + deal)
          .isEqualTo(matching(quotes, q -> q.opportunityId().equals(Optional.of(deal))));
    }

    List<Activity> activities = scan(i -> crm.activities().findById(ActivityId.of("act-" + i)));
    for (int k = 0; k < KEYS; k++) {
      ContactId contact = contactId(k);
      AccountId account = accountId(k);
      LeadId lead = leadId(k);
      assertThat(crm.activities().findByContact(contact)).as("activities with " + contact)
          .isEqualTo(matching(activities, a -> a.contactIds().contains(contact)));
      assertThat(crm.activities().findByAccount(account)).as("activities about " + account)
          .isEqualTo(matching(activities, a -> a.accountId().equals(Optional.of(account))));
      assertThat(crm.activities().findByLead(lead)).as("activities about " + lead)
          .isEqualTo(matching(activities, a -> a.leadId().equals(Optional.of(lead))));
    }
  }

  private static void assertHistoryAgreesWithDeliveredEvents(InMemoryCrm crm) {
    List<CrmEvent> delivered = crm.publisher().published();
    for (int i = 0; i < IDS; i++) {
      for (AggregateId id : List.<AggregateId>of(contactId(i), leadId(i))) {
        List<CrmEvent> expected = delivered.stream().filter(e -> e.aggregateId().equals(id))
            .sorted(Comparator.comparing(CrmEvent::occurredAt)).toList();
        assertThat(crm.eventHistory().eventsOf(id)).as("history of " + id).isEqualTo(expected);
      }
    }
  }

  /** Every stored record of a type: each id of the pool looked up, in lookup order. */
  private static <A extends Aggregate<?>> List<A> scan(Function<Integer, Optional<A>> findById) {
    return IntStream.range(0, IDS).mapToObj(findById::apply).flatMap(Optional::stream)
        .sorted(Comparator.comparing((A a) -> a.createdAt()).thenComparing(a -> a.id().value()))
        .toList();
  }

  private static <A> List<A> matching(List<A> records, Predicate<A> test) {
    return records.stream().filter(test).toList();
  }

  private static <T> List<T> pick(List<T> pool, List<Integer> indexes) {
    return indexes.stream().map(pool::get).toList();
  }

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  private static ContactId contactId(int i) {
    return ContactId.of("con-" + i);
  }

  private static LeadId leadId(int i) {
    return LeadId.of("lead-" + i);
  }

  private static AccountId accountId(int i) {
    return AccountId.of("acc-" + i);
  }

  private static OpportunityId opportunityId(int i) {
    return OpportunityId.of("opp-" + i);
  }
}
