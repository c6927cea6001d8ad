package io.crmkit.identity.merge;

import java.util.List;

/**
 * A survivorship rule of your own: from the candidates still in the running for a field, the ones
 * you prefer. Returning several leaves the choice among them to the next rule.
 *
 * <pre>{@code
 * SurvivorshipFunction furthestStage = candidates -> {
 *   int best = candidates.stream().mapToInt(c -> STAGES.indexOf(c.value())).max().orElseThrow();
 *   return candidates.stream().filter(c -> STAGES.indexOf(c.value()) == best).toList();
 * };
 * }</pre>
 */
@FunctionalInterface
public interface SurvivorshipFunction {
  /**
   * The preferred candidates.
   *
   * @param candidates two or more candidates, each holding a value, survivor first then by record id
   * @return a non-empty subset of {@code candidates}
   */
  List<FieldCandidate> prefer(List<FieldCandidate> candidates);
}
