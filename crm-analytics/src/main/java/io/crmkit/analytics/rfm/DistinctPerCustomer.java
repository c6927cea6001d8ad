package io.crmkit.analytics.rfm;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Distinct values per customer number, for the counts that are not sums: distinct purchase days
 * (ints) and distinct order ids (texts). Merging is a union, so it is the same in any split.
 */
final class DistinctPerCustomer {
  private static final int[] NONE = new int[0];

  private int[][] days = new int[0][];
  private int[] dayCount = new int[0];
  private Object[] orderIds = new Object[0];

  /**
   * Notes a purchase day; duplicates are dropped when the customer's buffer fills or is counted.
   *
   * @param customers the number of customers of the table, to size the state once
   */
  void addDay(int customer, int epochDay, int customers) {
    if (customer >= days.length) {
      int capacity = Math.max(customers, customer + 1);
      int old = days.length;
      days = Arrays.copyOf(days, capacity);
      Arrays.fill(days, old, capacity, NONE);
      dayCount = Arrays.copyOf(dayCount, capacity);
    }
    int[] values = days[customer];
    int size = dayCount[customer];
    if (size == values.length) {
      size = compact(customer);
      values = days[customer];
      if (size == values.length) {
        values = Arrays.copyOf(values, Math.max(4, size * 2));
        days[customer] = values;
      }
    }
    values[size] = epochDay;
    dayCount[customer] = size + 1;
  }

  /**
   * Notes an order id of the customer.
   *
   * @param customers the number of customers of the table, to size the state once
   */
  void addOrderId(int customer, String orderId, int customers) {
    if (customer >= orderIds.length) {
      orderIds = Arrays.copyOf(orderIds, Math.max(customers, customer + 1));
    }
    orderIdsOf(customer).add(orderId);
  }

  /** Adds every value of another instance. */
  void addAll(DistinctPerCustomer other) {
    for (int customer = 0; customer < other.days.length; customer++) {
      int[] values = other.days[customer];
      for (int i = 0; i < other.dayCount[customer]; i++) {
        addDay(customer, values[i], other.days.length);
      }
    }
    for (int customer = 0; customer < other.orderIds.length; customer++) {
      Object ids = other.orderIds[customer];
      if (ids != null) {
        if (customer >= orderIds.length) {
          orderIds = Arrays.copyOf(orderIds, other.orderIds.length);
        }
        orderIdsOf(customer).addAll(cast(ids));
      }
    }
  }

  /** The number of distinct days of a customer. */
  int distinctDays(int customer) {
    return customer < days.length ? compact(customer) : 0;
  }

  /** The number of distinct order ids of a customer. */
  int distinctOrderIds(int customer) {
    Object ids = customer < orderIds.length ? orderIds[customer] : null;
    return ids == null ? 0 : cast(ids).size();
  }

  private Set<String> orderIdsOf(int customer) {
    Object ids = orderIds[customer];
    if (ids == null) {
      Set<String> fresh = new HashSet<>(4);
      orderIds[customer] = fresh;
      return fresh;
    }
    return cast(ids);
  }

  @SuppressWarnings("unchecked")
  private static Set<String> cast(Object ids) {
    return (Set<String>) ids;
  }

  /** Sorts a customer's days and drops repeats; returns the distinct count. */
  private int compact(int customer) {
    int[] values = days[customer];
    int size = dayCount[customer];
    if (size < 2) {
      return size;
    }
    Arrays.sort(values, 0, size);
    int distinct = 1;
    for (int i = 1; i < size; i++) {
      if (values[i] != values[distinct - 1]) {
        values[distinct++] = values[i];
      }
    }
    dayCount[customer] = distinct;
    return distinct;
  }
}
