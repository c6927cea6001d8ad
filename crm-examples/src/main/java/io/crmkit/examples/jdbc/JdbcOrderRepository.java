package io.crmkit.examples.jdbc;

import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.order.Order;
import io.crmkit.core.port.OrderRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The JDBC {@link OrderRepository}: table {@code crm_order}, looked up by number, account and contact. */
final class JdbcOrderRepository implements OrderRepository {
  private static final Key.Column<Order> NUMBER = Key.column("order_number", Order::orderNumber);
  private static final Key.Column<Order> ACCOUNT = Key.column("account_id", order -> order.accountId().value());
  private static final Key.Column<Order> CONTACT =
      Key.optionalColumn("contact_id", order -> order.contactId().map(ContactId::value));

  private final JdbcStore<OrderId, Order> store;

  JdbcOrderRepository(JdbcCrm crm) {
    this.store = crm.newStore("crm_order", Order.class, Order::withVersion, List.of(NUMBER, ACCOUNT, CONTACT));
  }

  @Override
  public Optional<Order> findById(OrderId id) {
    return store.findById(id);
  }

  @Override
  public Optional<Order> findByNumber(String orderNumber) {
    return store.findFirstBy(NUMBER, Order.normaliseOrderNumber(orderNumber));
  }

  @Override
  public List<Order> findByAccount(AccountId accountId) {
    return store.findBy(ACCOUNT, Objects.requireNonNull(accountId, "accountId").value());
  }

  @Override
  public List<Order> findByContact(ContactId contactId) {
    return store.findBy(CONTACT, Objects.requireNonNull(contactId, "contactId").value());
  }

  @Override
  public Order save(Order order) {
    return store.save(order);
  }

  @Override
  public List<Order> saveAll(List<Order> orders) {
    return store.saveAll(orders);
  }
}
