package io.crmkit.core.conversion;

import static io.crmkit.core.conversion.ConversionWorld.requestFor;
import static io.crmkit.core.fixtures.PeopleFixtures.aCampaignMember;
import static io.crmkit.core.fixtures.SalesFixtures.eur;
import static io.crmkit.core.fixtures.TestAccounts.anAccount;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.account.Account;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageOutcome;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Lead conversion over any lead and any records it may match: idempotent, all-or-nothing, never overwriting. */
class ConversionProperties {
  private static final NewOpportunity DEAL = NewOpportunity.of("The deal", eur("1000"), LocalDate.of(2026, 6, 30));

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void converting_any_lead_twice_gives_the_same_result_saves_nothing_new_and_publishes_nothing_more(
      @ForAll("scenarios") Scenario scenario) {
    ConversionWorld world = new ConversionWorld();
    scenario.storeIn(world);
    ConversionResult first = world.convert(scenario.request());
    ConversionWorld.Snapshot afterFirst = scenario.snapshotOf(world);

    ConversionResult again = world.convert(scenario.request());

    assertThat(scenario.snapshotOf(world)).isEqualTo(afterFirst);
    String outcome = first.report().map(r -> r.repeat() ? "repeat" : r.accountMatch().name()).orElse("refused");
    Statistics.label("first outcome").collect(outcome);
    Statistics.label("first outcome").coverage(coverage -> {
      for (String expected : List.of("MATCHED_BY_DOMAIN", "MATCHED_BY_NAME", "CREATED_ORGANISATION",
          "CREATED_HOUSEHOLD", "MATCHED_BY_CONTACT", "repeat", "refused")) {
        coverage.check(expected).count(n -> n > 0);
      }
    });
    if (first instanceof ConversionResult.Converted converted) {
      ConversionReport one = converted.conversion();
      ConversionReport two = again.report().orElseThrow();
      assertThat(two.repeat()).isTrue();
      assertThat(List.of(two.leadId(), two.accountId(), two.contactId(), two.opportunityId(), two.convertedAt()))
          .isEqualTo(List.of(one.leadId(), one.accountId(), one.contactId(), one.opportunityId(), one.convertedAt()));
      assertThat(two.eventsPublished()).isZero();
    } else {
      assertThat(again).isEqualTo(first);
    }
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void a_conversion_failing_at_any_save_leaves_every_repository_and_the_events_as_before(
      @ForAll("scenarios") Scenario scenario, @ForAll @IntRange(min = 0, max = 99) int pick) {
    ConversionWorld dryRun = new ConversionWorld();
    scenario.storeIn(dryRun);
    dryRun.convert(scenario.request());
    int saves = dryRun.savesMade();
    ConversionWorld world = new ConversionWorld();
    scenario.storeIn(world);
    ConversionWorld.Snapshot before = scenario.snapshotOf(world);
    world.failAtSave.set(saves == 0 ? Integer.MAX_VALUE : 1 + pick % saves);

    Throwable failure = catchThrowable(() -> world.convert(scenario.request()));

    if (saves > 0) {
      assertThat(failure).isInstanceOf(ConcurrentUpdateException.class);
    }
    assertThat(scenario.snapshotOf(world)).isEqualTo(before);
    assertThat(world.events()).isEqualTo(before.events());
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void a_conversion_never_changes_a_value_an_existing_account_or_contact_had(@ForAll("scenarios") Scenario scenario) {
    ConversionWorld world = new ConversionWorld();
    scenario.storeIn(world);

    world.convert(scenario.request());

    scenario.account().ifPresent(given -> {
      Account now = world.account(given.id());
      assertThat(now.kind()).isEqualTo(given.kind());
      assertThat(now.name()).isEqualTo(given.name());
      given.domain().ifPresent(d -> assertThat(now.domain()).contains(d));
      given.industry().ifPresent(i -> assertThat(now.industry()).contains(i));
      if (given.size().isPresent()) {
        assertThat(now.size()).isEqualTo(given.size());
      }
      assertThat(now.ownerId()).isEqualTo(given.ownerId());
    });
    scenario.contact().ifPresent(given -> {
      Contact now = world.contact(given.id());
      given.firstName().ifPresent(f -> assertThat(now.firstName()).contains(f));
      given.lastName().ifPresent(l -> assertThat(now.lastName()).contains(l));
      given.jobTitle().ifPresent(t -> assertThat(now.jobTitle()).contains(t));
      assertThat(now.emails()).startsWith(given.emails().toArray(EmailAddress[]::new));
      if (!given.phones().isEmpty()) {
        assertThat(now.phones()).isEqualTo(given.phones());
      }
      if (!given.attribution().isEmpty()) {
        assertThat(now.attribution()).isEqualTo(given.attribution());
      }
      assertThat(now.accountLinks()).containsAll(given.accountLinks());
      assertThat(now.consent()).isEqualTo(given.consent());
      assertThat(now.ownerId()).isEqualTo(given.ownerId());
    });
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void every_event_of_a_conversion_carries_the_version_its_record_has_after_the_save_and_the_clock_s_time(
      @ForAll("scenarios") Scenario scenario) {
    ConversionWorld world = new ConversionWorld();
    scenario.storeIn(world);

    ConversionResult result = world.convert(scenario.request());

    List<CrmEvent> events = world.events();
    Map<Object, Long> lastVersion = new HashMap<>();
    for (CrmEvent event : events) {
      Long previous = lastVersion.put(event.aggregateId(), event.aggregateVersion());
      assertThat(previous == null || previous < event.aggregateVersion()).as("versions rise per record").isTrue();
      assertThat(event.occurredAt()).isEqualTo(ConversionWorld.NOW);
    }
    assertThat(result.report().map(ConversionReport::eventsPublished).orElse(0)).isEqualTo(events.size());
    for (CrmEvent event : events) {
      assertThat(lastVersion.get(event.aggregateId())).isEqualTo(storedVersion(world, event));
    }
  }

  @Property(tries = 100)
  void a_deal_cannot_open_in_a_closed_stage_nor_with_a_negative_amount(
      @ForAll("closedStages") Stage closed, @ForAll @IntRange(min = 1, max = 1_000_000) int minorUnits) {
    assertRejected(() -> DEAL.inStage(closed), "conversion.opportunity.stage", "open");
    assertRejected(() -> NewOpportunity.of("The deal", Money.ofMinor(-minorUnits, "EUR"), LocalDate.of(2026, 6, 30)),
        "conversion.opportunity.amount", "range");
  }

  @Provide
  Arbitrary<Stage> closedStages() {
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), Arbitraries.of(true, false))
        .as((name, won) -> won ? new Stage(name, StageOutcome.WON, 100, ForecastCategory.CLOSED)
            : new Stage(name, StageOutcome.LOST, 0, ForecastCategory.OMITTED));
  }

  private static long storedVersion(ConversionWorld world, CrmEvent event) {
    Object id = event.aggregateId();
    if (id instanceof AccountId account) {
      return world.account(account).version();
    } else if (id instanceof ContactId contact) {
      return world.contact(contact).version();
    } else if (id instanceof OpportunityId opportunity) {
      return world.opportunity(opportunity).version();
    } else if (id instanceof LeadId lead) {
      return world.lead(lead).version();
    } else if (id instanceof CampaignMemberId member) {
      return world.member(member).version();
    }
    throw new AssertionError("a conversion publishes no event about " + id);
  }

  // ------------------------------------------------------------------------------ scenarios

  /**
   * A lead (any status, converted or not) stored with, maybe, an account it matches by domain or
   * name, a contact holding its e-mail address, and campaign memberships; converted with or without
   * a deal.
   */
  record Scenario(Lead lead, Optional<Account> account, Optional<Contact> contact, List<CampaignMember> members,
                  boolean deal) {
    void storeIn(ConversionWorld world) {
      world.given(lead);
      account.ifPresent(world::given);
      contact.ifPresent(world::given);
      members.forEach(world::given);
    }

    ConversionRequest request() {
      ConversionRequest request = requestFor(lead);
      return deal ? request.withOpportunity(DEAL) : request;
    }

    ConversionWorld.Snapshot snapshotOf(ConversionWorld world) {
      return world.snapshot(List.of(lead.id()), account.stream().map(Account::id).toList(),
          contact.stream().map(Contact::id).toList(), members.stream().map(CampaignMember::id).toList());
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Lead> leads = Combinators.combine(PeopleFixtures.leads(), Arbitraries.integers().between(1, 5))
        .as((lead, one) -> one == 1 ? lead.withCompanyName(Optional.empty()).withCompanyDomain(Optional.empty()) : lead);
    return leads.flatMap(lead -> Combinators.combine(
        accountsFor(lead).optional(), contactsFor(lead).optional(), Arbitraries.integers().between(0, 2),
        Arbitraries.of(true, false))
        .as((account, contact, memberCount, deal) -> new Scenario(lead, account, linked(lead, contact, account),
            members(lead, contact, memberCount), deal)));
  }

  /** For a lead without a company, the contact belongs to the given account (when both exist). */
  private static Optional<Contact> linked(Lead lead, Optional<Contact> contact, Optional<Account> account) {
    if (lead.companyName().isPresent() || lead.companyDomain().isPresent() || account.isEmpty()) {
      return contact;
    }
    return contact.map(c -> c.withAccountLinks(AccountLink.primary(account.get().id(), ContactRole.HOUSEHOLD_MEMBER)));
  }

  /** An account that shares the lead's domain, or its company name, or neither. */
  private static Arbitrary<Account> accountsFor(Lead lead) {
    return Combinators.combine(Arbitraries.integers().between(0, 2),
            Arbitraries.of("Software", "Retail").optional(), Arbitraries.integers().between(0, 10_000).optional())
        .as((how, industry, size) -> {
          Account.Builder b = anAccount("acc-given").name("Other Co").industry(industry)
              .size(size.map(OptionalInt::of).orElse(OptionalInt.empty()));
          if (how == 0 && lead.companyDomain().isPresent()) {
            b.domain(lead.companyDomain());
          } else if (how == 1 && lead.companyName().isPresent()) {
            b.name(lead.companyName().get());
          }
          return b.build();
        });
  }

  /** A contact holding the lead's e-mail address (when it has one) among its own. */
  private static Arbitrary<Contact> contactsFor(Lead lead) {
    return PeopleFixtures.contacts().map(c -> {
      LinkedHashSet<EmailAddress> emails = new LinkedHashSet<>(c.emails());
      lead.email().ifPresent(emails::add);
      return Contact.builder().from(c).id(ContactId.of("con-given")).emails(new ArrayList<>(emails)).build();
    });
  }

  /** The lead's memberships; the first shares its campaign with one of the contact's. */
  private static List<CampaignMember> members(Lead lead, Optional<Contact> contact, int count) {
    List<CampaignMember> members = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      members.add(aCampaignMember().id(CampaignMemberId.of("cm-lead-" + i)).campaignId(CampaignId.of("cmp-" + i))
          .contactId(Optional.empty()).leadId(lead.id()).build());
    }
    contact.ifPresent(c -> members.add(aCampaignMember().id(CampaignMemberId.of("cm-contact"))
        .campaignId(CampaignId.of("cmp-1")).contactId(c.id()).build()));
    return members;
  }
}
