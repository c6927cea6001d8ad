package io.crmkit.core.memory;

import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.order.Order;
import io.crmkit.core.port.OrderRepository;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link OrderRepository}: orders indexed by number, account and contact. */
final class InMemoryOrderRepository implements OrderRepository {
  private static final NaturalKey<Order, String> NUMBER = NaturalKey.of("number", Order::orderNumber);
  private static final NaturalKey<Order, AccountId> ACCOUNT = NaturalKey.of("account", Order::accountId);
  private static final NaturalKey<Order, ContactId> CONTACT = NaturalKey.optional("contact", Order::contactId);

  private final InMemoryStore<OrderId, Order> store;

  InMemoryOrderRepository(InMemoryCrm crm) {
    this.store = crm.newStore(Order::withVersion, List.of(NUMBER, ACCOUNT, CONTACT));
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
    return store.findBy(ACCOUNT, accountId);
  }

  @Override
  public List<Order> findByContact(ContactId contactId) {
    return store.findBy(CONTACT, contactId);
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
