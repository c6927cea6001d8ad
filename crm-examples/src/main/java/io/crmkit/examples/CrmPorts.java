package io.crmkit.examples;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.port.AccountRepository;
import io.crmkit.core.port.ActivityRepository;
import io.crmkit.core.port.CampaignMemberRepository;
import io.crmkit.core.port.CampaignRepository;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.port.CrmEventHistory;
import io.crmkit.core.port.CrmEventPublisher;
import io.crmkit.core.port.LeadRepository;
import io.crmkit.core.port.OpportunityRepository;
import io.crmkit.core.port.OrderRepository;
import io.crmkit.core.port.PriceBookRepository;
import io.crmkit.core.port.ProductRepository;
import io.crmkit.core.port.QuoteRepository;
import io.crmkit.core.port.SupportCaseRepository;
import io.crmkit.core.port.UnitOfWork;
import io.crmkit.examples.jdbc.JdbcCrm;

/**
 * The ports of one CRM store, as the host application wires them: a repository per aggregate, the
 * unit of work spanning them, the event publisher and the history of delivered events. Whatever
 * keeps the records (the in-memory adapters, a database), code written against this record runs
 * on it unchanged.
 *
 * @param accounts the accounts
 * @param contacts the contacts
 * @param leads the leads
 * @param opportunities the deals
 * @param products the products
 * @param priceBooks the price books
 * @param quotes the quotes
 * @param orders the orders
 * @param supportCases the support cases
 * @param activities the activities
 * @param campaigns the campaigns
 * @param campaignMembers the campaign members
 * @param unitOfWork the transaction over every repository and the publisher of this store
 * @param publisher where events go; inside a unit of work they are delivered after the commit
 * @param eventHistory the delivered events, by aggregate
 */
public record CrmPorts(
    AccountRepository accounts, ContactRepository contacts, LeadRepository leads,
    OpportunityRepository opportunities, ProductRepository products, PriceBookRepository priceBooks,
    QuoteRepository quotes, OrderRepository orders, SupportCaseRepository supportCases,
    ActivityRepository activities, CampaignRepository campaigns, CampaignMemberRepository campaignMembers,
    UnitOfWork unitOfWork, CrmEventPublisher publisher, CrmEventHistory eventHistory) {

  /**
   * Checks that every port is given.
   *
   * @throws CrmValidationException when a port is missing (rule {@code required})
   */
  public CrmPorts {
    CrmValidationException.required("ports.accounts", accounts);
    CrmValidationException.required("ports.contacts", contacts);
    CrmValidationException.required("ports.leads", leads);
    CrmValidationException.required("ports.opportunities", opportunities);
    CrmValidationException.required("ports.products", products);
    CrmValidationException.required("ports.priceBooks", priceBooks);
    CrmValidationException.required("ports.quotes", quotes);
    CrmValidationException.required("ports.orders", orders);
    CrmValidationException.required("ports.supportCases", supportCases);
    CrmValidationException.required("ports.activities", activities);
    CrmValidationException.required("ports.campaigns", campaigns);
    CrmValidationException.required("ports.campaignMembers", campaignMembers);
    CrmValidationException.required("ports.unitOfWork", unitOfWork);
    CrmValidationException.required("ports.publisher", publisher);
    CrmValidationException.required("ports.eventHistory", eventHistory);
  }

  /** The ports of a CRM in a database. */
  public static CrmPorts of(JdbcCrm crm) {
    CrmValidationException.required("crm", crm);
    return new CrmPorts(crm.accounts(), crm.contacts(), crm.leads(), crm.opportunities(), crm.products(),
        crm.priceBooks(), crm.quotes(), crm.orders(), crm.supportCases(), crm.activities(), crm.campaigns(),
        crm.campaignMembers(), crm.unitOfWork(), crm.publisher(), crm.eventHistory());
  }

  /** The ports of an in-memory CRM. */
  public static CrmPorts of(InMemoryCrm crm) {
    CrmValidationException.required("crm", crm);
    return new CrmPorts(crm.accounts(), crm.contacts(), crm.leads(), crm.opportunities(), crm.products(),
        crm.priceBooks(), crm.quotes(), crm.orders(), crm.supportCases(), crm.activities(), crm.campaigns(),
        crm.campaignMembers(), crm.unitOfWork(), crm.publisher(), crm.eventHistory());
  }
}
