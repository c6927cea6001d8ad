package io.crmkit.analytics.transaction;

import io.crmkit.core.CrmValidationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Purchases as columns: one row per purchase with its customer, day, amount and, when known, its
 * order id and product. The shared input of RFM, cohorts and customer-lifetime value.
 *
 * <p>Customers are numbered 0..{@link #customerCount()}-1 in the order they first appear, so an
 * analysis keeps per-customer state in plain arrays; {@link #customerId(int)} gives the id back.
 * Days are calendar days (time of day is not kept: every analysis here works per day). Amounts are
 * in one currency, which the host chose when filling the table ({@link OrderTransactions} converts
 * at each order's date); they may be zero or negative (a refund), never NaN or infinite.
 *
 * <p>Immutable: rows are read by index and no array leaves the table, so one table can be read by
 * several threads at once, for example in chunks of rows.
 */
public final class Transactions {
  private final String[] customerIds;
  private final Map<String, Integer> customerIndexById;
  private final int[] customerOfRow;
  private final int[] epochDayOfRow;
  private final double[] amountOfRow;
  private final @Nullable String @Nullable [] orderIdOfRow;
  private final @Nullable String @Nullable [] productOfRow;
  private final int firstEpochDay;
  private final int lastEpochDay;

  private Transactions(
      String[] customerIds,
      Map<String, Integer> customerIndexById,
      int[] customerOfRow,
      int[] epochDayOfRow,
      double[] amountOfRow,
      @Nullable String @Nullable [] orderIdOfRow,
      @Nullable String @Nullable [] productOfRow) {
    this.customerIds = customerIds;
    this.customerIndexById = customerIndexById;
    this.customerOfRow = customerOfRow;
    this.epochDayOfRow = epochDayOfRow;
    this.amountOfRow = amountOfRow;
    this.orderIdOfRow = orderIdOfRow;
    this.productOfRow = productOfRow;
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (int day : epochDayOfRow) {
      first = Math.min(first, day);
      last = Math.max(last, day);
    }
    this.firstEpochDay = first;
    this.lastEpochDay = last;
  }

  /** A builder that takes rows one by one. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A table from ready-made columns, for hosts and generators that already number their customers.
   * The arrays are copied.
   *
   * @param customerIds the customer ids, by customer number; distinct and not blank
   * @param customerOfRow each row's customer number, an index into {@code customerIds}
   * @param epochDayOfRow each row's day as {@link LocalDate#toEpochDay()}
   * @param amountOfRow each row's amount, finite
   * @throws CrmValidationException when the columns differ in length, an id is blank or repeated, a
   *     customer number is out of range or an amount is not finite; the message names the row
   */
  public static Transactions ofColumns(
      List<String> customerIds, int[] customerOfRow, int[] epochDayOfRow, double[] amountOfRow) {
    CrmValidationException.required("transactions.customerIds", customerIds);
    CrmValidationException.required("transactions.customerOfRow", customerOfRow);
    CrmValidationException.required("transactions.epochDayOfRow", epochDayOfRow);
    CrmValidationException.required("transactions.amountOfRow", amountOfRow);
    int rows = customerOfRow.length;
    if (epochDayOfRow.length != rows || amountOfRow.length != rows) {
      throw CrmValidationException.of("transactions", "columnsOfEqualLength",
          rows + "/" + epochDayOfRow.length + "/" + amountOfRow.length,
          "customer, day and amount columns must have one entry per row");
    }
    String[] ids = new String[customerIds.size()];
    Map<String, Integer> index = new HashMap<>(Math.max(16, ids.length * 4 / 3 + 1));
    for (int c = 0; c < ids.length; c++) {
      String id = customerId(customerIds.get(c), "customer " + c);
      if (index.putIfAbsent(id, c) != null) {
        throw CrmValidationException.of("transaction.customerId", "unique", id,
            "customer " + c + " repeats the id of customer " + index.get(id));
      }
      ids[c] = id;
    }
    for (int row = 0; row < rows; row++) {
      int customer = customerOfRow[row];
      if (customer < 0 || customer >= ids.length) {
        throw CrmValidationException.of("transaction.customer", "knownCustomerNumber", customer,
            "row " + row + " names customer number " + customer + " of " + ids.length);
      }
      amount(amountOfRow[row], row);
    }
    return new Transactions(ids, index, customerOfRow.clone(), epochDayOfRow.clone(),
        amountOfRow.clone(), null, null);
  }

  /** The number of rows (purchases). */
  public int size() {
    return customerOfRow.length;
  }

  /** Whether there are no rows. */
  public boolean isEmpty() {
    return customerOfRow.length == 0;
  }

  /** The number of distinct customers. */
  public int customerCount() {
    return customerIds.length;
  }

  /** The customer number (0..{@link #customerCount()}-1) of a row. */
  public int customerIndex(int row) {
    return customerOfRow[row];
  }

  /** The id of a customer number. */
  public String customerId(int customerIndex) {
    return customerIds[customerIndex];
  }

  /** The number of a customer id, if the customer has rows here. */
  public OptionalInt customerIndexOf(String customerId) {
    Integer index = customerIndexById.get(customerId.strip());
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /** A row's day as {@link LocalDate#toEpochDay()}: the fast form for loops over many rows. */
  public int epochDay(int row) {
    return epochDayOfRow[row];
  }

  /** A row's day. */
  public LocalDate day(int row) {
    return LocalDate.ofEpochDay(epochDayOfRow[row]);
  }

  /** A row's amount, in the table's one currency. */
  public double amount(int row) {
    return amountOfRow[row];
  }

  /** A row's order id, when the table has order ids and this row one. */
  public Optional<String> orderId(int row) {
    return orderIdOfRow == null ? Optional.empty() : Optional.ofNullable(orderIdOfRow[row]);
  }

  /** A row's product, when the table has products and this row one. */
  public Optional<String> product(int row) {
    return productOfRow == null ? Optional.empty() : Optional.ofNullable(productOfRow[row]);
  }

  /** The earliest day of any row; empty for an empty table. */
  public Optional<LocalDate> firstDay() {
    return isEmpty() ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(firstEpochDay));
  }

  /** The latest day of any row; empty for an empty table. */
  public Optional<LocalDate> lastDay() {
    return isEmpty() ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(lastEpochDay));
  }

  @Override
  public String toString() {
    return "Transactions[" + size() + " rows, " + customerCount() + " customers"
        + firstDay().map(first -> ", " + first + ".." + lastDay().orElseThrow()).orElse("") + "]";
  }

  private static String customerId(@Nullable String raw, String where) {
    if (raw == null || raw.isBlank()) {
      throw CrmValidationException.of("transaction.customerId", "required", raw,
          where + " has no customer id");
    }
    return raw.strip();
  }

  private static int day(LocalDate day, int row) {
    CrmValidationException.required("transaction.day", day);
    long epochDay = day.toEpochDay();
    if (epochDay < Integer.MIN_VALUE || epochDay > Integer.MAX_VALUE) {
      throw CrmValidationException.of("transaction.day", "supportedRange", day,
          "row " + row + " is more than five million years from 1970");
    }
    return (int) epochDay;
  }

  private static double amount(double amount, int row) {
    if (!Double.isFinite(amount)) {
      throw CrmValidationException.of("transaction.amount", "finite", amount,
          "row " + row + " has an amount that is not a finite number");
    }
    return amount;
  }

  /**
   * Takes rows one by one and numbers customers as they first appear. Not thread-safe; build once,
   * then share the table.
   */
  public static final class Builder {
    private final Map<String, Integer> indexById = new HashMap<>();
    private String[] ids = new String[16];
    private int[] customers = new int[64];
    private int[] days = new int[64];
    private double[] amounts = new double[64];
    private @Nullable String @Nullable [] orderIds;
    private @Nullable String @Nullable [] products;
    private int rows;

    private Builder() {}

    /**
     * Adds a purchase.
     *
     * @throws CrmValidationException when the customer id is blank, the day missing or the amount
     *     not finite
     */
    public Builder add(String customerId, LocalDate day, double amount) {
      return add(customerId, day, amount, Optional.empty(), Optional.empty());
    }

    /**
     * Adds a purchase with its order id and product, either of which may be empty.
     *
     * @throws CrmValidationException when the customer id is blank, the day missing, the amount not
     *     finite, or a given order id or product blank
     */
    public Builder add(
        String customerId, LocalDate day, double amount, Optional<String> orderId, Optional<String> product) {
      String id = customerId(customerId, "row " + rows);
      int epochDay = day(day, rows);
      amount(amount, rows);
      String order = text("transaction.orderId", orderId);
      String productName = text("transaction.product", product);
      grow();
      Integer known = indexById.get(id);
      int customer;
      if (known == null) {
        customer = indexById.size();
        if (customer == ids.length) {
          ids = Arrays.copyOf(ids, ids.length * 2);
        }
        ids[customer] = id;
        indexById.put(id, customer);
      } else {
        customer = known;
      }
      customers[rows] = customer;
      days[rows] = epochDay;
      amounts[rows] = amount;
      if (order != null) {
        if (orderIds == null) {
          orderIds = new String[customers.length];
        }
        orderIds[rows] = order;
      }
      if (productName != null) {
        if (products == null) {
          products = new String[customers.length];
        }
        products[rows] = productName;
      }
      rows++;
      return this;
    }

    /** Adds every row of another table, in its order. */
    public Builder addAll(Transactions other) {
      CrmValidationException.required("transactions", other);
      for (int row = 0; row < other.size(); row++) {
        add(other.customerId(other.customerIndex(row)), other.day(row), other.amount(row),
            other.orderId(row), other.product(row));
      }
      return this;
    }

    /** The table of the rows added so far. */
    public Transactions build() {
      return new Transactions(
          Arrays.copyOf(ids, indexById.size()),
          Map.copyOf(indexById),
          Arrays.copyOf(customers, rows),
          Arrays.copyOf(days, rows),
          Arrays.copyOf(amounts, rows),
          orderIds == null ? null : Arrays.copyOf(orderIds, rows),
          products == null ? null : Arrays.copyOf(products, rows));
    }

    private void grow() {
      if (rows < customers.length) {
        return;
      }
      int capacity = customers.length * 2;
      customers = Arrays.copyOf(customers, capacity);
      days = Arrays.copyOf(days, capacity);
      amounts = Arrays.copyOf(amounts, capacity);
      if (orderIds != null) {
        orderIds = Arrays.copyOf(orderIds, capacity);
      }
      if (products != null) {
        products = Arrays.copyOf(products, capacity);
      }
    }

    private static @Nullable String text(String field, Optional<String> value) {
      CrmValidationException.required(field, value);
      if (value.isEmpty()) {
        return null;
      }
      String text = value.get().strip();
      if (text.isEmpty()) {
        throw CrmValidationException.of(field, "notBlank", value.get(), "give a value or leave it out");
      }
      return text;
    }
  }
}
