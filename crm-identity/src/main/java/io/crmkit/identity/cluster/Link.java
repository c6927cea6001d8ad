package io.crmkit.identity.cluster;

import io.crmkit.core.CrmValidationException;

/**
 * A link between two matched records, with its strength (the pair's match weight; a deterministic
 * rule's match is {@link Double#POSITIVE_INFINITY}). Links are undirected: the smaller id is kept
 * first.
 *
 * @param first the smaller record id
 * @param second the larger record id
 * @param strength how strongly the pair matched; stronger links join first
 */
public record Link(String first, String second, double strength) {
  /** Checks the ids and puts them in order. */
  public Link {
    first = CrmValidationException.requiredText("link.first", first);
    second = CrmValidationException.requiredText("link.second", second);
    if (first.equals(second)) {
      throw CrmValidationException.of("link.second", "distinct", second, "a record does not link to itself");
    }
    if (Double.isNaN(strength)) {
      throw CrmValidationException.of("link.strength", "number", strength, "a strength is a number");
    }
    if (first.compareTo(second) > 0) {
      String swap = first;
      first = second;
      second = swap;
    }
  }

  /** A link between two records. */
  public static Link of(String oneId, String otherId, double strength) {
    return new Link(oneId, otherId, strength);
  }
}
