package io.crmkit.scoring.dataset;

/** How a closed lead ended: won (converted) or lost. */
public enum Outcome {
  /** The lead was won: it converted, the deal closed. */
  WON,
  /** The lead was lost. */
  LOST;

  /** The outcome as a 0/1 label: 1 for {@link #WON}, 0 for {@link #LOST}. */
  public int label() {
    return this == WON ? 1 : 0;
  }

  /** The outcome of a 0/1 label (1 is won). */
  public static Outcome ofWon(boolean won) {
    return won ? WON : LOST;
  }
}
