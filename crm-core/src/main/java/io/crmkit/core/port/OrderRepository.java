package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.order.Order;
import java.util.List;
import java.util.Optional;

/**
 * Stores orders. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Saves are optimistic, as for every repository: a save is accepted only from a copy read at the
 * stored version. Inside a {@link UnitOfWork} the saves follow its contract. Where several
 * records match, lists are ordered by creation time, then by id.
 */
public interface OrderRepository {
  /** The order with this id, if stored. */
  Optional<Order> findById(OrderId id);

  /**
   * The order with this number, compared as {@link Order} normalises it.
   *
   * @throws CrmValidationException when the number is blank
   */
  Optional<Order> findByNumber(String orderNumber);

  /** The orders of this account. */
  List<Order> findByAccount(AccountId accountId);

  /** The orders placed by this contact. */
  List<Order> findByContact(ContactId contactId);

  /**
   * Stores the order and returns the stored copy, whose version is one more than the given one.
   * A new order must have version 0; an existing one the version it was read at.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the record is new
   *     and the version is not 0, or it is 0 and the record exists); nothing is written
   */
  Order save(Order order);

  /**
   * Stores the orders in the order given, all of them or none, and returns the stored copies in
   * that order, each at one more than its given version. An order may appear more than once: each
   * copy then needs the version the one before it stores.
   *
   * <p>The default checks every version against {@link #findById} first, then saves one order
   * after another; a repository whose store writes a batch at once overrides it, as the in-memory
   * and JDBC repositories do. Should another thread store one of the orders between the check and
   * the saves, the saves before it stay stored unless the batch runs in a {@link UnitOfWork} that
   * the exception ends.
   *
   * @throws ConcurrentUpdateException for the first order whose version is not the stored one, as
   *     {@link #save} would; nothing of the batch is written
   */
  default List<Order> saveAll(List<Order> orders) {
    return SaveInTurn.saveAll(orders, this::findById, this::save);
  }
}
