package io.crmkit.core.conversion;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.account.Account;
import io.crmkit.core.account.AccountKind;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.event.AccountChanged;
import io.crmkit.core.event.AccountCreated;
import io.crmkit.core.event.CampaignMemberChanged;
import io.crmkit.core.event.ContactChanged;
import io.crmkit.core.event.ContactCreated;
import io.crmkit.core.event.ContactLifecycleStageChanged;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.LeadConverted;
import io.crmkit.core.event.OpportunityCreated;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversionOutcome;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.port.AccountRepository;
import io.crmkit.core.port.CampaignMemberRepository;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.port.CrmEventPublisher;
import io.crmkit.core.port.IdGenerator;
import io.crmkit.core.port.LeadRepository;
import io.crmkit.core.port.OpportunityRepository;
import io.crmkit.core.port.UnitOfWork;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Converts a lead into an account, a contact and optionally an opportunity: the first use case of
 * crmkit, run as one transaction of the host's {@link UnitOfWork}.
 *
 * <h2>The rules</h2>
 *
 * <ol>
 *   <li><b>Account.</b> An account named in the request wins. Otherwise the account with the
 *       lead's company domain; otherwise the one account with the lead's company name (case and
 *       white space ignored). <em>Several accounts with that name and none with the domain is a
 *       refusal</em> ({@link RefusalReason.Kind#AMBIGUOUS_ACCOUNT}, listing the candidates): picking
 *       one by a rule such as "oldest" would silently attach a person to the wrong company, and the
 *       user can repeat the request naming the account. Failing all, an {@link AccountKind#ORGANISATION}
 *       is created from the lead's company fields (named after the domain when the lead has a domain
 *       but no company name). A lead with no company at all is a consumer: the account of its
 *       contact (primary link first) is used when the contact exists and has one, otherwise a
 *       {@link AccountKind#HOUSEHOLD} named after the person is created ({@code "Grace Hopper household"}).
 *   <li><b>Contact.</b> A contact named in the request wins, otherwise the contact holding the
 *       lead's e-mail address; failing both one is created. It is linked to the account if it is
 *       not already (the link is primary when the contact has no primary link), in the request's
 *       role or by default {@link ContactRole#HOUSEHOLD_MEMBER} for a household and
 *       {@link ConversionRequest#EMPLOYEE} for an organisation.
 *   <li><b>Never overwrite.</b> On an existing account (domain, industry, size) or contact (first
 *       and last name, job title, e-mail addresses, phone numbers, attribution) only empty fields
 *       are filled from the lead; a list counts as empty when it has no element. A field whose value
 *       differs from the lead's is listed as skipped; one with the same value is not listed. Owners
 *       of existing records are left alone; created records are owned by the user who converts.
 *   <li><b>Campaigns.</b> The lead's campaigns and attribution become the new opportunity's, and
 *       the opportunity names the lead as its source. The lead's campaign memberships are moved to
 *       the contact (a member is a lead or a contact, never both, so the lead reference is replaced;
 *       the lead keeps its campaign list and records the contact in its conversion outcome). A
 *       membership of a campaign the contact is already a member of is left on the lead, and the
 *       report says so.
 *   <li><b>Lead and lifecycle.</b> The lead gets status {@link LeadStatus#CONVERTED} and a
 *       {@link LeadConversionOutcome}. The contact's lifecycle stage moves forward to
 *       {@link LifecycleStage#OPPORTUNITY} when a deal is opened, otherwise to {@link LifecycleStage#SQL}
 *       (a converted lead is sales-qualified). It never moves back (a customer stays a customer),
 *       and a stage outside the default sequence is kept, as its place in the sequence is not known.
 *       A created contact starts in that stage.
 *   <li><b>Events.</b> {@code AccountCreated} or {@code AccountChanged} (only when a field was
 *       filled), {@code ContactCreated} or {@code ContactChanged}, {@code ContactLifecycleStageChanged},
 *       {@code OpportunityCreated}, {@code CampaignMemberChanged} per moved membership, and
 *       {@code LeadConverted} last; each with the version its record has after the save and the
 *       time of the injected clock. A contact whose fields and stage both change is saved twice, so
 *       its {@code ContactChanged} and {@code ContactLifecycleStageChanged} carry distinct versions.
 *   <li><b>Idempotent.</b> Converting a lead that is already converted returns the records of
 *       that conversion, marked as a {@link ConversionReport#repeat() repeat}, and changes and
 *       publishes nothing, whatever else the new request asks.
 *   <li><b>Refusals are results.</b> An unqualified lead, an ambiguous account, and ids in the
 *       request that name no record (the lead, the account, the contact) give
 *       {@link ConversionResult.Refused} with every reason found. Whether an id names a record is a
 *       fact of the stored state, which may change between requests (a lead merged away), so it is
 *       a refusal and not bad input. A missing request raises {@link CrmValidationException}.
 *   <li><b>All or nothing.</b> Everything runs in one unit of work: if a save fails (a record
 *       changed concurrently), the exception propagates, nothing is stored and no event is
 *       delivered; the host may retry. Two conversions of the same lead at once cannot both
 *       succeed: both save the lead at the version they read, so the later fails and, retried,
 *       returns the earlier one's records as a repeat.
 * </ol>
 *
 * <p>A record's {@code updatedAt} never goes backwards: when the clock is behind a record's last
 * update, the record keeps that time (events still carry the clock's time).
 */
public final class LeadConversion {
  /** The default lifecycle stages in order; a contact only moves forward along them. */
  private static final List<LifecycleStage> STAGE_ORDER = List.of(
      LifecycleStage.SUBSCRIBER, LifecycleStage.LEAD, LifecycleStage.MQL, LifecycleStage.SAL, LifecycleStage.SQL,
      LifecycleStage.OPPORTUNITY, LifecycleStage.CUSTOMER, LifecycleStage.EVANGELIST);

  private final LeadRepository leads;
  private final AccountRepository accounts;
  private final ContactRepository contacts;
  private final OpportunityRepository opportunities;
  private final CampaignMemberRepository members;
  private final UnitOfWork unitOfWork;
  private final CrmEventPublisher publisher;
  private final IdGenerator ids;
  private final Clock clock;

  /**
   * Makes the service from the host's ports.
   *
   * @param leads where the lead is read and its conversion saved
   * @param accounts where accounts are matched and saved
   * @param contacts where contacts are matched and saved
   * @param opportunities where the new deal is saved
   * @param members where the lead's campaign memberships are read and moved
   * @param unitOfWork the transaction around each conversion, spanning the repositories and publisher
   * @param publisher where the conversion's events go
   * @param ids makes the ids of new records and events
   * @param clock the time of the conversion and its events
   */
  public LeadConversion(
      LeadRepository leads, AccountRepository accounts, ContactRepository contacts,
      OpportunityRepository opportunities, CampaignMemberRepository members, UnitOfWork unitOfWork,
      CrmEventPublisher publisher, IdGenerator ids, Clock clock) {
    this.leads = CrmValidationException.required("leads", leads);
    this.accounts = CrmValidationException.required("accounts", accounts);
    this.contacts = CrmValidationException.required("contacts", contacts);
    this.opportunities = CrmValidationException.required("opportunities", opportunities);
    this.members = CrmValidationException.required("members", members);
    this.unitOfWork = CrmValidationException.required("unitOfWork", unitOfWork);
    this.publisher = CrmValidationException.required("publisher", publisher);
    this.ids = CrmValidationException.required("ids", ids);
    this.clock = CrmValidationException.required("clock", clock);
  }

  /**
   * Converts the lead as the request says, following the rules in the class description.
   *
   * @return {@link ConversionResult.Converted} with the report (a repeat when the lead was
   *     converted before), or {@link ConversionResult.Refused} with every reason, having changed nothing
   * @throws CrmValidationException when the request is missing
   * @throws io.crmkit.core.ConcurrentUpdateException when a record was changed concurrently;
   *     nothing was stored and no event published
   */
  public ConversionResult convert(ConversionRequest request) {
    CrmValidationException.required("conversion.request", request);
    return unitOfWork.inTransaction(() -> new Run(request).convert());
  }

  /** One conversion: what it found, decided, filled and published. */
  private final class Run {
    private final ConversionRequest request;
    private final Instant now = clock.instant();
    private final List<RefusalReason> refusals = new ArrayList<>();
    private final List<FilledField> filled = new ArrayList<>();
    private final List<SkippedField> skipped = new ArrayList<>();
    private final List<CrmEvent> events = new ArrayList<>();

    Run(ConversionRequest request) {
      this.request = request;
    }

    ConversionResult convert() {
      Optional<Lead> found = leads.findById(request.leadId());
      if (found.isEmpty()) {
        return new ConversionResult.Refused(request.leadId(), List.of(RefusalReason.of(
            RefusalReason.Kind.UNKNOWN_LEAD, "no lead has the id " + request.leadId())));
      }
      Lead lead = found.get();
      if (lead.conversion().isPresent()) {
        return repeat(lead, lead.conversion().get());
      }
      if (lead.status() == LeadStatus.UNQUALIFIED) {
        refusals.add(RefusalReason.of(RefusalReason.Kind.LEAD_UNQUALIFIED,
            "the lead was marked unqualified; qualify it again before converting it"));
      }
      Optional<Contact> existingContact = findContact(lead);
      Optional<AccountChoice> account = chooseAccount(lead, existingContact);
      if (!refusals.isEmpty() || account.isEmpty()) {
        return new ConversionResult.Refused(lead.id(), refusals);
      }
      ContactMatch contactMatch = request.contactId().isPresent() ? ContactMatch.GIVEN
          : existingContact.isPresent() ? ContactMatch.MATCHED_BY_EMAIL : ContactMatch.CREATED;

      Account savedAccount = saveAccount(lead, account.get());
      Optional<OpportunityId> opportunityId = request.opportunity().map(deal -> ids.nextOpportunityId());
      LifecycleStage target = opportunityId.isPresent() ? LifecycleStage.OPPORTUNITY : LifecycleStage.SQL;
      Contact savedContact = saveContact(lead, existingContact, savedAccount, target);
      opportunityId.ifPresent(id -> saveOpportunity(lead, id, request.opportunity().get(), savedAccount, savedContact));
      Memberships memberships = moveMemberships(lead, savedContact.id());
      Lead converted = Lead.builder().from(lead)
          .status(LeadStatus.CONVERTED)
          .conversion(new LeadConversionOutcome(savedAccount.id(), savedContact.id(), opportunityId,
              later(now, lead.updatedAt())))
          .updatedAt(later(now, lead.updatedAt()))
          .build();
      Lead savedLead = leads.save(converted);
      publish(new LeadConverted(ids.nextEventId(), savedLead.id(), savedAccount.id(), savedContact.id(),
          opportunityId, savedLead.version(), now));

      return new ConversionResult.Converted(new ConversionReport(lead.id(), savedAccount.id(), account.get().match(),
          savedContact.id(), contactMatch, opportunityId, filled, skipped, memberships.moved(), memberships.left(),
          events.size(), savedLead.conversion().orElseThrow().convertedAt(), false));
    }

    private ConversionResult repeat(Lead lead, LeadConversionOutcome outcome) {
      return new ConversionResult.Converted(new ConversionReport(lead.id(), outcome.accountId(),
          AccountMatch.EARLIER_CONVERSION, outcome.contactId(), ContactMatch.EARLIER_CONVERSION,
          outcome.opportunityId(), List.of(), List.of(), List.of(), List.of(), 0, outcome.convertedAt(), true));
    }

    // ------------------------------------------------------------------------------- finding

    private Optional<Contact> findContact(Lead lead) {
      if (request.contactId().isPresent()) {
        ContactId id = request.contactId().get();
        Optional<Contact> given = contacts.findById(id);
        if (given.isEmpty()) {
          refusals.add(RefusalReason.of(RefusalReason.Kind.UNKNOWN_CONTACT, "no contact has the id " + id));
        }
        return given;
      }
      return lead.email().flatMap(contacts::findByEmail);
    }

    /** The account to use, or empty when it cannot be chosen (a reason was added). */
    private Optional<AccountChoice> chooseAccount(Lead lead, Optional<Contact> contact) {
      if (request.accountId().isPresent()) {
        AccountId id = request.accountId().get();
        Optional<Account> given = accounts.findById(id);
        if (given.isEmpty()) {
          refusals.add(RefusalReason.of(RefusalReason.Kind.UNKNOWN_ACCOUNT, "no account has the id " + id));
        }
        return given.map(a -> new AccountChoice(Optional.of(a), AccountMatch.GIVEN));
      }
      if (lead.companyDomain().isPresent()) {
        Optional<Account> byDomain = accounts.findByDomain(lead.companyDomain().get());
        if (byDomain.isPresent()) {
          return Optional.of(new AccountChoice(byDomain, AccountMatch.MATCHED_BY_DOMAIN));
        }
      }
      if (lead.companyName().isPresent()) {
        List<Account> byName = accounts.findByName(lead.companyName().get());
        if (byName.size() == 1) {
          return Optional.of(new AccountChoice(Optional.of(byName.get(0)), AccountMatch.MATCHED_BY_NAME));
        }
        if (byName.size() > 1) {
          List<AccountId> candidates = byName.stream().map(Account::id).toList();
          refusals.add(new RefusalReason(RefusalReason.Kind.AMBIGUOUS_ACCOUNT, byName.size()
              + " accounts are named " + lead.companyName().get() + " and none has the lead's domain: "
              + candidates.stream().map(AccountId::value).collect(Collectors.joining(", "))
              + "; name the account in the request", candidates));
          return Optional.empty();
        }
      }
      if (lead.companyName().isPresent() || lead.companyDomain().isPresent()) {
        return Optional.of(new AccountChoice(Optional.empty(), AccountMatch.CREATED_ORGANISATION));
      }
      Optional<Account> contactsAccount = contact.flatMap(c -> Stream.concat(c.primaryAccountLink().stream(),
              c.accountLinks().stream())
          .map(link -> accounts.findById(link.accountId()))
          .flatMap(Optional::stream)
          .findFirst());
      if (contactsAccount.isPresent()) {
        return Optional.of(new AccountChoice(contactsAccount, AccountMatch.MATCHED_BY_CONTACT));
      }
      return Optional.of(new AccountChoice(Optional.empty(), AccountMatch.CREATED_HOUSEHOLD));
    }

    // -------------------------------------------------------------------------------- saving

    private Account saveAccount(Lead lead, AccountChoice choice) {
      if (choice.existing().isEmpty()) {
        Account created = choice.match() == AccountMatch.CREATED_HOUSEHOLD ? newHousehold(lead) : newOrganisation(lead);
        Account saved = accounts.save(created);
        publish(new AccountCreated(ids.nextEventId(), saved.id(), saved.version(), now));
        return saved;
      }
      Account account = choice.existing().get();
      Set<String> changed = new LinkedHashSet<>();
      Optional<String> domain = fill("account", "domain", account.domain(), lead.companyDomain(), s -> s, changed);
      Optional<String> industry = fill("account", "industry", account.industry(), lead.industry(), s -> s, changed);
      Optional<Integer> size = fill("account", "size", boxed(account.size()), boxed(lead.companySize()),
          String::valueOf, changed);
      if (changed.isEmpty()) {
        return account;
      }
      Account saved = accounts.save(Account.builder().from(account)
          .domain(domain).industry(industry).size(unboxed(size))
          .updatedAt(later(now, account.updatedAt()))
          .build());
      publish(new AccountChanged(ids.nextEventId(), saved.id(), changed, saved.version(), now));
      return saved;
    }

    private Account newOrganisation(Lead lead) {
      return Account.builder()
          .id(ids.nextAccountId())
          .kind(AccountKind.ORGANISATION)
          .name(lead.companyName().or(lead::companyDomain).orElseThrow())
          .domain(lead.companyDomain())
          .industry(lead.industry())
          .size(lead.companySize())
          .ownerId(request.convertedBy())
          .createdAt(now)
          .updatedAt(now)
          .build();
    }

    private Account newHousehold(Lead lead) {
      return Account.builder()
          .id(ids.nextAccountId())
          .kind(AccountKind.HOUSEHOLD)
          .name(personName(lead) + " household")
          .ownerId(request.convertedBy())
          .createdAt(now)
          .updatedAt(now)
          .build();
    }

    private Contact saveContact(Lead lead, Optional<Contact> existing, Account account, LifecycleStage target) {
      ContactRole role = request.accountRole().orElse(
          account.kind() == AccountKind.HOUSEHOLD ? ContactRole.HOUSEHOLD_MEMBER : ConversionRequest.EMPLOYEE);
      if (existing.isEmpty()) {
        Contact saved = contacts.save(Contact.builder()
            .id(ids.nextContactId())
            .firstName(lead.firstName())
            .lastName(lead.lastName())
            .jobTitle(lead.jobTitle())
            .emails(lead.email().stream().toList())
            .phones(lead.phone().stream().toList())
            .addAccountLinks(AccountLink.primary(account.id(), role))
            .lifecycleStage(target)
            .attribution(lead.attribution())
            .ownerId(request.convertedBy())
            .createdAt(now)
            .updatedAt(now)
            .build());
        publish(new ContactCreated(ids.nextEventId(), saved.id(), saved.version(), now));
        return saved;
      }
      Contact contact = existing.get();
      Set<String> changed = new LinkedHashSet<>();
      Optional<String> first = fill("contact", "firstName", contact.firstName(), lead.firstName(), s -> s, changed);
      Optional<String> last = fill("contact", "lastName", contact.lastName(), lead.lastName(), s -> s, changed);
      Optional<String> title = fill("contact", "jobTitle", contact.jobTitle(), lead.jobTitle(), s -> s, changed);
      List<EmailAddress> emails = fillList("contact", "emails", contact.emails(), lead.email(), EmailAddress::value,
          changed);
      List<PhoneNumber> phones = fillList("contact", "phones", contact.phones(), lead.phone(), PhoneNumber::value,
          changed);
      Attribution attribution = fill("contact", "attribution",
          Optional.of(contact.attribution()).filter(a -> !a.isEmpty()),
          Optional.of(lead.attribution()).filter(a -> !a.isEmpty()), LeadConversion::describe, changed)
          .orElse(contact.attribution());
      List<AccountLink> links = contact.accountLinks();
      if (!contact.isLinkedTo(account.id())) {
        AccountLink link = new AccountLink(account.id(), role, contact.primaryAccountLink().isEmpty());
        links = Stream.concat(links.stream(), Stream.of(link)).toList();
        filled.add(new FilledField("contact.accountLinks", account.id() + " (" + role + ")"));
        changed.add("accountLinks");
      }
      Contact current = contact;
      if (!changed.isEmpty()) {
        current = contacts.save(Contact.builder().from(contact)
            .firstName(first).lastName(last).jobTitle(title).emails(emails).phones(phones)
            .attribution(attribution).accountLinks(links)
            .updatedAt(later(now, contact.updatedAt()))
            .build());
        publish(new ContactChanged(ids.nextEventId(), current.id(), changed, current.version(), now));
      }
      LifecycleStage from = current.lifecycleStage();
      if (movesForward(from, target)) {
        current = contacts.save(current.withLifecycleStage(target).withUpdatedAt(later(now, current.updatedAt())));
        publish(new ContactLifecycleStageChanged(ids.nextEventId(), current.id(), from, target, current.version(),
            now));
      }
      return current;
    }

    private void saveOpportunity(Lead lead, OpportunityId id, NewOpportunity deal, Account account, Contact contact) {
      Opportunity saved = opportunities.save(Opportunity.builder()
          .id(id)
          .name(deal.name())
          .accountId(account.id())
          .addContactRoles(OpportunityContactRole.primary(contact.id(), deal.contactRole()))
          .stage(deal.stage())
          .amount(deal.amount())
          .expectedCloseDate(deal.expectedCloseDate())
          .campaignIds(lead.campaignIds())
          .attribution(lead.attribution())
          .sourceLeadId(lead.id())
          .ownerId(deal.ownerId().orElse(request.convertedBy()))
          .createdAt(now)
          .updatedAt(now)
          .build());
      publish(new OpportunityCreated(ids.nextEventId(), saved.id(), saved.version(), now));
    }

    private Memberships moveMemberships(Lead lead, ContactId contactId) {
      Set<CampaignId> contactsCampaigns = new HashSet<>();
      members.findByContact(contactId).forEach(m -> contactsCampaigns.add(m.campaignId()));
      List<CampaignMemberId> moved = new ArrayList<>();
      List<LeftMembership> left = new ArrayList<>();
      for (CampaignMember member : members.findByLead(lead.id())) {
        if (!contactsCampaigns.add(member.campaignId())) {
          left.add(new LeftMembership(member.id(), member.campaignId(),
              "the contact is already a member of campaign " + member.campaignId()));
          continue;
        }
        CampaignMember saved = members.save(CampaignMember.builder().from(member)
            .contactId(contactId)
            .leadId(Optional.empty())
            .updatedAt(later(now, member.updatedAt()))
            .build());
        publish(new CampaignMemberChanged(ids.nextEventId(), saved.id(), Set.of("contactId", "leadId"),
            saved.version(), now));
        moved.add(saved.id());
      }
      return new Memberships(moved, left);
    }

    // ------------------------------------------------------------------------------- filling

    /** The existing value, or the offered one when there is none; notes what was filled or skipped. */
    private <T> Optional<T> fill(String record, String field, Optional<T> existing, Optional<T> offered,
        Function<T, String> text, Set<String> changed) {
      if (offered.isEmpty()) {
        return existing;
      }
      if (existing.isEmpty()) {
        filled.add(new FilledField(record + "." + field, text.apply(offered.get())));
        changed.add(field);
        return offered;
      }
      if (!existing.get().equals(offered.get())) {
        skipped.add(new SkippedField(record + "." + field, text.apply(existing.get()), text.apply(offered.get())));
      }
      return existing;
    }

    /** The list, or the offered value alone when the list is empty; notes what was filled or skipped. */
    private <T> List<T> fillList(String record, String field, List<T> existing, Optional<T> offered,
        Function<T, String> text, Set<String> changed) {
      if (offered.isEmpty() || existing.contains(offered.get())) {
        return existing;
      }
      if (existing.isEmpty()) {
        filled.add(new FilledField(record + "." + field, text.apply(offered.get())));
        changed.add(field);
        return List.of(offered.get());
      }
      skipped.add(new SkippedField(record + "." + field,
          existing.stream().map(text).collect(Collectors.joining(", ")), text.apply(offered.get())));
      return existing;
    }

    private void publish(CrmEvent event) {
      publisher.publish(event);
      events.add(event);
    }
  }

  /** The account chosen: an existing one, or none yet (to be created), and how. */
  private record AccountChoice(Optional<Account> existing, AccountMatch match) {}

  /** The lead's memberships moved to the contact and those left on the lead. */
  private record Memberships(List<CampaignMemberId> moved, List<LeftMembership> left) {}

  private static boolean movesForward(LifecycleStage from, LifecycleStage to) {
    int fromIndex = STAGE_ORDER.indexOf(from);
    return fromIndex >= 0 && fromIndex < STAGE_ORDER.indexOf(to);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static String personName(Lead lead) {
    String name = Stream.of(lead.firstName(), lead.lastName()).flatMap(Optional::stream)
        .collect(Collectors.joining(" "));
    return name.isEmpty() ? lead.email().orElseThrow().value() : name;
  }

  private static String describe(Attribution attribution) {
    return attribution.firstTouch().map(t -> "first touch " + t.channel() + " / " + t.source()).orElse("none");
  }

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  private static OptionalInt unboxed(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }
}
