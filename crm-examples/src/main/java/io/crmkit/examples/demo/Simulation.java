package io.crmkit.examples.demo;

import static io.crmkit.examples.demo.SampleNames.pick;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityDirection;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.campaign.CampaignMemberStatus;
import io.crmkit.core.campaign.CampaignStatus;
import io.crmkit.core.campaign.CampaignType;
import io.crmkit.core.consent.ConsentChannel;
import io.crmkit.core.consent.ConsentPurpose;
import io.crmkit.core.consent.ConsentRecord;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.conversion.AccountMatch;
import io.crmkit.core.conversion.ContactMatch;
import io.crmkit.core.conversion.ConversionReport;
import io.crmkit.core.conversion.ConversionRequest;
import io.crmkit.core.conversion.ConversionResult;
import io.crmkit.core.conversion.LeadConversion;
import io.crmkit.core.conversion.NewOpportunity;
import io.crmkit.core.event.ActivityChanged;
import io.crmkit.core.event.ActivityCreated;
import io.crmkit.core.event.CampaignChanged;
import io.crmkit.core.event.CampaignCreated;
import io.crmkit.core.event.CampaignMemberCreated;
import io.crmkit.core.event.CaseStatusChanged;
import io.crmkit.core.event.ConsentChanged;
import io.crmkit.core.event.ContactLifecycleStageChanged;
import io.crmkit.core.event.LeadChanged;
import io.crmkit.core.event.LeadCreated;
import io.crmkit.core.event.OpportunityChanged;
import io.crmkit.core.event.OpportunityStageChanged;
import io.crmkit.core.event.OrderChanged;
import io.crmkit.core.event.OrderCreated;
import io.crmkit.core.event.PriceBookCreated;
import io.crmkit.core.event.ProductCreated;
import io.crmkit.core.event.SupportCaseCreated;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.id.ProductId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.order.Order;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.port.IdGenerator;
import io.crmkit.core.product.Discount;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.product.PriceBook;
import io.crmkit.core.product.PriceBookEntry;
import io.crmkit.core.product.Product;
import io.crmkit.core.product.TaxRate;
import io.crmkit.core.support.CaseSeverity;
import io.crmkit.core.support.CaseStatus;
import io.crmkit.core.support.CaseType;
import io.crmkit.core.support.SupportCase;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.Money;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.Touch;
import io.crmkit.examples.CrmPorts;
import io.crmkit.examples.Progress;
import io.crmkit.examples.demo.SampleCompany.ConversionExample;
import io.crmkit.examples.demo.SampleCompany.Settings;
import io.crmkit.examples.demo.SampleNames.Trade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * One run of {@link SampleCompany}: the set-up, the plan of arrivals and the day-by-day life of
 * every lead, deal, order and case, on one random source drawn from in a fixed order.
 */
final class Simulation {
  /** The sales team: one rep per territory, and one for the Benelux and consumers. */
  static final List<UserId> SALES_REPS = List.of(UserId.of("anna.berg"), UserId.of("ben.carter"),
      UserId.of("chloe.martin"), UserId.of("daniel.kim"), UserId.of("eva.jansen"));

  private static final List<UserId> SUPPORT_AGENTS = List.of(UserId.of("lena.support"), UserId.of("omar.support"));
  private static final UserId MARKETING = UserId.of("mia.marketing");
  private static final Currency EUR = Money.currency("EUR");
  private static final Currency USD = Money.currency("USD");
  private static final Currency GBP = Money.currency("GBP");
  private static final LocalTime OPENING = LocalTime.of(8, 0);
  private static final int WORKING_MINUTES = 10 * 60;

  /** Where a company sits: its web domain ending, legal form, currency, VAT, phone prefix and rep. */
  private enum Country {
    DE("de", "GmbH", EUR, "19", "+49 30 ", 0, 25),
    UK("co.uk", "Ltd", GBP, "20", "+44 20 7946 ", 1, 15),
    US("com", "Inc.", USD, null, "+1 415 555 ", 3, 15),
    FR("fr", "SAS", EUR, "20", "+33 1 ", 2, 12),
    NL("nl", "B.V.", EUR, "21", "+31 20 ", 4, 10),
    SE("se", "AB", EUR, "25", "+46 8 ", 0, 8),
    IT("it", "S.p.A.", EUR, "22", "+39 02 ", 2, 8),
    ES("es", "S.L.", EUR, "21", "+34 91 ", 2, 7);

    final String tld;
    final String legalForm;
    final Currency currency;
    final Optional<TaxRate> vat;
    final String phonePrefix;
    final UserId rep;
    final int weight;

    Country(String tld, String legalForm, Currency currency, String vat, String phonePrefix, int rep,
        int weight) {
      this.tld = tld;
      this.legalForm = legalForm;
      this.currency = currency;
      this.vat = Optional.ofNullable(vat).map(TaxRate::of);
      this.phonePrefix = phonePrefix;
      this.rep = SALES_REPS.get(rep);
      this.weight = weight;
    }
  }

  /**
   * Where leads come from, with how many come (weight), and how likely one is converted, refused as
   * unqualified and, once a deal, won.
   */
  private enum Source {
    WEB_FORM("Web form", 28, 0.30, 0.18, 0.27),
    PAID_SEARCH("Paid search", 18, 0.20, 0.28, 0.20),
    TRADE_SHOW("Trade show", 15, 0.34, 0.15, 0.30),
    WEBINAR("Webinar", 12, 0.26, 0.18, 0.28),
    REFERRAL("Referral", 10, 0.52, 0.08, 0.46),
    PARTNER("Partner", 7, 0.42, 0.10, 0.38),
    IMPORT("Import", 10, 0.10, 0.35, 0.15);

    final String label;
    final int weight;
    final double converts;
    final double unqualified;
    final double wins;

    Source(String label, int weight, double converts, double unqualified, double wins) {
      this.label = label;
      this.weight = weight;
      this.converts = converts;
      this.unqualified = unqualified;
      this.wins = wins;
    }
  }

  private record Company(String name, String domain, Trade trade, int size, Country country) {}

  private record Person(String firstName, String lastName, String email, Optional<String> jobTitle,
      Optional<String> phone) {}

  /** A lead as the run remembers it, to work it later. */
  private record PlannedLead(Instant at, Source source, Optional<Company> company, Person person,
      Optional<CampaignId> campaign, boolean withoutDomain) {}

  /** A deal as the run remembers it: whose, where it stands in its plan. */
  private record Deal(OpportunityId id, AccountId accountId, ContactId contactId, Company company, UserId rep,
      int seats) {}

  private record Event(CampaignId id, LocalDate first, LocalDate last) {}

  private final Settings settings;
  private final CrmPorts ports;
  private final DemoClock clock;
  private final IdGenerator ids;
  private final Random random;
  private final Progress progress;
  private final LeadConversion conversion;
  private final Agenda agenda = new Agenda();
  private final Map<Currency, PriceBook> priceBooks = new LinkedHashMap<>();
  private final List<Product> products = new ArrayList<>();
  private final List<Event> tradeShows = new ArrayList<>();
  private final List<Event> webinars = new ArrayList<>();
  private final Map<Source, CampaignId> programmes = new EnumMap<>(Source.class);
  private final Set<String> emailsTaken = new HashSet<>();
  private final Map<AccountMatch, Boolean> accountMatchesShown = new EnumMap<>(AccountMatch.class);
  private final List<ConversionExample> examples = new ArrayList<>();
  private boolean contactMatchShown;
  private boolean repeatShown;
  private boolean refusalShown;
  private int orderNumber = 10_000;
  private int caseNumber = 20_000;

  Simulation(Settings settings, CrmPorts ports, DemoClock clock, IdGenerator ids, Random random,
      Progress progress) {
    this.settings = settings;
    this.ports = ports;
    this.clock = clock;
    this.ids = ids;
    this.random = random;
    this.progress = progress;
    this.conversion = new LeadConversion(ports.leads(), ports.accounts(), ports.contacts(), ports.opportunities(),
        ports.campaignMembers(), ports.unitOfWork(), ports.publisher(), ids, clock);
  }

  List<ConversionExample> conversionExamples() {
    return List.copyOf(examples);
  }

  /** Sets up, plans the arrivals and lives the period day by day. */
  void run() {
    clock.advanceTo(SampleCompany.SET_UP_AT);
    setUpCatalogue();
    setUpCampaigns();
    planArrivals();
    LocalDate first = SampleCompany.FIRST_DAY;
    int days = (int) ChronoUnit.DAYS.between(first, SampleCompany.LAST_DAY) + 1;
    for (int day = 0; day < days; day++) {
      Instant end = startOf(first.plusDays(day + 1L));
      agenda.doUntil(end, clock);
      progress.update("simulating the days", day + 1, days);
    }
    clock.advanceTo(SampleCompany.AS_OF);
  }

  // ------------------------------------------------------------------------------ set-up

  private void setUpCatalogue() {
    record Item(String sku, String name, String family, String eur, String usd, String gbp) {}
    List<Item> items = List.of(
        new Item("BW-PLATFORM", "Brightwave platform licence (annual)", "Licences", "6000", "6600", "5200"),
        new Item("BW-SEAT", "Analytics seat (annual)", "Licences", "480", "530", "420"),
        new Item("BW-ONBOARD", "Onboarding package", "Services", "2500", "2750", "2150"),
        new Item("BW-SUPPORT", "Premium support (annual)", "Services", "3600", "3960", "3100"),
        new Item("BW-CONNECT", "Data connector pack", "Add-ons", "1200", "1320", "1050"));
    Instant now = clock.instant();
    ports.unitOfWork().run(() -> {
      for (Item item : items) {
        Product saved = ports.products().save(Product.builder().id(ids.nextProductId()).sku(item.sku())
            .name(item.name()).family(item.family()).createdAt(now).updatedAt(now).build());
        ports.publisher().publish(new ProductCreated(ids.nextEventId(), saved.id(), saved.version(), now));
        products.add(saved);
      }
      for (Currency currency : List.of(EUR, USD, GBP)) {
        PriceBook.Builder book = PriceBook.builder().id(ids.nextPriceBookId())
            .name("Standard " + currency.getCurrencyCode()).currency(currency).standard(currency.equals(EUR))
            .createdAt(now).updatedAt(now);
        for (int i = 0; i < items.size(); i++) {
          Item item = items.get(i);
          String price = currency.equals(EUR) ? item.eur() : currency.equals(USD) ? item.usd() : item.gbp();
          book.addEntries(PriceBookEntry.of(products.get(i).id(), Money.of(price, currency.getCurrencyCode())));
        }
        PriceBook saved = ports.priceBooks().save(book.build());
        ports.publisher().publish(new PriceBookCreated(ids.nextEventId(), saved.id(), saved.version(), now));
        priceBooks.put(currency, saved);
      }
    });
  }

  private void setUpCampaigns() {
    tradeShows.add(event("Data Summit Berlin 2025", CampaignType.EVENT, "trade show", LocalDate.of(2025, 10, 14), 3,
        "18000"));
    tradeShows.add(event("Retail Tech London 2025", CampaignType.EVENT, "trade show", LocalDate.of(2025, 11, 18), 2,
        "15000"));
    tradeShows.add(event("Analytics World Paris 2026", CampaignType.EVENT, "trade show", LocalDate.of(2026, 2, 10), 2,
        "16000"));
    tradeShows.add(event("Big Data Expo Amsterdam 2026", CampaignType.EVENT, "trade show",
        LocalDate.of(2026, 3, 17), 2, "12000"));
    String[] topics = {"Forecasting with your CRM data", "Dashboards your board will read", "Retail analytics in 30 minutes",
        "From spreadsheets to a data warehouse", "Churn signals in support data", "Pricing analytics that pays"};
    for (int i = 0; i < topics.length; i++) {
      LocalDate month = SampleCompany.FIRST_DAY.plusMonths(i);
      LocalDate secondThursday = month.withDayOfMonth(8);
      while (secondThursday.getDayOfWeek() != DayOfWeek.THURSDAY) {
        secondThursday = secondThursday.plusDays(1);
      }
      webinars.add(event("Webinar: " + topics[i], CampaignType.WEBINAR, "webinar", secondThursday, 1, "1500"));
    }
    programmes.put(Source.PAID_SEARCH, programme("Search ads: analytics software", CampaignType.ADVERTISING,
        "paid search", "24000"));
    programmes.put(Source.REFERRAL, programme("Customer referral programme", CampaignType.REFERRAL, "referral",
        "5000"));
    programmes.put(Source.WEB_FORM, programme("Ebook: The retail analytics playbook", CampaignType.CONTENT, "content",
        "4000"));
  }

  /** A campaign held on some days: planned now, active on its first day, completed after its last. */
  private Event event(String name, CampaignType type, String channel, LocalDate first, int days, String cost) {
    LocalDate last = first.plusDays(days - 1L);
    CampaignId id = saveCampaign(Campaign.builder().name(name).type(type).channel(channel).startDate(first)
        .endDate(last).cost(Money.of(cost, "EUR")).status(CampaignStatus.PLANNED));
    agenda.plan(startOf(first), () -> changeCampaign(id, CampaignStatus.ACTIVE));
    agenda.plan(startOf(last.plusDays(1)), () -> changeCampaign(id, CampaignStatus.COMPLETED));
    return new Event(id, first, last);
  }

  /** A campaign that runs through the period. */
  private CampaignId programme(String name, CampaignType type, String channel, String cost) {
    return saveCampaign(Campaign.builder().name(name).type(type).channel(channel)
        .startDate(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).cost(Money.of(cost, "EUR"))
        .status(CampaignStatus.ACTIVE));
  }

  private CampaignId saveCampaign(Campaign.Builder campaign) {
    Instant now = clock.instant();
    return ports.unitOfWork().inTransaction(() -> {
      Campaign saved = ports.campaigns().save(campaign.id(ids.nextCampaignId()).ownerId(MARKETING)
          .createdAt(now).updatedAt(now).build());
      ports.publisher().publish(new CampaignCreated(ids.nextEventId(), saved.id(), saved.version(), now));
      return saved.id();
    });
  }

  private void changeCampaign(CampaignId id, CampaignStatus status) {
    Instant now = clock.instant();
    ports.unitOfWork().run(() -> {
      Campaign current = ports.campaigns().findById(id).orElseThrow();
      Campaign saved = ports.campaigns().save(current.withStatus(status).withUpdatedAt(now));
      ports.publisher().publish(new CampaignChanged(ids.nextEventId(), id, Set.of("status"), saved.version(), now));
    });
  }

  // ------------------------------------------------------------------------ the arrivals

  /** Plans when each lead arrives, from where and who it is; the leads then arrive as the days go. */
  private void planArrivals() {
    List<Company> companies = companies(Math.max(12, settings.leads() / 3));
    double[] popularity = new double[companies.size()];
    double sum = 0;
    for (int i = 0; i < popularity.length; i++) {
      sum += 1 / Math.pow(i + 1, 0.7);
      popularity[i] = sum;
    }
    List<LocalDate> imports = List.of(LocalDate.of(2025, 10, 6), LocalDate.of(2026, 1, 12));
    record Known(Person person, Company company) {}
    List<Known> seen = new ArrayList<>();
    for (int n = 0; n < settings.leads(); n++) {
      Source source = weighted(List.of(Source.values()), s -> s.weight);
      Optional<CampaignId> campaign = Optional.ofNullable(programmes.get(source));
      Instant at;
      switch (source) {
        case TRADE_SHOW -> {
          Event show = pick(random, tradeShows);
          at = workTime(show.first().plusDays(random.nextInt(
              (int) ChronoUnit.DAYS.between(show.first(), show.last()) + 3)));
          campaign = Optional.of(show.id());
        }
        case WEBINAR -> {
          Event webinar = pick(random, webinars);
          at = workTime(webinar.first().plusDays(random.nextInt(3)));
          campaign = Optional.of(webinar.id());
        }
        case IMPORT -> at = startOf(pick(random, imports)).plus(Duration.ofHours(10).plusSeconds(n));
        default -> at = anyTime(randomDay());
      }
      if (source == Source.WEB_FORM && random.nextDouble() < 0.6) {
        campaign = Optional.empty();
      }
      boolean consumer = (source == Source.WEB_FORM || source == Source.PAID_SEARCH) && random.nextDouble() < 0.12;
      Optional<Company> company = consumer ? Optional.empty()
          : Optional.of(companies.get(pickIndex(popularity, sum)));
      Person person;
      if (!seen.isEmpty() && !consumer && random.nextDouble() < 0.04) {
        Known known = pick(random, seen); // someone who comes back through another channel
        person = known.person();
        company = Optional.of(known.company());
      } else {
        person = person(company, source);
        company.ifPresent(c -> seen.add(new Known(person, c)));
      }
      boolean withoutDomain = source == Source.IMPORT && random.nextDouble() < 0.3;
      PlannedLead lead = new PlannedLead(at, source, company, person, campaign, withoutDomain);
      agenda.plan(at, () -> arrive(lead));
    }
  }

  /** Companies with distinct names and domains, as many as asked for while the word lists last. */
  private List<Company> companies(int wanted) {
    List<Company> made = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int combinations = SampleNames.COMPANY_WORDS.size() * SampleNames.TRADES.size() * Country.values().length;
    for (int tries = 0; made.size() < Math.min(wanted, combinations) && tries < combinations * 20; tries++) {
      String word = pick(random, SampleNames.COMPANY_WORDS);
      Trade trade = pick(random, SampleNames.TRADES);
      Country country = weighted(List.of(Country.values()), c -> c.weight);
      if (!names.add(word + "|" + trade.word() + "|" + country)) {
        continue;
      }
      String domain = (word + trade.word()).toLowerCase(Locale.ROOT) + "." + country.tld;
      int size = (int) Math.round(Math.exp(Math.log(15) + random.nextDouble() * Math.log(4000.0 / 15)));
      made.add(new Company(word + " " + trade.word() + " " + country.legalForm, domain, trade, size, country));
    }
    return made;
  }

  private Person person(Optional<Company> company, Source source) {
    String first = pick(random, SampleNames.FIRST_NAMES);
    String last = pick(random, SampleNames.LAST_NAMES);
    String f = first.toLowerCase(Locale.ROOT);
    String l = last.toLowerCase(Locale.ROOT).replace(" ", "");
    String domain = company.map(Company::domain).orElseGet(() -> pick(random, SampleNames.MAIL_PROVIDERS));
    List<String> forms = company.isPresent()
        ? List.of(f + "." + l, f.charAt(0) + "." + l, f, f + l.charAt(0))
        : List.of(f + "." + l, f + l, f + "_" + l, l + "." + f);
    String email = freeEmail(forms, random.nextInt(forms.size()), domain, f + "." + l);
    Optional<String> title = company.map(c -> pick(random, SampleNames.JOB_TITLES));
    boolean givesPhone = company.isPresent() && (source == Source.TRADE_SHOW || source == Source.REFERRAL
        || source == Source.PARTNER || random.nextDouble() < 0.25);
    Optional<String> phone = givesPhone
        ? Optional.of(company.get().country().phonePrefix + String.format(Locale.ROOT, "%04d", random.nextInt(10_000)))
        : Optional.empty();
    return new Person(first, last, email, title, phone);
  }

  /** The first of the address forms not taken yet, from {@code start} on; failing all, one with a number. */
  private String freeEmail(List<String> forms, int start, String domain, String numbered) {
    for (int i = 0; i < forms.size(); i++) {
      String candidate = forms.get((start + i) % forms.size()) + "@" + domain;
      if (emailsTaken.add(candidate)) {
        return candidate;
      }
    }
    for (int n = 2; ; n++) {
      String candidate = numbered + n + "@" + domain;
      if (emailsTaken.add(candidate)) {
        return candidate;
      }
    }
  }

  // ---------------------------------------------------------------------- a lead's life

  private void arrive(PlannedLead planned) {
    Instant now = clock.instant();
    UserId rep = planned.company().map(c -> c.country().rep).orElse(SALES_REPS.get(4));
    Person person = planned.person();
    Lead.Builder lead = Lead.builder().id(ids.nextLeadId()).firstName(person.firstName())
        .lastName(person.lastName()).email(EmailAddress.of(person.email())).jobTitle(person.jobTitle())
        .phone(person.phone().map(PhoneNumber::of)).leadSource(planned.source().label).ownerId(rep)
        .attribution(attribution(planned.source(), now)).createdAt(now).updatedAt(now);
    planned.company().ifPresent(c -> {
      lead.companyName(c.name()).industry(c.trade().industry()).companySize(c.size());
      if (!planned.withoutDomain()) {
        lead.companyDomain(c.domain());
      }
    });
    planned.campaign().ifPresent(lead::addCampaignIds);
    Lead saved = ports.unitOfWork().inTransaction(() -> {
      Lead stored = ports.leads().save(lead.build());
      ports.publisher().publish(new LeadCreated(ids.nextEventId(), stored.id(), stored.version(), now));
      planned.campaign().ifPresent(campaign -> {
        CampaignMember member = ports.campaignMembers().save(CampaignMember.builder()
            .id(ids.nextCampaignMemberId()).campaignId(campaign).leadId(stored.id())
            .status(CampaignMemberStatus.RESPONDED).respondedAt(now).createdAt(now).updatedAt(now).build());
        ports.publisher().publish(new CampaignMemberCreated(ids.nextEventId(), member.id(), member.version(), now));
      });
      return stored;
    });
    int wait = planned.source() == Source.IMPORT ? 1 + random.nextInt(20) : random.nextInt(3);
    agenda.plan(workTime(today().plusDays(wait)), () -> firstTouch(saved.id(), planned, rep));
  }

  private Attribution attribution(Source source, Instant at) {
    return switch (source) {
      case WEB_FORM -> Attribution.of(Touch.of(random.nextBoolean() ? "organic search" : "direct",
          random.nextBoolean() ? "google" : "brightwave.example", at.minus(Duration.ofDays(random.nextInt(20)))))
          .record(Touch.of("web form", "brightwave.example", at));
      case PAID_SEARCH -> Attribution.of(Touch.of("paid search", "google", at));
      case TRADE_SHOW -> Attribution.of(Touch.of("event", "trade show", at));
      case WEBINAR -> Attribution.of(Touch.of("email", "newsletter", at.minus(Duration.ofDays(7))))
          .record(Touch.of("webinar", "brightwave.example", at));
      case REFERRAL -> Attribution.of(Touch.of("referral", "customer", at));
      case PARTNER -> Attribution.of(Touch.of("partner", "reseller", at));
      case IMPORT -> Attribution.none();
    };
  }

  private void firstTouch(LeadId id, PlannedLead planned, UserId rep) {
    changeLeadStatus(id, LeadStatus.WORKING);
    boolean call = planned.person().phone().isPresent() && random.nextDouble() < 0.7;
    activity(call ? ActivityType.CALL : ActivityType.EMAIL, ActivityDirection.OUTBOUND,
        call ? "Intro call" : "Follow-up on your enquiry", rep, a -> a.leadId(id).duration(
            call ? Optional.of(Duration.ofMinutes(5 + random.nextInt(25))) : Optional.empty()));
    if (random.nextDouble() < 0.4) {
      agenda.plan(workTime(today().plusDays(1 + random.nextInt(4))), () -> activity(ActivityType.EMAIL,
          ActivityDirection.OUTBOUND, "Case studies you asked about", rep, a -> a.leadId(id)));
    }
    agenda.plan(workTime(today().plusDays(2 + random.nextInt(10))), () -> decide(id, planned, rep, false));
  }

  /** The rep decides what the lead is: worth converting, not a fit, or one to nurture. */
  private void decide(LeadId id, PlannedLead planned, UserId rep, boolean again) {
    Source source = planned.source();
    double converts = again ? source.converts / 2 : source.converts;
    double draw = random.nextDouble();
    if (draw < converts) {
      changeLeadStatus(id, LeadStatus.QUALIFIED);
      agenda.plan(workTime(today().plusDays(random.nextInt(3))), () -> convert(id, planned, rep));
    } else if (draw < converts + source.unqualified) {
      changeLeadStatus(id, LeadStatus.UNQUALIFIED);
      if (random.nextDouble() < 0.08) { // someone tries to convert it anyway, and is told why not
        agenda.plan(workTime(today().plusDays(1 + random.nextInt(5))), () -> convertAnyway(id, rep));
      }
    } else if (!again) {
      changeLeadStatus(id, LeadStatus.NURTURING);
      if (random.nextDouble() < 0.3) {
        agenda.plan(workTime(today().plusDays(30 + random.nextInt(40))), () -> {
          changeLeadStatus(id, LeadStatus.WORKING);
          activity(ActivityType.CALL, ActivityDirection.OUTBOUND, "Check-in call", rep, a -> a.leadId(id));
          agenda.plan(workTime(today().plusDays(3 + random.nextInt(10))), () -> decide(id, planned, rep, true));
        });
      }
    } else {
      changeLeadStatus(id, LeadStatus.NURTURING);
    }
  }

  private void changeLeadStatus(LeadId id, LeadStatus status) {
    Instant now = clock.instant();
    ports.unitOfWork().run(() -> {
      Lead current = ports.leads().findById(id).orElseThrow();
      Lead saved = ports.leads().save(current.withStatus(status).withUpdatedAt(now));
      ports.publisher().publish(new LeadChanged(ids.nextEventId(), id, Set.of("status"), saved.version(), now));
    });
  }

  private void convert(LeadId id, PlannedLead planned, UserId rep) {
    Lead before = ports.leads().findById(id).orElseThrow();
    ConversionRequest request = ConversionRequest.of(id, rep);
    Optional<Company> company = planned.company();
    int seats = company.map(c -> Math.max(5, Math.min(400, (int) Math.round(c.size() * (0.03 + random.nextDouble()
        * 0.12))))).orElse(0);
    boolean opensDeal = company.isPresent() && random.nextDouble() < 0.85;
    if (opensDeal) {
      Currency currency = company.get().country().currency;
      Money estimate = listValue(currency, seats).times(BigDecimal.valueOf(0.8 + random.nextDouble() * 0.4))
          .rounded();
      estimate = Money.of(estimate.amount().divide(BigDecimal.valueOf(500), 0, RoundingMode.HALF_EVEN)
          .max(BigDecimal.ONE).multiply(BigDecimal.valueOf(500)), currency);
      request = request.withOpportunity(NewOpportunity.of(company.get().name() + " - " + seats + " seats", estimate,
          today().plusDays(45 + random.nextInt(75))));
    }
    ConversionResult result = conversion.convert(request);
    remember(before, result);
    if (result.report().isEmpty()) {
      return;
    }
    ConversionReport report = result.report().get();
    grantConsent(report.contactId(), planned);
    if (random.nextDouble() < 0.02) { // a double click: the second conversion changes nothing
      ConversionRequest again = request;
      agenda.plan(clock.instant().plusSeconds(40), () -> remember(before, conversion.convert(again)));
    }
    report.opportunityId().ifPresent(deal -> planDeal(new Deal(deal, report.accountId(), report.contactId(),
        company.orElseThrow(), rep, seats), planned.source()));
  }

  private void convertAnyway(LeadId id, UserId rep) {
    Lead before = ports.leads().findById(id).orElseThrow();
    remember(before, conversion.convert(ConversionRequest.of(id, rep)));
  }

  /** Keeps the first conversion of each kind, to show what conversion does. */
  private void remember(Lead before, ConversionResult result) {
    boolean show;
    if (result instanceof ConversionResult.Refused) {
      show = !refusalShown;
      refusalShown = true;
    } else {
      ConversionReport report = result.report().orElseThrow();
      if (report.repeat()) {
        show = !repeatShown;
        repeatShown = true;
      } else if (report.contactMatch() == ContactMatch.MATCHED_BY_EMAIL) {
        show = !contactMatchShown;
        contactMatchShown = true;
      } else {
        show = accountMatchesShown.put(report.accountMatch(), Boolean.TRUE) == null;
      }
    }
    if (show) {
      examples.add(new ConversionExample(before, result));
    }
  }

  private void grantConsent(ContactId contact, PlannedLead planned) {
    Optional<String> captured = switch (planned.source()) {
      case WEB_FORM, PAID_SEARCH -> Optional.of("web form");
      case WEBINAR -> Optional.of("webinar registration");
      case TRADE_SHOW -> Optional.of("badge scan");
      case REFERRAL, PARTNER -> random.nextBoolean() ? Optional.of("sales call") : Optional.empty();
      case IMPORT -> Optional.empty();
    };
    if (captured.isEmpty()) {
      return;
    }
    String how = captured.get();
    String evidence = switch (how) {
      case "web form", "webinar registration" -> "https://brightwave.example/forms/" + planned.source().name()
          .toLowerCase(Locale.ROOT).replace('_', '-') + " from 203.0.113." + (1 + random.nextInt(254));
      case "badge scan" -> "signed consent card at the booth";
      default -> "verbal consent, noted in the call log";
    };
    consent(contact, ConsentStatus.GRANTED, how, evidence);
    if (random.nextDouble() < 0.1) {
      String token = Long.toHexString(random.nextLong() & 0xffffffffL);
      agenda.plan(anyTime(today().plusDays(10 + random.nextInt(90))), () -> consent(contact, ConsentStatus.WITHDRAWN,
          "unsubscribe link", "https://brightwave.example/unsubscribe?t=" + token));
    }
  }

  private void consent(ContactId id, ConsentStatus status, String source, String evidence) {
    Instant now = clock.instant();
    ports.unitOfWork().run(() -> {
      Contact current = ports.contacts().findById(id).orElseThrow();
      Contact saved = ports.contacts().save(current.withConsent(ConsentRecord.builder().channel(ConsentChannel.EMAIL)
          .purpose(ConsentPurpose.MARKETING).status(status).capturedAt(now).source(source).evidence(evidence).build())
          .withUpdatedAt(now));
      ports.publisher().publish(new ConsentChanged(ids.nextEventId(), id, ConsentChannel.EMAIL,
          ConsentPurpose.MARKETING, status, saved.version(), now));
    });
  }

  // ---------------------------------------------------------------------- a deal's life

  /**
   * Plans a deal's stages from Discovery: forward one stage at a time, now and then skipping
   * Solution fit or Commit, until it is won, or lost at some open stage with a reason.
   */
  private void planDeal(Deal deal, Source source) {
    activity(ActivityType.MEETING, null, "Discovery meeting", deal.rep(), a -> onDeal(a, deal)
        .duration(Duration.ofMinutes(45)));
    if (random.nextDouble() < 0.5) {
      agenda.plan(clock.instant().plus(Duration.ofMinutes(50 + random.nextInt(120))), () -> activity(
          ActivityType.NOTE, null, "Discovery notes: pains, budget, timeline", deal.rep(), a -> onDeal(a, deal)));
    }
    List<Stage> path = new ArrayList<>();
    if (random.nextDouble() > 0.15) {
      path.add(Stage.SOLUTION_FIT);
    }
    path.add(Stage.PROPOSAL);
    if (random.nextDouble() > 0.15) {
      path.add(Stage.COMMIT);
    }
    double wins = source.wins * (deal.seats() > 150 ? 0.8 : 1.0);
    if (random.nextDouble() < wins) {
      path.add(Stage.CLOSED_WON);
    } else {
      int openStagesReached = random.nextInt(path.size() + 1);
      path = new ArrayList<>(path.subList(0, openStagesReached));
      path.add(Stage.CLOSED_LOST);
    }
    Optional<String> lostReason = Optional.of(pick(random, SampleNames.LOST_REASONS));
    LocalDate day = today();
    Stage from = Stage.DISCOVERY;
    for (Stage to : path) {
      int days = dwell(from);
      followUps(deal, day, days);
      day = day.plusDays(days);
      Stage next = to;
      agenda.plan(workTime(day), () -> enter(deal, next, lostReason));
      from = to;
    }
  }

  private int dwell(Stage stage) {
    if (stage.equals(Stage.DISCOVERY)) {
      return 5 + random.nextInt(16);
    }
    if (stage.equals(Stage.SOLUTION_FIT)) {
      return 7 + random.nextInt(19);
    }
    if (stage.equals(Stage.PROPOSAL)) {
      return 5 + random.nextInt(16);
    }
    return 3 + random.nextInt(10);
  }

  /** The calls and e-mails that keep a deal moving while it stays in a stage. */
  private void followUps(Deal deal, LocalDate from, int days) {
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      LocalDate on = from.plusDays(1 + random.nextInt(Math.max(1, days - 1)));
      boolean call = random.nextBoolean();
      String subject = call ? pick(random, List.of("Follow-up call", "Check-in call", "Call with the champion"))
          : pick(random, List.of("Pricing questions", "Security questionnaire", "Reference customers"));
      ActivityDirection direction = random.nextDouble() < 0.7 ? ActivityDirection.OUTBOUND : ActivityDirection.INBOUND;
      agenda.plan(workTime(on), () -> activity(call ? ActivityType.CALL : ActivityType.EMAIL, direction, subject,
          deal.rep(), a -> onDeal(a, deal)));
    }
  }

  private void enter(Deal deal, Stage to, Optional<String> lostReason) {
    if (to.equals(Stage.PROPOSAL)) {
      price(deal);
    }
    moveDeal(deal.id(), to, lostReason);
    if (to.equals(Stage.SOLUTION_FIT)) {
      activity(ActivityType.MEETING, null, "Product demo", deal.rep(), a -> onDeal(a, deal)
          .duration(Duration.ofMinutes(60)));
      if (random.nextDouble() < 0.3) {
        agenda.plan(clock.instant().plus(Duration.ofMinutes(70 + random.nextInt(120))), () -> activity(
            ActivityType.NOTE, null, "Demo feedback: questions to follow up", deal.rep(), a -> onDeal(a, deal)));
      }
    } else if (to.equals(Stage.PROPOSAL)) {
      task(deal, "Send the proposal");
    } else if (to.equals(Stage.COMMIT)) {
      activity(ActivityType.MEETING, null, "Contract review", deal.rep(), a -> onDeal(a, deal)
          .duration(Duration.ofMinutes(30)));
    } else if (to.isWon()) {
      agenda.plan(workTime(today().plusDays(random.nextInt(3))), () -> placeOrder(deal));
    } else {
      activity(ActivityType.EMAIL, ActivityDirection.INBOUND, "We decided not to go ahead", deal.rep(),
          a -> onDeal(a, deal));
    }
  }

  /** Prices the deal from the price book of its currency: the amount becomes the lines' net total. */
  private void price(Deal deal) {
    Instant now = clock.instant();
    ports.unitOfWork().run(() -> {
      Opportunity current = ports.opportunities().findById(deal.id()).orElseThrow();
      List<LineItem> lines = proposal(current.currency(), deal.seats());
      Opportunity saved = ports.opportunities().save(Opportunity.builder().from(current).lineItems(lines)
          .updatedAt(now).build());
      ports.publisher().publish(new OpportunityChanged(ids.nextEventId(), saved.id(), Set.of("lineItems", "amount"),
          saved.version(), now));
    });
  }

  private List<LineItem> proposal(Currency currency, int seats) {
    PriceBook book = priceBooks.get(currency);
    List<LineItem> lines = new ArrayList<>();
    lines.add(line(book, 0, 1, Discount.none()));
    Discount volume = seats >= 150 ? Discount.percent("15") : seats >= 50 ? Discount.percent("10")
        : random.nextDouble() < 0.3 ? Discount.percent("5") : Discount.none();
    lines.add(line(book, 1, seats, volume));
    if (random.nextDouble() < 0.7) {
      lines.add(line(book, 2, 1, Discount.none()));
    }
    if (random.nextDouble() < 0.35) {
      lines.add(line(book, 3, 1, Discount.none()));
    }
    if (random.nextDouble() < 0.4) {
      lines.add(line(book, 4, 1 + random.nextInt(3), Discount.none()));
    }
    return lines;
  }

  private LineItem line(PriceBook book, int product, int quantity, Discount discount) {
    ProductId id = products.get(product).id();
    return LineItem.builder().productId(id).quantity(BigDecimal.valueOf(quantity))
        .unitPrice(book.priceOf(id).orElseThrow()).discount(discount).build();
  }

  /** What a platform with this many seats lists at, before discounts and services. */
  private Money listValue(Currency currency, int seats) {
    PriceBook book = priceBooks.get(currency);
    return book.priceOf(products.get(0).id()).orElseThrow()
        .plus(book.priceOf(products.get(1).id()).orElseThrow().times(seats));
  }

  /** Moves a deal to another stage and publishes the change, in one unit of work. */
  private void moveDeal(OpportunityId id, Stage to, Optional<String> lostReason) {
    Instant now = clock.instant();
    ports.unitOfWork().run(() -> {
      Opportunity current = ports.opportunities().findById(id).orElseThrow();
      Opportunity.Builder next = Opportunity.builder().from(current).stage(to).probability(to.probability())
          .forecastCategory(to.forecastCategory()).updatedAt(now);
      if (to.isClosed()) {
        next.closedOn(LocalDate.ofInstant(now, ZoneOffset.UTC));
      }
      if (to.equals(Stage.CLOSED_LOST)) {
        next.lostReason(lostReason);
      }
      Opportunity saved = ports.opportunities().save(next.build());
      ports.publisher().publish(new OpportunityStageChanged(ids.nextEventId(), saved.id(), current.stage(), to,
          saved.version(), now));
    });
  }

  // ------------------------------------------------------------------- orders and cases

  private void placeOrder(Deal deal) {
    Opportunity won = ports.opportunities().findById(deal.id()).orElseThrow();
    OrderId order = order(deal.accountId(), deal.contactId(), Optional.of(deal.id()), won.currency(),
        won.lineItems(), deal);
    becomeCustomer(deal.contactId());
    agenda.plan(workTime(today().plusDays(2 + random.nextInt(9))), () -> fulfil(order));
    agenda.plan(anyTime(today().plusDays(5 + (long) exponential(30))), () -> raiseCase(deal));
    if (random.nextDouble() < 0.25) {
      agenda.plan(workTime(today().plusDays(30 + random.nextInt(60))), () -> {
        int more = 5 + random.nextInt(Math.max(5, deal.seats() / 3));
        PriceBook book = priceBooks.get(won.currency());
        OrderId addOn = order(deal.accountId(), deal.contactId(), Optional.empty(), won.currency(),
            List.of(line(book, 1, more, Discount.none())), deal);
        agenda.plan(workTime(today().plusDays(1 + random.nextInt(5))), () -> fulfil(addOn));
      });
    }
  }

  private OrderId order(AccountId account, ContactId contact, Optional<OpportunityId> deal, Currency currency,
      List<LineItem> lines, Deal of) {
    Instant now = clock.instant();
    String number = "SO-" + ++orderNumber;
    return ports.unitOfWork().inTransaction(() -> {
      Order saved = ports.orders().save(Order.builder().id(ids.nextOrderId()).orderNumber(number).accountId(account)
          .contactId(contact).opportunityId(deal).status(OrderStatus.PLACED).orderedAt(now).currency(currency)
          .lineItems(lines).taxRate(of.company().country().vat).ownerId(of.rep()).createdAt(now).updatedAt(now)
          .build());
      ports.publisher().publish(new OrderCreated(ids.nextEventId(), saved.id(), saved.version(), now));
      return saved.id();
    });
  }

  private void fulfil(OrderId id) {
    Instant now = clock.instant();
    ports.unitOfWork().run(() -> {
      Order current = ports.orders().findById(id).orElseThrow();
      Order saved = ports.orders().save(current.withStatus(OrderStatus.FULFILLED).withUpdatedAt(now));
      ports.publisher().publish(new OrderChanged(ids.nextEventId(), id, Set.of("status"), saved.version(), now));
    });
  }

  /** A contact who bought moves on to the customer stage of the lifecycle. */
  private void becomeCustomer(ContactId id) {
    Instant now = clock.instant();
    ports.unitOfWork().run(() -> {
      Contact current = ports.contacts().findById(id).orElseThrow();
      if (current.lifecycleStage().equals(LifecycleStage.CUSTOMER)) {
        return;
      }
      Contact saved = ports.contacts().save(current.withLifecycleStage(LifecycleStage.CUSTOMER).withUpdatedAt(now));
      ports.publisher().publish(new ContactLifecycleStageChanged(ids.nextEventId(), id, current.lifecycleStage(),
          LifecycleStage.CUSTOMER, saved.version(), now));
    });
  }

  /** A customer raises a case; it is answered, maybe waits on the customer, is resolved and closed. */
  private void raiseCase(Deal deal) {
    Instant now = clock.instant();
    CaseSeverity drawn = weighted(List.of(CaseSeverity.values()), s -> switch (s) {
      case CRITICAL -> 5;
      case HIGH -> 20;
      case MEDIUM -> 45;
      case LOW -> 30;
    });
    String number = "CS-" + ++caseNumber;
    SampleNames.CaseTopic topic = pick(random, SampleNames.CASE_TOPICS);
    CaseType type = topic.type();
    String subject = topic.subject();
    CaseSeverity severity = type == CaseType.FEATURE_REQUEST && drawn.compareTo(CaseSeverity.MEDIUM) < 0
        ? CaseSeverity.MEDIUM : drawn; // a missing feature is never an emergency
    String origin = pick(random, List.of("email", "phone", "web", "chat"));
    UserId agent = pick(random, SUPPORT_AGENTS);
    CaseId id = ports.unitOfWork().inTransaction(() -> {
      SupportCase saved = ports.supportCases().save(SupportCase.builder().id(ids.nextCaseId()).caseNumber(number)
          .subject(subject).type(type).severity(severity).ownerId(agent).contactId(deal.contactId())
          .accountId(deal.accountId()).origin(origin).openedAt(now).createdAt(now).updatedAt(now).build());
      ports.publisher().publish(new SupportCaseCreated(ids.nextEventId(), saved.id(), saved.version(), now));
      return saved.id();
    });
    double hoursToAnswer = switch (severity) {
      case CRITICAL -> 0.5 + random.nextDouble() * 1.5;
      case HIGH -> 1 + random.nextDouble() * 7;
      case MEDIUM -> 4 + random.nextDouble() * 26;
      case LOW -> 8 + random.nextDouble() * 64;
    };
    Instant answer = now.plus(Duration.ofMinutes((long) (hoursToAnswer * 60)));
    agenda.plan(answer, () -> {
      caseStatus(id, CaseStatus.OPEN);
      if (type == CaseType.FEATURE_REQUEST) {
        agenda.plan(workTime(today().plusDays(1 + random.nextInt(3))), () -> caseStatus(id, CaseStatus.ON_HOLD));
        return;
      }
      double daysToResolve = switch (severity) {
        case CRITICAL -> 0.5 + random.nextDouble() * 1.5;
        case HIGH -> 1 + random.nextDouble() * 4;
        case MEDIUM -> 2 + random.nextDouble() * 10;
        case LOW -> 3 + random.nextDouble() * 22;
      };
      Instant resolve = clock.instant().plus(Duration.ofMinutes((long) (daysToResolve * 24 * 60)));
      if (random.nextDouble() < 0.3) {
        Instant waits = clock.instant().plus(Duration.ofMinutes((long) (daysToResolve * 24 * 60 / 3)));
        agenda.plan(waits, () -> caseStatus(id, CaseStatus.WAITING_ON_CUSTOMER));
        agenda.plan(waits.plus(Duration.ofHours(6 + random.nextInt(60))), () -> caseStatus(id, CaseStatus.OPEN));
        resolve = resolve.plus(Duration.ofDays(3));
      }
      agenda.plan(resolve, () -> caseStatus(id, CaseStatus.RESOLVED));
      agenda.plan(resolve.plus(Duration.ofDays(2 + random.nextInt(6))), () -> caseStatus(id, CaseStatus.CLOSED));
    });
    agenda.plan(anyTime(today().plusDays(3 + (long) exponential(40))), () -> raiseCase(deal));
  }

  private void caseStatus(CaseId id, CaseStatus to) {
    Instant now = clock.instant();
    ports.unitOfWork().run(() -> {
      SupportCase current = ports.supportCases().findById(id).orElseThrow();
      SupportCase.Builder next = SupportCase.builder().from(current).status(to).updatedAt(now);
      if (current.firstRespondedAt().isEmpty() && to != CaseStatus.NEW) {
        next.firstRespondedAt(now);
      }
      if (to == CaseStatus.RESOLVED) {
        next.resolvedAt(now);
      }
      if (to == CaseStatus.CLOSED) {
        next.closedAt(now);
      }
      SupportCase saved = ports.supportCases().save(next.build());
      ports.publisher().publish(new CaseStatusChanged(ids.nextEventId(), id, current.status(), to, saved.version(),
          now));
    });
  }

  // -------------------------------------------------------------------------- activities

  private Activity.Builder onDeal(Activity.Builder activity, Deal deal) {
    return activity.addContactIds(deal.contactId()).accountId(deal.accountId()).opportunityId(deal.id());
  }

  private ActivityId activity(ActivityType type, @Nullable ActivityDirection direction, String subject, UserId owner,
      Consumer<Activity.Builder> relate) {
    Instant now = clock.instant();
    Activity.Builder activity = Activity.builder().id(ids.nextActivityId()).type(type).subject(subject)
        .direction(Optional.ofNullable(direction)).ownerId(owner).createdAt(now).updatedAt(now);
    if (type == ActivityType.TASK) {
      activity.due(now.plus(Duration.ofDays(2)));
    } else {
      activity.doneAt(now);
    }
    relate.accept(activity);
    return ports.unitOfWork().inTransaction(() -> {
      Activity saved = ports.activities().save(activity.build());
      ports.publisher().publish(new ActivityCreated(ids.nextEventId(), saved.id(), saved.version(), now));
      return saved.id();
    });
  }

  /** A task for the deal's rep, due in two days and usually done within three (some stay open). */
  private void task(Deal deal, String subject) {
    ActivityId id = activity(ActivityType.TASK, null, subject, deal.rep(), a -> onDeal(a, deal));
    if (random.nextDouble() < 0.9) {
      agenda.plan(workTime(today().plusDays(random.nextInt(4))), () -> {
        Instant now = clock.instant();
        ports.unitOfWork().run(() -> {
          Activity current = ports.activities().findById(id).orElseThrow();
          Activity saved = ports.activities().save(current.withDoneAt(now).withUpdatedAt(now));
          ports.publisher().publish(new ActivityChanged(ids.nextEventId(), id, Set.of("doneAt"), saved.version(),
              now));
        });
      });
    }
  }

  // -------------------------------------------------------------------------- time, chance

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** A random minute of office hours on the day, or on the Monday after when it falls on a weekend. */
  private Instant workTime(LocalDate day) {
    LocalDate working = day;
    while (working.getDayOfWeek() == DayOfWeek.SATURDAY || working.getDayOfWeek() == DayOfWeek.SUNDAY) {
      working = working.plusDays(1);
    }
    return working.atTime(OPENING).plusMinutes(random.nextInt(WORKING_MINUTES)).toInstant(ZoneOffset.UTC);
  }

  /** A random minute of the day, at any hour people fill in forms. */
  private Instant anyTime(LocalDate day) {
    return startOf(day).plus(Duration.ofMinutes(6 * 60 + random.nextInt(17 * 60)));
  }

  /** A day of the period, weekdays three times as likely as weekend days. */
  private LocalDate randomDay() {
    int days = (int) ChronoUnit.DAYS.between(SampleCompany.FIRST_DAY, SampleCompany.LAST_DAY) + 1;
    while (true) {
      LocalDate day = SampleCompany.FIRST_DAY.plusDays(random.nextInt(days));
      boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (!weekend || random.nextDouble() < 1.0 / 3) {
        return day;
      }
    }
  }

  private double exponential(double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }

  private <T> T weighted(List<T> choices, ToIntFunction<T> weight) {
    int total = choices.stream().mapToInt(weight).sum();
    int draw = random.nextInt(total);
    for (T choice : choices) {
      draw -= weight.applyAsInt(choice);
      if (draw < 0) {
        return choice;
      }
    }
    throw new IllegalStateException("weights changed while choosing");
  }

  private int pickIndex(double[] cumulative, double total) {
    double draw = random.nextDouble() * total;
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] <= draw) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
