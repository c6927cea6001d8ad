package io.crmkit.identity.merge;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides one field of a golden record among the values of the merged records, by the field's
 * rules, and explains the decision.
 *
 * <ol>
 *   <li>Candidates are put in a fixed order, survivor first, then by record id, so that the
 *       decision does not depend on the order records were given in.
 *   <li>No candidate: the field stays empty ({@value FieldDecision#NO_VALUE}). One, or all holding
 *       the same value: that value ({@value FieldDecision#ONLY_VALUE}, {@value FieldDecision#AGREEMENT}).
 *   <li>Otherwise each rule in turn keeps the candidates it prefers; the first rule after which
 *       the remaining candidates agree on one value decides.
 *   <li>When the rules leave a tie, the first remaining candidate wins ({@value FieldDecision#TIE_BREAK}):
 *       the survivor's value, else the one of the record with the smallest id.
 * </ol>
 */
public final class Survivorship {
  private static final Comparator<FieldCandidate> ORDER = Comparator
      .comparing((FieldCandidate c) -> !c.survivor())
      .thenComparing(c -> c.recordId().value());

  private Survivorship() {}

  /**
   * Decides the field.
   *
   * @param field the field's name, for the explanation
   * @param rules the field's rules, applied in order; may be empty (then ties are broken at once)
   * @param candidates the values of the records that hold one, one per record, in any order
   * @throws CrmValidationException when a record offers two candidates or a user rule misbehaves
   */
  public static FieldDecision decide(String field, List<SurvivorshipRule> rules, List<FieldCandidate> candidates) {
    return choose(field, rules, candidates).decision();
  }

  /** The winning candidate, if any, and the decision. */
  record Choice(Optional<FieldCandidate> winner, FieldDecision decision) {}

  static Choice choose(String field, List<SurvivorshipRule> rules, List<FieldCandidate> candidates) {
    CrmValidationException.requiredText("survivorship.field", field);
    CrmValidationException.required("survivorship.rules", rules);
    List<FieldCandidate> ordered = ordered(candidates);
    if (ordered.isEmpty()) {
      return new Choice(Optional.empty(), new FieldDecision(field, Optional.empty(), FieldDecision.NO_VALUE,
          field + " is empty: no record holds a value"));
    }
    FieldCandidate first = ordered.get(0);
    if (ordered.size() == 1) {
      return decided(field, first, FieldDecision.ONLY_VALUE, "it is the only record holding a value");
    }
    if (agree(ordered)) {
      return decided(field, first, FieldDecision.AGREEMENT,
          "all " + ordered.size() + " records holding a value agree");
    }
    List<FieldCandidate> remaining = ordered;
    for (SurvivorshipRule rule : rules) {
      List<FieldCandidate> before = remaining;
      remaining = rule.prefer(remaining);
      if (agree(remaining)) {
        FieldCandidate winner = remaining.get(0);
        return decided(field, winner, rule.name(), rule.because(winner, before));
      }
    }
    FieldCandidate winner = remaining.get(0);
    return decided(field, winner, FieldDecision.TIE_BREAK, winner.survivor()
        ? "the rules left " + remaining.size() + " values tied and it is the survivor's"
        : "the rules left " + remaining.size() + " values tied and its record id comes first");
  }

  private static Choice decided(String field, FieldCandidate winner, String rule, String why) {
    String explanation = field + " = " + shown(winner.value()) + " from " + winner.recordId().value() + " ("
        + rule + "): " + why;
    return new Choice(Optional.of(winner), new FieldDecision(field, Optional.of(winner.recordId()), rule, explanation));
  }

  private static List<FieldCandidate> ordered(List<FieldCandidate> candidates) {
    CrmValidationException.required("survivorship.candidates", candidates);
    Set<AggregateId> seen = new HashSet<>();
    for (FieldCandidate c : candidates) {
      CrmValidationException.required("survivorship.candidates", c);
      if (!seen.add(c.recordId())) {
        throw CrmValidationException.of("survivorship.candidates", "duplicate", c.recordId(),
            "a record offers one value per field");
      }
    }
    List<FieldCandidate> ordered = new ArrayList<>(candidates);
    ordered.sort(ORDER);
    return List.copyOf(ordered);
  }

  private static boolean agree(List<FieldCandidate> candidates) {
    Object value = candidates.get(0).value();
    return candidates.stream().allMatch(c -> c.value().equals(value));
  }

  private static String shown(Object value) {
    return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
  }
}
