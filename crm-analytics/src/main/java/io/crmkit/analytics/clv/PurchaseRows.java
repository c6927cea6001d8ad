package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;
import java.util.Arrays;

/**
 * The columns that {@link CustomerSummaries} and {@link PurchaseGroups} share: the unit and, per row,
 * repeat purchases {@code x}, recency {@code t_x} and age {@code T}, read by index. Each table adds its
 * own columns (ids and spend, or customer counts).
 */
abstract class PurchaseRows {
  private final ModelTimeUnit unit;
  private final int[] repeatPurchases;
  private final double[] recency;
  private final double[] age;

  PurchaseRows(ModelTimeUnit unit, Columns columns) {
    this.unit = unit;
    this.repeatPurchases = Arrays.copyOf(columns.repeatPurchases, columns.rows);
    this.recency = Arrays.copyOf(columns.recency, columns.rows);
    this.age = Arrays.copyOf(columns.age, columns.rows);
  }

  /** The unit of recency and age. */
  public ModelTimeUnit unit() {
    return unit;
  }

  /** The number of rows. */
  public int size() {
    return repeatPurchases.length;
  }

  /** A row's repeat purchases {@code x}. */
  public int repeatPurchases(int row) {
    return repeatPurchases[row];
  }

  /** A row's recency {@code t_x}, in {@link #unit()}. */
  public double recency(int row) {
    return recency[row];
  }

  /** A row's age {@code T}, in {@link #unit()}. */
  public double age(int row) {
    return age[row];
  }

  /**
   * Refuses missing history columns, naming {@code <table>.repeatPurchases}, {@code <table>.recency} or
   * {@code <table>.age} (rule {@code required}), in that order.
   */
  static void requireColumns(String table, double[] repeatPurchases, double[] recency, double[] age) {
    CrmValidationException.required(table + ".repeatPurchases", repeatPurchases);
    CrmValidationException.required(table + ".recency", recency);
    CrmValidationException.required(table + ".age", age);
  }

  /**
   * The repeat purchases of a row given as a number.
   *
   * @throws CrmValidationException naming {@code <table>.repeatPurchases}, rule {@code wholeNumber}, and
   *     the row, when {@code x} is not a whole number that fits an int
   */
  static int wholeRepeatPurchases(String table, double x, int row) {
    if (x != Math.rint(x) || x > Integer.MAX_VALUE) {
      throw CrmValidationException.of(table + ".repeatPurchases", "wholeNumber", x,
          "row " + row + ": x counts purchases and must be a whole number");
    }
    return (int) x;
  }

  /** The history columns a builder fills, doubling their capacity when full. Not thread-safe. */
  static final class Columns {
    int[] repeatPurchases = new int[16];
    double[] recency = new double[16];
    double[] age = new double[16];
    int rows;

    /** Whether the next row needs more capacity, which {@link #grow()} then gives. */
    boolean full() {
      return rows == repeatPurchases.length;
    }

    /** Doubles the capacity and returns it, so a builder grows its own columns alike. */
    int grow() {
      int capacity = rows * 2;
      repeatPurchases = Arrays.copyOf(repeatPurchases, capacity);
      recency = Arrays.copyOf(recency, capacity);
      age = Arrays.copyOf(age, capacity);
      return capacity;
    }

    /** Appends a row; the caller has made room. */
    void append(int x, double tx, double T) {
      repeatPurchases[rows] = x;
      recency[rows] = tx;
      age[rows] = T;
      rows++;
    }
  }
}
