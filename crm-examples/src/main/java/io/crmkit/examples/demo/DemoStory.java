package io.crmkit.examples.demo;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.account.Account;
import io.crmkit.core.account.AccountKind;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityDirection;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.campaign.CampaignMemberStatus;
import io.crmkit.core.campaign.CampaignType;
import io.crmkit.core.consent.ConsentChannel;
import io.crmkit.core.consent.ConsentPurpose;
import io.crmkit.core.consent.ConsentRecord;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.conversion.ConversionRequest;
import io.crmkit.core.conversion.ConversionResult;
import io.crmkit.core.conversion.LeadConversion;
import io.crmkit.core.conversion.NewOpportunity;
import io.crmkit.core.event.AccountCreated;
import io.crmkit.core.event.ActivityCreated;
import io.crmkit.core.event.CampaignCreated;
import io.crmkit.core.event.CampaignMemberCreated;
import io.crmkit.core.event.ConsentChanged;
import io.crmkit.core.event.ContactCreated;
import io.crmkit.core.event.ContactLifecycleStageChanged;
import io.crmkit.core.event.LeadCreated;
import io.crmkit.core.event.OpportunityStageChanged;
import io.crmkit.core.event.OrderCreated;
import io.crmkit.core.event.SupportCaseCreated;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.ProductId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.order.Order;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.support.CaseSeverity;
import io.crmkit.core.support.CaseType;
import io.crmkit.core.support.SupportCase;
import io.crmkit.core.timeline.Timeline;
import io.crmkit.core.timeline.TimelineEntry;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.Money;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.Touch;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demo's story on an in-memory CRM, the same on every run: leads arrive from a web form, a
 * trade show, a referral and an import; they are converted (one twice, one refused); a deal is
 * worked from discovery to won with calls, a meeting, a support case and an order along the way.
 *
 * <p>The clock starts on Monday 2 March 2026, 09:00 UTC, and moves on as the story goes.
 */
public final class DemoStory {
  /** When the story starts. */
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  /** The e-mail address of the contact whose timeline the demo prints unless told otherwise. */
  public static final String DEFAULT_CONTACT = "ada@analytical.io";

  private static final UserId SALES_REP = UserId.of("user-sam");
  private static final UserId SUPPORT_AGENT = UserId.of("user-sol");
  private static final Duration DAY = Duration.ofDays(1);

  private final InMemoryCrm crm = InMemoryCrm.create();
  private final DemoClock clock = new DemoClock(START);
  private final DemoIds ids = new DemoIds();
  private final LeadConversion conversion = new LeadConversion(crm.leads(), crm.accounts(), crm.contacts(),
      crm.opportunities(), crm.campaignMembers(), crm.unitOfWork(), crm.publisher(), ids, clock);
  private final Timeline timeline = new Timeline(crm.contacts(), crm.activities(), crm.supportCases(), crm.orders(),
      crm.opportunities(), crm.eventHistory());
  private final List<Conversion> conversions = new ArrayList<>();

  private DemoStory() {}

  /** One conversion of the story: whose lead, from where, and what came of it. */
  public record Conversion(Lead lead, ConversionResult result) {}

  /** Runs the story and returns it, ready to be told. */
  public static DemoStory run() {
    DemoStory story = new DemoStory();
    story.play();
    return story;
  }

  /** The conversions, in the order they were asked for. */
  public List<Conversion> conversions() {
    return List.copyOf(conversions);
  }

  /** The CRM the story ran on, to look records up. */
  public InMemoryCrm crm() {
    return crm;
  }

  /** The number of events the CRM delivered during the story. */
  public int eventsDelivered() {
    return crm.publisher().published().size();
  }

  /**
   * The contact with this e-mail address and its timeline, oldest first.
   *
   * @throws CrmValidationException when the address is not valid or no contact of the story has it
   */
  public ContactTimeline timelineOf(String email) {
    EmailAddress address = EmailAddress.of(CrmValidationException.requiredText("contact", email));
    Contact contact = crm.contacts().findByEmail(address).orElseThrow(() -> CrmValidationException.of(
        "contact", "unknown", email, "no contact of the demo has this e-mail address; try one of "
            + knownEmails()));
    return new ContactTimeline(contact, timeline.forContact(contact.id()));
  }

  /** A contact and its timeline. */
  public record ContactTimeline(Contact contact, List<TimelineEntry> entries) {}

  private String knownEmails() {
    return conversions.stream().map(c -> c.result().report())
        .flatMap(Optional::stream)
        .map(r -> crm.contacts().findById(r.contactId()).flatMap(Contact::primaryEmail))
        .flatMap(Optional::stream).map(EmailAddress::value).distinct().collect(Collectors.joining(", "));
  }

  // ----------------------------------------------------------------------------- the story

  private void play() {
    AccountId northwind = givenACustomerWithAContact();
    CampaignId webinar = campaign("Spring analytics webinar", CampaignType.WEBINAR, "email");
    CampaignId tradeShow = campaign("Trade show Berlin", CampaignType.EVENT, "trade show");

    Lead ada = lead(Lead.builder().firstName("Ada").lastName("Lovelace").email(EmailAddress.of(DEFAULT_CONTACT))
        .jobTitle("CTO").companyName("Analytical Engines").companyDomain("analytical.io").industry("Software")
        .companySize(45).leadSource("Web form").status(LeadStatus.QUALIFIED).addCampaignIds(webinar)
        .attribution(Attribution.of(Touch.of("paid social", "linkedin", START.minus(DAY.multipliedBy(12))))
            .record(Touch.of("email", "newsletter", START.minus(DAY.multipliedBy(3))))));
    member(webinar, ada, CampaignMemberStatus.RESPONDED);
    Lead charles = lead(Lead.builder().firstName("Charles").lastName("Babbage").email(EmailAddress.of("charles@analytical.io"))
        .companyName("Analytical Engines Ltd").companyDomain("https://www.analytical.io/").leadSource("Trade show")
        .addCampaignIds(tradeShow));
    member(tradeShow, charles, CampaignMemberStatus.SENT);
    Lead nancy = lead(Lead.builder().firstName("Nancy").lastName("Davolio").email(EmailAddress.of("nancy@northwind.com"))
        .jobTitle("Head of Purchasing").phone(PhoneNumber.of("+442071234567")).companyName("Northwind")
        .companyDomain("northwind.com").industry("Retail").leadSource("Referral").status(LeadStatus.WORKING));
    member(webinar, nancy, CampaignMemberStatus.RESPONDED);
    Lead grace = lead(Lead.builder().firstName("Grace").lastName("Hopper").email(EmailAddress.of("grace@example.org"))
        .leadSource("Import"));
    Lead mallory = lead(Lead.builder().firstName("Mallory").email(EmailAddress.of("mallory@spam.example"))
        .companyName("Totally Legit").leadSource("Web form").status(LeadStatus.UNQUALIFIED));

    clock.advance(Duration.ofHours(1));
    convert(ada, ConversionRequest.of(ada.id(), SALES_REP).withOpportunity(
        NewOpportunity.of("Analytical Engines - 50 seats", Money.of("12000", "EUR"), LocalDate.of(2026, 4, 30))));
    convert(charles, ConversionRequest.of(charles.id(), SALES_REP));
    convert(nancy, ConversionRequest.of(nancy.id(), SALES_REP).withOpportunity(
        NewOpportunity.of("Northwind - renewal", Money.of("30000", "EUR"), LocalDate.of(2026, 6, 30))));
    convert(grace, ConversionRequest.of(grace.id(), SALES_REP));
    convert(mallory, ConversionRequest.of(mallory.id(), SALES_REP));
    convert(ada, ConversionRequest.of(ada.id(), SALES_REP));

    ContactId adaContact = conversions.get(0).result().report().orElseThrow().contactId();
    AccountId engines = conversions.get(0).result().report().orElseThrow().accountId();
    OpportunityId deal = conversions.get(0).result().report().orElseThrow().opportunityId().orElseThrow();
    workTheDeal(adaContact, engines, deal);
    workNorthwind(northwind);
  }

  private AccountId givenACustomerWithAContact() {
    Instant longAgo = START.minus(DAY.multipliedBy(400));
    Account northwind = crm.accounts().save(Account.builder().id(ids.nextAccountId()).kind(AccountKind.ORGANISATION)
        .name("Northwind Traders").domain("northwind.com").ownerId(SALES_REP).createdAt(longAgo).updatedAt(longAgo)
        .build());
    crm.publisher().publish(new AccountCreated(ids.nextEventId(), northwind.id(), northwind.version(), longAgo));
    Contact nancy = crm.contacts().save(Contact.builder().id(ids.nextContactId()).firstName("Nancy")
        .lastName("Davolio").jobTitle("Sales Representative").addEmails(EmailAddress.of("nancy@northwind.com"))
        .addAccountLinks(AccountLink.primary(northwind.id(), ContactRole.DECISION_MAKER))
        .lifecycleStage(LifecycleStage.CUSTOMER).ownerId(SALES_REP).createdAt(longAgo).updatedAt(longAgo).build());
    crm.publisher().publish(new ContactCreated(ids.nextEventId(), nancy.id(), nancy.version(), longAgo));
    return northwind.id();
  }

  private void workTheDeal(ContactId ada, AccountId account, OpportunityId deal) {
    clock.advance(Duration.ofHours(22));
    consent(ada, ConsentStatus.GRANTED, "web form", "https://analytical.io/preferences from 198.51.100.23");
    clock.advance(Duration.ofHours(2));
    activity(Activity.builder().type(ActivityType.CALL).direction(ActivityDirection.OUTBOUND).subject("Intro call")
        .duration(Duration.ofMinutes(25)).doneAt(clock.instant()), ada, account, deal);
    clock.advance(DAY.multipliedBy(2));
    activity(Activity.builder().type(ActivityType.MEETING).subject("Demo of the analytics suite")
        .duration(Duration.ofMinutes(60)).doneAt(clock.instant()), ada, account, deal);
    moveDeal(deal, Stage.SOLUTION_FIT);
    clock.advance(DAY);
    activity(Activity.builder().type(ActivityType.EMAIL).direction(ActivityDirection.INBOUND)
        .subject("Questions about volume pricing").doneAt(clock.instant()), ada, account, deal);
    clock.advance(DAY);
    supportCase(ada, account, "Cannot import the trial data");
    activity(Activity.builder().type(ActivityType.TASK).subject("Send the proposal")
        .due(clock.instant().plus(DAY)).doneAt(clock.instant().plus(DAY)), ada, account, deal);
    clock.advance(DAY);
    moveDeal(deal, Stage.PROPOSAL);
    clock.advance(DAY.multipliedBy(3));
    moveDeal(deal, Stage.CLOSED_WON);
    clock.advance(Duration.ofHours(2));
    order(ada, account, deal);
    becomeCustomer(ada);
    clock.advance(DAY);
    consent(ada, ConsentStatus.WITHDRAWN, "unsubscribe link", "https://analytical.io/unsubscribe?t=8f3a");
  }

  private void workNorthwind(AccountId northwind) {
    ContactId nancy = crm.contacts().findByEmail(EmailAddress.of("nancy@northwind.com")).orElseThrow().id();
    activity(Activity.builder().type(ActivityType.CALL).direction(ActivityDirection.INBOUND)
        .subject("Renewal terms").doneAt(clock.instant()), nancy, northwind, null);
  }

  // ------------------------------------------------------------------------------- helpers

  private void convert(Lead lead, ConversionRequest request) {
    conversions.add(new Conversion(lead, conversion.convert(request)));
  }

  private CampaignId campaign(String name, CampaignType type, String channel) {
    Instant now = clock.instant();
    Campaign saved = crm.campaigns().save(Campaign.builder().id(ids.nextCampaignId()).name(name).type(type)
        .channel(channel).startDate(LocalDate.ofInstant(now.minus(DAY.multipliedBy(30)), ZoneOffset.UTC))
        .ownerId(SALES_REP).createdAt(now.minus(DAY.multipliedBy(40))).updatedAt(now.minus(DAY.multipliedBy(40)))
        .build());
    crm.publisher().publish(new CampaignCreated(ids.nextEventId(), saved.id(), saved.version(), saved.createdAt()));
    return saved.id();
  }

  private Lead lead(Lead.Builder lead) {
    Instant now = clock.instant();
    Lead saved = crm.leads().save(lead.id(ids.nextLeadId()).ownerId(SALES_REP).createdAt(now).updatedAt(now).build());
    crm.publisher().publish(new LeadCreated(ids.nextEventId(), saved.id(), saved.version(), now));
    return saved;
  }

  private void member(CampaignId campaign, Lead lead, CampaignMemberStatus status) {
    Instant now = clock.instant();
    Instant sent = now.minus(DAY.multipliedBy(5));
    CampaignMember.Builder b = CampaignMember.builder().id(ids.nextCampaignMemberId()).campaignId(campaign)
        .leadId(lead.id()).status(status).sentAt(sent).createdAt(now).updatedAt(now);
    if (status == CampaignMemberStatus.RESPONDED) {
      b.respondedAt(sent.plus(DAY));
    }
    CampaignMember saved = crm.campaignMembers().save(b.build());
    crm.publisher().publish(new CampaignMemberCreated(ids.nextEventId(), saved.id(), saved.version(), now));
  }

  private void activity(Activity.Builder activity, ContactId contact, AccountId account,
      @org.jspecify.annotations.Nullable OpportunityId deal) {
    Instant now = clock.instant();
    crm.unitOfWork().run(() -> {
      Activity saved = crm.activities().save(activity.id(ids.nextActivityId()).addContactIds(contact)
          .accountId(account).opportunityId(Optional.ofNullable(deal)).ownerId(SALES_REP).createdAt(now)
          .updatedAt(now).build());
      crm.publisher().publish(new ActivityCreated(ids.nextEventId(), saved.id(), saved.version(), now));
    });
  }

  private void supportCase(ContactId contact, AccountId account, String subject) {
    Instant now = clock.instant();
    crm.unitOfWork().run(() -> {
      SupportCase saved = crm.supportCases().save(SupportCase.builder().id(ids.nextCaseId()).caseNumber("CS-000101")
          .subject(subject).type(CaseType.PROBLEM).severity(CaseSeverity.HIGH).ownerId(SUPPORT_AGENT)
          .contactId(contact).accountId(account).origin("email").openedAt(now).createdAt(now).updatedAt(now)
          .build());
      crm.publisher().publish(new SupportCaseCreated(ids.nextEventId(), saved.id(), saved.version(), now));
    });
  }

  private void order(ContactId contact, AccountId account, OpportunityId deal) {
    Instant now = clock.instant();
    crm.unitOfWork().run(() -> {
      Order saved = crm.orders().save(Order.builder().id(ids.nextOrderId()).orderNumber("SO-1001").accountId(account)
          .contactId(contact).opportunityId(deal).status(OrderStatus.PLACED).orderedAt(now)
          .currency(Money.currency("EUR"))
          .addLineItems(LineItem.of(ProductId.of("prod-analytics-seat"), new BigDecimal("50"), Money.of("240", "EUR")))
          .ownerId(SALES_REP).createdAt(now).updatedAt(now).build());
      crm.publisher().publish(new OrderCreated(ids.nextEventId(), saved.id(), saved.version(), now));
    });
  }

  /** Moves a deal to another stage and publishes the change, in one unit of work. */
  private void moveDeal(OpportunityId id, Stage to) {
    Instant now = clock.instant();
    crm.unitOfWork().run(() -> {
      Opportunity current = crm.opportunities().findById(id).orElseThrow();
      Opportunity.Builder next = Opportunity.builder().from(current).stage(to).probability(to.probability())
          .forecastCategory(to.forecastCategory()).updatedAt(now);
      if (to.isClosed()) {
        next.closedOn(LocalDate.ofInstant(now, ZoneOffset.UTC));
      }
      Opportunity saved = crm.opportunities().save(next.build());
      crm.publisher().publish(new OpportunityStageChanged(ids.nextEventId(), saved.id(), current.stage(), to,
          saved.version(), now));
    });
  }

  /** A contact who bought moves on to the customer stage of the lifecycle. */
  private void becomeCustomer(ContactId id) {
    Instant now = clock.instant();
    crm.unitOfWork().run(() -> {
      Contact current = crm.contacts().findById(id).orElseThrow();
      Contact saved = crm.contacts().save(current.withLifecycleStage(LifecycleStage.CUSTOMER).withUpdatedAt(now));
      crm.publisher().publish(new ContactLifecycleStageChanged(ids.nextEventId(), saved.id(),
          current.lifecycleStage(), LifecycleStage.CUSTOMER, saved.version(), now));
    });
  }

  private void consent(ContactId id, ConsentStatus status, String source, String evidence) {
    Instant now = clock.instant();
    crm.unitOfWork().run(() -> {
      Contact current = crm.contacts().findById(id).orElseThrow();
      Contact saved = crm.contacts().save(current.withConsent(ConsentRecord.builder().channel(ConsentChannel.EMAIL)
          .purpose(ConsentPurpose.MARKETING).status(status).capturedAt(now).source(source).evidence(evidence).build())
          .withUpdatedAt(now));
      crm.publisher().publish(new ConsentChanged(ids.nextEventId(), saved.id(), ConsentChannel.EMAIL,
          ConsentPurpose.MARKETING, status, saved.version(), now));
    });
  }
}
