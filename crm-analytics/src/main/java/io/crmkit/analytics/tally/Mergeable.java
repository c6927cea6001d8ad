package io.crmkit.analytics.tally;

/**
 * A partial result that combines with another partial result of the same measure into the result
 * of both inputs together.
 *
 * <p>{@code combine} is associative and commutative, and the measure's empty value is its identity:
 * whatever way the input is split into chunks, tallying each chunk and combining the tallies gives
 * what one pass over the whole input gives. Implementations are immutable values.
 *
 * @param <T> the implementing type
 */
public interface Mergeable<T extends Mergeable<T>> {

  /**
   * The result of this tally's input and the other's together; neither is changed.
   *
   * @throws io.crmkit.core.CrmValidationException when the two were made with different settings
   *     (such as another reporting currency) and cannot be combined
   */
  T combine(T other);
}
