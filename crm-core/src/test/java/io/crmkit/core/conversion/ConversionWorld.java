package io.crmkit.core.conversion;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.account.Account;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.memory.SequentialIdGenerator;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.port.AccountRepository;
import io.crmkit.core.port.CampaignMemberRepository;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.port.IdGenerator;
import io.crmkit.core.port.LeadRepository;
import io.crmkit.core.port.OpportunityRepository;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A conversion service on an in-memory CRM with a fixed clock and sequential ids, plus what a test
 * needs around it: storing given records, reading them back, a save that fails on request and a
 * snapshot of everything a conversion could touch.
 */
final class ConversionWorld {
  /** When the world's conversions happen: Tuesday 6 January 2026, 10:00 UTC (a day after the fixtures). */
  static final Instant NOW = Instant.parse("2026-01-06T10:00:00Z");

  /** The salesperson who converts. */
  static final UserId SALES_REP = UserId.of("user-sam");

  final InMemoryCrm crm = InMemoryCrm.create();
  final RecordingIds ids = new RecordingIds(new SequentialIdGenerator("id-"));
  /** Fails the n-th save made through the conversion (1 = the first), or none when 0. */
  final AtomicInteger failAtSave = new AtomicInteger();
  private final AtomicInteger saves = new AtomicInteger();
  final LeadConversion conversion;

  ConversionWorld() {
    this(NOW);
  }

  ConversionWorld(Instant now) {
    conversion = new LeadConversion(new FailingLeads(crm.leads()), new FailingAccounts(crm.accounts()),
        new FailingContacts(crm.contacts()), new FailingOpportunities(crm.opportunities()),
        new FailingMembers(crm.campaignMembers()), crm.unitOfWork(), crm.publisher(), ids,
        Clock.fixed(now, ZoneOffset.UTC));
  }

  // ------------------------------------------------------------------------------- given

  Lead given(Lead lead) {
    return crm.leads().save(lead.withVersion(0));
  }

  Account given(Account account) {
    return crm.accounts().save(account.withVersion(0));
  }

  Contact given(Contact contact) {
    return crm.contacts().save(contact.withVersion(0));
  }

  CampaignMember given(CampaignMember member) {
    return crm.campaignMembers().save(member.withVersion(0));
  }

  // -------------------------------------------------------------------------------- when

  ConversionResult convert(ConversionRequest request) {
    return conversion.convert(request);
  }

  /** How many saves the conversions made through the world's repositories so far. */
  int savesMade() {
    return saves.get();
  }

  /** Converts and expects a conversion (not a refusal); returns its report. */
  ConversionReport converted(ConversionRequest request) {
    ConversionResult result = convert(request);
    if (!(result instanceof ConversionResult.Converted converted)) {
      throw new AssertionError("expected a conversion, got " + result);
    }
    return converted.conversion();
  }

  static ConversionRequest requestFor(Lead lead) {
    return ConversionRequest.of(lead.id(), SALES_REP);
  }

  // -------------------------------------------------------------------------------- then

  Lead lead(LeadId id) {
    return crm.leads().findById(id).orElseThrow();
  }

  Account account(AccountId id) {
    return crm.accounts().findById(id).orElseThrow();
  }

  Contact contact(ContactId id) {
    return crm.contacts().findById(id).orElseThrow();
  }

  Opportunity opportunity(OpportunityId id) {
    return crm.opportunities().findById(id).orElseThrow();
  }

  CampaignMember member(CampaignMemberId id) {
    return crm.campaignMembers().findById(id).orElseThrow();
  }

  List<CrmEvent> events() {
    return crm.publisher().published();
  }

  /**
   * Everything a conversion of these leads could have touched: the given records, every record
   * with an id the generator handed out, the leads' memberships and deals, and the events.
   */
  Snapshot snapshot(List<LeadId> leadIds, List<AccountId> accountIds, List<ContactId> contactIds,
      List<CampaignMemberId> memberIds) {
    List<Object> records = new ArrayList<>();
    leadIds.forEach(id -> {
      records.add(crm.leads().findById(id));
      records.add(crm.campaignMembers().findByLead(id));
      records.add(crm.opportunities().findBySourceLead(id));
    });
    accountIds.forEach(id -> records.add(crm.accounts().findById(id)));
    contactIds.forEach(id -> {
      records.add(crm.contacts().findById(id));
      records.add(crm.campaignMembers().findByContact(id));
      records.add(crm.opportunities().findByContact(id));
    });
    memberIds.forEach(id -> records.add(crm.campaignMembers().findById(id)));
    // Only records that exist: a conversion that failed hands out ids but must leave no record with one.
    for (String id : ids.handedOut()) {
      crm.accounts().findById(AccountId.of(id)).ifPresent(records::add);
      crm.contacts().findById(ContactId.of(id)).ifPresent(records::add);
      crm.opportunities().findById(OpportunityId.of(id)).ifPresent(records::add);
      crm.leads().findById(LeadId.of(id)).ifPresent(records::add);
    }
    return new Snapshot(records, events());
  }

  /** What the world held at one moment. */
  record Snapshot(List<Object> records, List<CrmEvent> events) {}

  // ------------------------------------------------------------------------ test doubles

  /** An id generator that remembers every id it handed out. */
  static final class RecordingIds implements IdGenerator {
    private final IdGenerator delegate;
    private final List<String> handedOut = new ArrayList<>();

    RecordingIds(IdGenerator delegate) {
      this.delegate = delegate;
    }

    @Override
    public synchronized String nextId() {
      String id = delegate.nextId();
      handedOut.add(id);
      return id;
    }

    synchronized List<String> handedOut() {
      return List.copyOf(handedOut);
    }
  }

  private void maybeFail(String recordType, Object id) {
    int failAt = failAtSave.get();
    if (saves.incrementAndGet() == failAt) {
      throw new ConcurrentUpdateException(recordType, String.valueOf(id), 0, 1);
    }
  }

  private final class FailingLeads implements LeadRepository {
    private final LeadRepository delegate;

    FailingLeads(LeadRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<Lead> findById(LeadId id) {
      return delegate.findById(id);
    }

    @Override
    public List<Lead> findByEmail(EmailAddress email) {
      return delegate.findByEmail(email);
    }

    @Override
    public List<Lead> findByStatus(io.crmkit.core.lead.LeadStatus status) {
      return delegate.findByStatus(status);
    }

    @Override
    public Lead save(Lead lead) {
      maybeFail("Lead", lead.id());
      return delegate.save(lead);
    }
  }

  private final class FailingAccounts implements AccountRepository {
    private final AccountRepository delegate;

    FailingAccounts(AccountRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
      return delegate.findById(id);
    }

    @Override
    public Optional<Account> findByDomain(String domain) {
      return delegate.findByDomain(domain);
    }

    @Override
    public List<Account> findByName(String name) {
      return delegate.findByName(name);
    }

    @Override
    public Account save(Account account) {
      maybeFail("Account", account.id());
      return delegate.save(account);
    }
  }

  private final class FailingContacts implements ContactRepository {
    private final ContactRepository delegate;

    FailingContacts(ContactRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<Contact> findById(ContactId id) {
      return delegate.findById(id);
    }

    @Override
    public Optional<Contact> findByEmail(EmailAddress email) {
      return delegate.findByEmail(email);
    }

    @Override
    public List<Contact> findByPhone(PhoneNumber phone) {
      return delegate.findByPhone(phone);
    }

    @Override
    public List<Contact> findByAccount(AccountId accountId) {
      return delegate.findByAccount(accountId);
    }

    @Override
    public Contact save(Contact contact) {
      maybeFail("Contact", contact.id());
      return delegate.save(contact);
    }
  }

  private final class FailingOpportunities implements OpportunityRepository {
    private final OpportunityRepository delegate;

    FailingOpportunities(OpportunityRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<Opportunity> findById(OpportunityId id) {
      return delegate.findById(id);
    }

    @Override
    public List<Opportunity> findByAccount(AccountId accountId) {
      return delegate.findByAccount(accountId);
    }

    @Override
    public List<Opportunity> findByContact(ContactId contactId) {
      return delegate.findByContact(contactId);
    }

    @Override
    public Optional<Opportunity> findBySourceLead(LeadId leadId) {
      return delegate.findBySourceLead(leadId);
    }

    @Override
    public Opportunity save(Opportunity opportunity) {
      maybeFail("Opportunity", opportunity.id());
      return delegate.save(opportunity);
    }
  }

  private final class FailingMembers implements CampaignMemberRepository {
    private final CampaignMemberRepository delegate;

    FailingMembers(CampaignMemberRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<CampaignMember> findById(CampaignMemberId id) {
      return delegate.findById(id);
    }

    @Override
    public List<CampaignMember> findByCampaign(io.crmkit.core.id.CampaignId campaignId) {
      return delegate.findByCampaign(campaignId);
    }

    @Override
    public List<CampaignMember> findByContact(ContactId contactId) {
      return delegate.findByContact(contactId);
    }

    @Override
    public List<CampaignMember> findByLead(LeadId leadId) {
      return delegate.findByLead(leadId);
    }

    @Override
    public CampaignMember save(CampaignMember member) {
      maybeFail("CampaignMember", member.id());
      return delegate.save(member);
    }
  }
}
