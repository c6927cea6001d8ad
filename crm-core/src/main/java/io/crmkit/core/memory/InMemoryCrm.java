package io.crmkit.core.memory;

import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;
import io.crmkit.core.port.AccountRepository;
import io.crmkit.core.port.ActivityRepository;
import io.crmkit.core.port.CampaignMemberRepository;
import io.crmkit.core.port.CampaignRepository;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.port.CrmEventHistory;
import io.crmkit.core.port.LeadRepository;
import io.crmkit.core.port.OpportunityRepository;
import io.crmkit.core.port.OrderRepository;
import io.crmkit.core.port.PriceBookRepository;
import io.crmkit.core.port.ProductRepository;
import io.crmkit.core.port.QuoteRepository;
import io.crmkit.core.port.SupportCaseRepository;
import io.crmkit.core.port.UnitOfWork;
import java.util.List;

/**
 * An in-memory CRM: the unit of work, event publisher, event history and a repository of every
 * aggregate, sharing one transaction coordinator, so a transaction spans all of them. For tests,
 * demos and small hosts; thread-safe.
 *
 * <pre>{@code
 * InMemoryCrm crm = InMemoryCrm.create();
 * crm.unitOfWork().run(() -> {
 *   Account saved = crm.accounts().save(account);
 *   crm.publisher().publish(new AccountCreated(eventId, saved.id(), saved.version(), now));
 * });
 * crm.eventHistory().eventsOf(account.id());   // [AccountCreated], once committed
 * }</pre>
 */
public final class InMemoryCrm {
  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryEventPublisher publisher = new InMemoryEventPublisher(transactions);
  private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(transactions, publisher);
  private final AccountRepository accounts;
  private final ContactRepository contacts;
  private final LeadRepository leads;
  private final OpportunityRepository opportunities;
  private final ProductRepository products;
  private final PriceBookRepository priceBooks;
  private final QuoteRepository quotes;
  private final OrderRepository orders;
  private final SupportCaseRepository supportCases;
  private final ActivityRepository activities;
  private final CampaignRepository campaigns;
  private final CampaignMemberRepository campaignMembers;

  private InMemoryCrm() {
    this.accounts = new InMemoryAccountRepository(this);
    this.contacts = new InMemoryContactRepository(this);
    this.leads = new InMemoryLeadRepository(this);
    this.opportunities = new InMemoryOpportunityRepository(this);
    this.products = new InMemoryProductRepository(this);
    this.priceBooks = new InMemoryPriceBookRepository(this);
    this.quotes = new InMemoryQuoteRepository(this);
    this.orders = new InMemoryOrderRepository(this);
    this.supportCases = new InMemorySupportCaseRepository(this);
    this.activities = new InMemoryActivityRepository(this);
    this.campaigns = new InMemoryCampaignRepository(this);
    this.campaignMembers = new InMemoryCampaignMemberRepository(this);
  }

  /** A new, empty in-memory CRM. */
  public static InMemoryCrm create() {
    return new InMemoryCrm();
  }

  /** The unit of work over every repository and the publisher of this CRM. */
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /** The event publisher; its events inside a transaction are delivered after the commit. */
  public InMemoryEventPublisher publisher() {
    return publisher;
  }

  /**
   * The events the {@link #publisher()} delivered, by aggregate: an event published in a
   * transaction appears once the transaction commits, never if it rolls back.
   */
  public CrmEventHistory eventHistory() {
    return publisher.history();
  }

  /** The accounts, found by id, domain and folded name. */
  public AccountRepository accounts() {
    return accounts;
  }

  /** The contacts, found by id, e-mail address, phone number and account. */
  public ContactRepository contacts() {
    return contacts;
  }

  /** The leads, found by id, e-mail address and status. */
  public LeadRepository leads() {
    return leads;
  }

  /** The opportunities, found by id, account, contact and source lead. */
  public OpportunityRepository opportunities() {
    return opportunities;
  }

  /** The products, found by id and SKU. */
  public ProductRepository products() {
    return products;
  }

  /** The price books, found by id, folded name and currency. */
  public PriceBookRepository priceBooks() {
    return priceBooks;
  }

  /** The quotes, found by id, quote number, account and opportunity. */
  public QuoteRepository quotes() {
    return quotes;
  }

  /** The orders, found by id, order number, account and contact. */
  public OrderRepository orders() {
    return orders;
  }

  /** The support cases, found by id, case number, account and contact. */
  public SupportCaseRepository supportCases() {
    return supportCases;
  }

  /** The activities, found by id and by each kind of record they relate to. */
  public ActivityRepository activities() {
    return activities;
  }

  /** The campaigns, found by id and folded name. */
  public CampaignRepository campaigns() {
    return campaigns;
  }

  /** The campaign members, found by id, campaign, contact and lead. */
  public CampaignMemberRepository campaignMembers() {
    return campaignMembers;
  }

  /**
   * A new, empty store that takes part in this CRM's transactions: the ground of an in-memory
   * repository, here or in another module.
   *
   * @param versioner sets an aggregate's version, such as {@code Account::withVersion}
   * @param keys the natural keys to index records by
   */
  public <I extends AggregateId, A extends Aggregate<I>> InMemoryStore<I, A> newStore(
      Versioner<A> versioner, List<NaturalKey<A, ?>> keys) {
    return new InMemoryStore<>(transactions, versioner, keys);
  }
}
