package io.crmkit.analytics.clv;

/**
 * The input of the non-contractual models: rows of repeat purchases, recency and age, each row
 * standing for one customer ({@link CustomerSummaries}) or for several with the same history ({@link
 * PurchaseGroups}). A fit gives the same model for either form of the same customers.
 */
public sealed interface PurchaseData permits CustomerSummaries, PurchaseGroups {
  /** The unit of recency and age. */
  ModelTimeUnit unit();

  /** The number of rows. */
  int size();

  /** A row's repeat purchases {@code x}. */
  int repeatPurchases(int row);

  /** A row's recency {@code t_x}, in {@link #unit()}. */
  double recency(int row);

  /** A row's age {@code T}, in {@link #unit()}. */
  double age(int row);

  /** The number of customers a row stands for, 1 or more. */
  long customers(int row);

  /** The number of customers in all rows. */
  long customerCount();

  /** A row as a purchase history. */
  default PurchaseHistory history(int row) {
    return new PurchaseHistory(repeatPurchases(row), recency(row), age(row), unit());
  }
}
