package io.crmkit.lifecycle;

import java.util.List;

/**
 * A named condition on a record that must hold before the record may take a transition: the budget
 * is known, a note on the success measures is written, an economic buyer is named.
 *
 * <p>A criterion reads only the record it is given and returns the same answer for the same
 * record; it must be safe to call from many threads at once. {@link Criteria} makes the common
 * ones from accessor functions and composes them; a host may implement its own.
 *
 * @param <C> the type of record the criterion reads
 */
public interface ExitCriterion<C> {
  /** The criterion's id, by which definitions (JSON included) refer to it. */
  CriterionId id();

  /** What must hold, as a person reads it: {@code budget is filled in}. */
  String description();

  /**
   * Checks the criterion against a record.
   *
   * @return every way in which the criterion does not hold, each naming the criterion that failed;
   *     empty when it holds. A composite such as {@link Criteria#all} lists the violations of its
   *     parts, not only the first.
   */
  List<Violation> check(C record);

  /** Whether the criterion holds for the record. */
  default boolean holds(C record) {
    return check(record).isEmpty();
  }
}
