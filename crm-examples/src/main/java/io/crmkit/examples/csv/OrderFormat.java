package io.crmkit.examples.csv;

import com.fasterxml.jackson.databind.JavaType;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.OrderChanged;
import io.crmkit.core.event.OrderCreated;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.id.QuoteId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.order.Order;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.port.IdGenerator;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.product.TaxRate;
import io.crmkit.core.value.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Orders in rows, one order a row with its lines in the {@code line_items} column. A row duplicates
 * an order with its id, else the one with its order number.
 */
final class OrderFormat extends RecordFormat<Order> {
  static final String ORDER_NUMBER = "order_number";
  static final String ACCOUNT_ID = "account_id";
  static final String CONTACT_ID = "contact_id";
  static final String QUOTE_ID = "quote_id";
  static final String OPPORTUNITY_ID = "opportunity_id";
  static final String STATUS = "status";
  static final String ORDERED_AT = "ordered_at";
  static final String CURRENCY = "currency";
  static final String LINE_ITEMS = "line_items";
  static final String TAX_RATE = "tax_rate";

  private static final List<String> COLUMNS = List.of(ID, ORDER_NUMBER, ACCOUNT_ID, CONTACT_ID, QUOTE_ID,
      OPPORTUNITY_ID, STATUS, ORDERED_AT, CURRENCY, LINE_ITEMS, TAX_RATE, OWNER_ID, CREATED_AT, UPDATED_AT);
  private static final JavaType LINES =
      Cells.JSON.getTypeFactory().constructCollectionType(List.class, LineItem.class);

  @Override
  String recordType() {
    return "Order";
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  Set<String> jsonColumns() {
    return Set.of(LINE_ITEMS);
  }

  @Override
  Set<String> identifyingColumns() {
    return Set.of(ID, ORDER_NUMBER);
  }

  @Override
  List<Set<String>> requiredColumns() {
    return List.of(Set.of(ORDER_NUMBER), Set.of(ACCOUNT_ID), Set.of(ORDERED_AT), Set.of(CURRENCY));
  }

  @Override
  Map<String, String> write(Order order) {
    Map<String, String> cells = new HashMap<>();
    writeCommon(cells, order);
    cells.put(ORDER_NUMBER, order.orderNumber());
    cells.put(ACCOUNT_ID, order.accountId().value());
    cells.put(CONTACT_ID, text(order.contactId(), ContactId::value));
    cells.put(QUOTE_ID, text(order.quoteId(), QuoteId::value));
    cells.put(OPPORTUNITY_ID, text(order.opportunityId(), OpportunityId::value));
    cells.put(STATUS, order.status().name());
    cells.put(ORDERED_AT, order.orderedAt().toString());
    cells.put(CURRENCY, order.currency().getCurrencyCode());
    cells.put(LINE_ITEMS, order.lineItems().isEmpty() ? "" : Cells.toJson(order.lineItems()));
    cells.put(TAX_RATE, text(order.taxRate(), rate -> rate.percent().toPlainString()));
    cells.put(OWNER_ID, text(order.ownerId(), UserId::value));
    return cells;
  }

  /** Reads an order; its status is {@code DRAFT} unless the row says otherwise. */
  @Override
  Order read(Cells cells, ImportContext context) {
    Instant createdAt = createdAt(cells, context);
    Order.Builder builder = Order.builder();
    builder.id(cells.value(ID, OrderId::of).orElseGet(context.ids()::nextOrderId))
        .orderNumber(cells.required(ORDER_NUMBER))
        .accountId(cells.requiredValue(ACCOUNT_ID, AccountId::of))
        .contactId(cells.value(CONTACT_ID, ContactId::of))
        .quoteId(cells.value(QUOTE_ID, QuoteId::of))
        .opportunityId(cells.value(OPPORTUNITY_ID, OpportunityId::of))
        .orderedAt(cells.instant(ORDERED_AT).orElseThrow(() -> requiredCell(ORDERED_AT)))
        .currency(cells.requiredValue(CURRENCY, Money::currency))
        .lineItems(cells.<List<LineItem>>json(LINE_ITEMS, LINES).orElse(List.of()))
        .taxRate(cells.value(TAX_RATE, TaxRate::of))
        .ownerId(cells.value(OWNER_ID, UserId::of))
        .createdAt(createdAt)
        .updatedAt(updatedAt(cells, context, createdAt))
        .customFields(customFields(cells, context));
    cells.constant(STATUS, OrderStatus.class).ifPresent(builder::status);
    return builder.build();
  }

  @Override
  Identity<Order> identify(Cells cells) {
    Optional<OrderId> id = cells.value(ID, OrderId::of);
    Optional<String> number = cells.value(ORDER_NUMBER, Order::normaliseOrderNumber);
    List<String> keys = new ArrayList<>();
    id.ifPresent(i -> keys.add("id " + i.value()));
    number.ifPresent(n -> keys.add("order_number " + n));
    return new Identity<>(keys, keys, ports -> {
      if (id.isPresent()) {
        Optional<Order> found = ports.orders().findById(id.get());
        if (found.isPresent()) {
          return Optional.of(new Match<>(found.get(), "id " + id.get().value()));
        }
      }
      return number.flatMap(n -> ports.orders().findByNumber(n).map(o -> new Match<>(o, "order_number " + n)));
    });
  }

  @Override
  List<Order> saveAll(List<Order> orders, ImportPorts ports) {
    return ports.orders().saveAll(orders);
  }

  @Override
  Order withVersion(Order order, long version) {
    return order.withVersion(version);
  }

  @Override
  CrmEvent created(Order saved, IdGenerator ids, Instant now) {
    return new OrderCreated(ids.nextEventId(), saved.id(), saved.version(), now);
  }

  @Override
  List<CrmEvent> changed(Order before, Order saved, Set<String> fields, IdGenerator ids, Instant now) {
    return List.of(new OrderChanged(ids.nextEventId(), saved.id(), fields, saved.version(), now));
  }
}
