package io.crmkit.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.account.Account;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.fixtures.TestAccounts;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.port.AccountRepository;
import io.crmkit.core.port.ActivityRepository;
import io.crmkit.core.port.CampaignMemberRepository;
import io.crmkit.core.port.CampaignRepository;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.port.LeadRepository;
import io.crmkit.core.port.OpportunityRepository;
import io.crmkit.core.port.OrderRepository;
import io.crmkit.core.port.PriceBookRepository;
import io.crmkit.core.port.ProductRepository;
import io.crmkit.core.port.QuoteRepository;
import io.crmkit.core.port.SupportCaseRepository;
import io.crmkit.core.order.Order;
import io.crmkit.core.product.PriceBook;
import io.crmkit.core.product.Product;
import io.crmkit.core.quote.Quote;
import io.crmkit.core.support.SupportCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The JDBC repositories on H2 answer every lookup as the in-memory ones do, after the same saves:
 * any records of every aggregate, saved new (some refused, with a version other than 0 or an id
 * taken), then each saved one changed to carry another record's content and keys. Equal answers mean the
 * JDBC adapter stores the keys normalised as crm-core does, orders lists alike and reads every
 * aggregate back from its JSON document unchanged.
 */
class JdbcRepositoriesProperties {
  private static final int TRIES = 15;

  @Property(tries = TRIES)
  void accounts_are_found_alike(@ForAll("accounts") List<Account> accounts) {
    agree(accounts, crm -> crm.accounts()::save,
        (donor, stored) -> donor.withId(stored.id()).withVersion(stored.version()),
        (crm, account) -> List.of(crm.accounts().findById(account.id()),
            crm.accounts().findByName(account.name()),
            account.domain().flatMap(crm.accounts()::findByDomain)));
  }

  @Property(tries = TRIES)
  void contacts_are_found_alike(@ForAll("contacts") List<Contact> contacts) {
    agree(contacts, crm -> crm.contacts()::save,
        (donor, stored) -> donor.withId(stored.id()).withVersion(stored.version()),
        (crm, contact) -> {
          List<Object> answers = new ArrayList<>();
          answers.add(crm.contacts().findById(contact.id()));
          contact.emails().forEach(email -> answers.add(crm.contacts().findByEmail(email)));
          contact.phones().forEach(phone -> answers.add(crm.contacts().findByPhone(phone)));
          contact.accountLinks().stream().map(AccountLink::accountId)
              .forEach(account -> answers.add(crm.contacts().findByAccount(account)));
          return answers;
        });
  }

  @Property(tries = TRIES)
  void leads_are_found_alike(@ForAll("leads") List<Lead> leads) {
    agree(leads, crm -> crm.leads()::save,
        (donor, stored) -> donor.withId(stored.id()).withVersion(stored.version()),
        (crm, lead) -> {
          List<Object> answers = new ArrayList<>();
          answers.add(crm.leads().findById(lead.id()));
          lead.email().ifPresent(email -> answers.add(crm.leads().findByEmail(email)));
          for (LeadStatus status : LeadStatus.values()) {
            answers.add(crm.leads().findByStatus(status));
          }
          return answers;
        });
  }

  @Property(tries = TRIES)
  void opportunities_are_found_alike(@ForAll("opportunities") List<Opportunity> opportunities) {
    agree(opportunities, crm -> crm.opportunities()::save,
        (donor, stored) -> donor.withId(stored.id()).withVersion(stored.version()),
        (crm, opportunity) -> {
          List<Object> answers = new ArrayList<>();
          answers.add(crm.opportunities().findById(opportunity.id()));
          answers.add(crm.opportunities().findByAccount(opportunity.accountId()));
          opportunity.contactRoles().stream().map(OpportunityContactRole::contactId)
              .forEach(contact -> answers.add(crm.opportunities().findByContact(contact)));
          opportunity.sourceLeadId().ifPresent(lead -> answers.add(crm.opportunities().findBySourceLead(lead)));
          return answers;
        });
  }

  @Property(tries = TRIES)
  void products_are_found_alike(@ForAll("products") List<Product> products) {
    agree(products, crm -> crm.products()::save,
        (donor, stored) -> donor.withId(stored.id()).withVersion(stored.version()),
        (crm, product) -> List.of(
            crm.products().findById(product.id()),
            crm.products().findBySku(" " + product.sku().toLowerCase(Locale.ROOT))));
  }

  @Property(tries = TRIES)
  void price_books_are_found_alike(@ForAll("priceBooks") List<PriceBook> books) {
    agree(books, crm -> crm.priceBooks()::save,
        (donor, stored) -> donor.withId(stored.id()).withVersion(stored.version()),
        (crm, book) -> List.of(
            crm.priceBooks().findById(book.id()),
            crm.priceBooks().findByName(book.name()),
            crm.priceBooks().findByCurrency(book.currency())));
  }

  @Property(tries = TRIES)
  void quotes_are_found_alike(@ForAll("quotes") List<Quote> quotes) {
    agree(quotes, crm -> crm.quotes()::save,
        (donor, stored) -> donor.withId(stored.id()).withVersion(stored.version()),
        (crm, quote) -> {
          List<Object> answers = new ArrayList<>();
          answers.add(crm.quotes().findById(quote.id()));
          answers.add(crm.quotes().findByNumber(quote.quoteNumber()));
          answers.add(crm.quotes().findByAccount(quote.accountId()));
          quote.opportunityId().ifPresent(opportunity -> answers.add(crm.quotes().findByOpportunity(opportunity)));
          return answers;
        });
  }

  @Property(tries = TRIES)
  void orders_are_found_alike(@ForAll("orders") List<Order> orders) {
    agree(orders, crm -> crm.orders()::save,
        (donor, stored) -> donor.withId(stored.id()).withVersion(stored.version()),
        (crm, order) -> {
          List<Object> answers = new ArrayList<>();
          answers.add(crm.orders().findById(order.id()));
          answers.add(crm.orders().findByNumber(order.orderNumber()));
          answers.add(crm.orders().findByAccount(order.accountId()));
          order.contactId().ifPresent(contact -> answers.add(crm.orders().findByContact(contact)));
          return answers;
        });
  }

  @Property(tries = TRIES)
  void support_cases_are_found_alike(@ForAll("supportCases") List<SupportCase> cases) {
    agree(cases, crm -> crm.supportCases()::save,
        (donor, stored) -> donor.withId(stored.id()).withVersion(stored.version()),
        (crm, supportCase) -> {
          List<Object> answers = new ArrayList<>();
          answers.add(crm.supportCases().findById(supportCase.id()));
          answers.add(crm.supportCases().findByNumber(supportCase.caseNumber()));
          supportCase.accountId().ifPresent(account -> answers.add(crm.supportCases().findByAccount(account)));
          supportCase.contactId().ifPresent(contact -> answers.add(crm.supportCases().findByContact(contact)));
          return answers;
        });
  }

  @Property(tries = TRIES)
  void activities_are_found_alike(@ForAll("activities") List<Activity> activities) {
    agree(activities, crm -> crm.activities()::save,
        (donor, stored) -> donor.withId(stored.id()).withVersion(stored.version()),
        (crm, activity) -> {
          List<Object> answers = new ArrayList<>();
          answers.add(crm.activities().findById(activity.id()));
          activity.contactIds().forEach(contact -> answers.add(crm.activities().findByContact(contact)));
          activity.accountId().ifPresent(account -> answers.add(crm.activities().findByAccount(account)));
          activity.leadId().ifPresent(lead -> answers.add(crm.activities().findByLead(lead)));
          activity.opportunityId()
              .ifPresent(opportunity -> answers.add(crm.activities().findByOpportunity(opportunity)));
          activity.caseId().ifPresent(supportCase -> answers.add(crm.activities().findByCase(supportCase)));
          return answers;
        });
  }

  @Property(tries = TRIES)
  void campaigns_are_found_alike(@ForAll("campaigns") List<Campaign> campaigns) {
    agree(campaigns, crm -> crm.campaigns()::save,
        (donor, stored) -> donor.withId(stored.id()).withVersion(stored.version()),
        (crm, campaign) -> List.of(
            crm.campaigns().findById(campaign.id()),
            crm.campaigns().findByName(campaign.name().toUpperCase(Locale.ROOT))));
  }

  @Property(tries = TRIES)
  void campaign_members_are_found_alike(@ForAll("campaignMembers") List<CampaignMember> members) {
    agree(members, crm -> crm.campaignMembers()::save,
        (donor, stored) -> donor.withId(stored.id()).withVersion(stored.version()),
        (crm, member) -> {
          List<Object> answers = new ArrayList<>();
          answers.add(crm.campaignMembers().findById(member.id()));
          answers.add(crm.campaignMembers().findByCampaign(member.campaignId()));
          member.contactId().ifPresent(contact -> answers.add(crm.campaignMembers().findByContact(contact)));
          member.leadId().ifPresent(lead -> answers.add(crm.campaignMembers().findByLead(lead)));
          return answers;
        });
  }

  // --- how the two adapters are compared ---

  /**
   * Saves the records on both adapters (each as given, then each stored one changed to carry the
   * next record's content under its own id and version) and compares the outcome of every save and
   * the answers of every lookup of every record.
   */
  private static <A extends Aggregate<?>> void agree(List<A> records, Function<Repositories, Function<A, A>> save,
      BiFunction<A, A, A> carryingContentOf, BiFunction<Repositories, A, List<?>> lookupsOf) {
    TestDatabases.empty(TestDatabases.h2());
    try (JdbcCrm jdbcCrm = JdbcCrm.openMigrated(TestDatabases.h2())) {
      Repositories memory = Repositories.of(InMemoryCrm.create());
      Repositories jdbc = Repositories.of(jdbcCrm);
      List<A> stored = new ArrayList<>();
      for (A record : records) {
        Outcome<A> inMemory = Outcome.of(() -> save.apply(memory).apply(record));
        assertThat(Outcome.of(() -> save.apply(jdbc).apply(record))).as("saving %s", record.id()).isEqualTo(inMemory);
        inMemory.saved().ifPresent(stored::add);
      }
      for (int i = 0; i < stored.size(); i++) {
        A changed = carryingContentOf.apply(records.get((i + 1) % records.size()), stored.get(i));
        Outcome<A> inMemory = Outcome.of(() -> save.apply(memory).apply(changed));
        assertThat(Outcome.of(() -> save.apply(jdbc).apply(changed))).as("changing %s", changed.id())
            .isEqualTo(inMemory);
      }
      for (A record : records) {
        assertThat(lookupsOf.apply(jdbc, record)).as("the lookups of %s", record.id())
            .isEqualTo(lookupsOf.apply(memory, record));
      }
    }
  }

  /** The repositories of one adapter, so that a lookup is written once for both. */
  private record Repositories(AccountRepository accounts, ContactRepository contacts, LeadRepository leads,
      OpportunityRepository opportunities, ProductRepository products, PriceBookRepository priceBooks,
      QuoteRepository quotes, OrderRepository orders, SupportCaseRepository supportCases,
      ActivityRepository activities, CampaignRepository campaigns, CampaignMemberRepository campaignMembers) {
    static Repositories of(InMemoryCrm crm) {
      return new Repositories(crm.accounts(), crm.contacts(), crm.leads(), crm.opportunities(), crm.products(),
          crm.priceBooks(), crm.quotes(), crm.orders(), crm.supportCases(), crm.activities(), crm.campaigns(),
          crm.campaignMembers());
    }

    static Repositories of(JdbcCrm crm) {
      return new Repositories(crm.accounts(), crm.contacts(), crm.leads(), crm.opportunities(), crm.products(),
          crm.priceBooks(), crm.quotes(), crm.orders(), crm.supportCases(), crm.activities(), crm.campaigns(),
          crm.campaignMembers());
    }
  }

  /** What a save did: stored a copy, or was refused with a concurrency exception (its message names the versions). */
  private record Outcome<A>(Optional<A> saved, String refusal) {
    static <A> Outcome<A> of(Supplier<A> save) {
      try {
        return new Outcome<>(Optional.of(save.get()), "");
      } catch (ConcurrentUpdateException refused) {
        return new Outcome<>(Optional.empty(), refused.getMessage());
      }
    }
  }

  // --- records to save: any valid ones, often new (version 0), with ids and keys that repeat ---

  private static <A> Arbitrary<List<A>> listsOf(Arbitrary<A> records, Function<A, A> asNew) {
    return Arbitraries.frequencyOf(
            Tuple.of(4, records.map(asNew)),
            Tuple.of(1, records))
        .list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<Account>> accounts() {
    Arbitrary<Account> accounts = Combinators.combine(
            Arbitraries.of("acc-1", "acc-2", "acc-3", "acc-4"),
            Arbitraries.of("Acme", "ACME  corp", "acme corp", "Globex"),
            Arbitraries.of("acme.com", "https://www.Acme.com/", "globex.io").optional(),
            Arbitraries.integers().between(0, 3))
        .as((id, name, domain, minutes) -> TestAccounts.anAccountCreatedAfter(id, minutes)
            .name(name).domain(domain).build());
    return listsOf(accounts, account -> account);
  }

  @Provide
  Arbitrary<List<Contact>> contacts() {
    return listsOf(PeopleFixtures.contacts(), contact -> contact.withVersion(0));
  }

  @Provide
  Arbitrary<List<Lead>> leads() {
    return listsOf(PeopleFixtures.leads(), lead -> lead.withVersion(0));
  }

  @Provide
  Arbitrary<List<Opportunity>> opportunities() {
    return listsOf(SalesFixtures.opportunities(), opportunity -> opportunity.withVersion(0));
  }

  @Provide
  Arbitrary<List<Product>> products() {
    return listsOf(SalesFixtures.products(), product -> product.withVersion(0));
  }

  @Provide
  Arbitrary<List<PriceBook>> priceBooks() {
    return listsOf(SalesFixtures.priceBooks(), book -> book.withVersion(0));
  }

  @Provide
  Arbitrary<List<Quote>> quotes() {
    return listsOf(SalesFixtures.quotes(), quote -> quote.withVersion(0));
  }

  @Provide
  Arbitrary<List<Order>> orders() {
    return listsOf(SalesFixtures.orders(), order -> order.withVersion(0));
  }

  @Provide
  Arbitrary<List<SupportCase>> supportCases() {
    return listsOf(SalesFixtures.supportCases(), supportCase -> supportCase.withVersion(0));
  }

  @Provide
  Arbitrary<List<Activity>> activities() {
    return listsOf(PeopleFixtures.activities(), activity -> activity.withVersion(0));
  }

  @Provide
  Arbitrary<List<Campaign>> campaigns() {
    return listsOf(PeopleFixtures.campaigns(), campaign -> campaign.withVersion(0));
  }

  @Provide
  Arbitrary<List<CampaignMember>> campaignMembers() {
    return listsOf(PeopleFixtures.campaignMembers(), member -> member.withVersion(0));
  }
}
