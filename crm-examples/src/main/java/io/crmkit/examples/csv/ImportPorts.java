package io.crmkit.examples.csv;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.examples.CrmPorts;
import io.crmkit.core.port.AccountRepository;
import io.crmkit.core.port.ActivityRepository;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.port.CrmEventPublisher;
import io.crmkit.core.port.LeadRepository;
import io.crmkit.core.port.OpportunityRepository;
import io.crmkit.core.port.OrderRepository;
import io.crmkit.core.port.UnitOfWork;

/**
 * The ports of one store that an import writes through: its unit of work, event publisher and the
 * repositories of the record types an import knows. All of them must belong to the same store, so
 * that one unit of work spans every save and event.
 *
 * @param unitOfWork the store's unit of work
 * @param publisher the store's event publisher (the outbox of a JDBC store)
 * @param accounts the accounts
 * @param contacts the contacts
 * @param leads the leads
 * @param opportunities the opportunities
 * @param orders the orders
 * @param activities the activities
 */
public record ImportPorts(
    UnitOfWork unitOfWork,
    CrmEventPublisher publisher,
    AccountRepository accounts,
    ContactRepository contacts,
    LeadRepository leads,
    OpportunityRepository opportunities,
    OrderRepository orders,
    ActivityRepository activities) {

  /** Checks that every port is given. */
  public ImportPorts {
    CrmValidationException.required("ports.unitOfWork", unitOfWork);
    CrmValidationException.required("ports.publisher", publisher);
    CrmValidationException.required("ports.accounts", accounts);
    CrmValidationException.required("ports.contacts", contacts);
    CrmValidationException.required("ports.leads", leads);
    CrmValidationException.required("ports.opportunities", opportunities);
    CrmValidationException.required("ports.orders", orders);
    CrmValidationException.required("ports.activities", activities);
  }

  /** The ports an import needs, taken from all of a store's ports. */
  public static ImportPorts of(CrmPorts ports) {
    CrmValidationException.required("ports", ports);
    return new ImportPorts(ports.unitOfWork(), ports.publisher(), ports.accounts(), ports.contacts(), ports.leads(),
        ports.opportunities(), ports.orders(), ports.activities());
  }

  /** The ports an import needs, of an in-memory CRM. */
  public static ImportPorts of(InMemoryCrm crm) {
    return of(CrmPorts.of(crm));
  }
}
