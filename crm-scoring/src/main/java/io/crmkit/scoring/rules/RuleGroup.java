package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Rules that score one aspect of a lead together ("Role", "Company", "Web visits"), in one dimension,
 * with an optional cap on the points the group gives and a decay of its engagement points.
 *
 * <p>When the group's points exceed its cap, each positive rule keeps the same share of the cap it
 * had of the points (negative points are not capped): a cap of 30 over rules giving 20 and 40 leaves
 * 10 and 20.
 *
 * @param name the group's name, white space folded; unique in its model, ignoring case
 * @param dimension fit or engagement
 * @param cap the most points the group gives, 1 to 100; no cap when absent
 * @param decay how the points of its behaviour rules shrink with age; field rules never decay
 * @param rules the rules, in order; at least one, ids unique ignoring case
 */
public record RuleGroup(String name, Dimension dimension, OptionalInt cap, Decay decay, List<ScoringRule> rules) {

  /**
   * Checks every part.
   *
   * @throws CrmValidationException naming {@code group.<part>}: {@code required} for a missing part
   *     or no rules, {@code range} for a cap outside 1..100, {@code duplicate} for a rule id given
   *     twice, {@code no-events} for a decay on a group without behaviour rules
   */
  public RuleGroup {
    name = Words.required("group.name", name);
    CrmValidationException.required("group.dimension", dimension);
    CrmValidationException.required("group.cap", cap);
    if (cap.isPresent() && (cap.getAsInt() < 1 || cap.getAsInt() > ScoringRule.MAX_POINTS)) {
      throw CrmValidationException.of("group.cap", "range", cap.getAsInt(), "a cap is from 1 to 100 points");
    }
    CrmValidationException.required("group.decay", decay);
    CrmValidationException.required("group.rules", rules);
    if (rules.isEmpty()) {
      throw CrmValidationException.of("group.rules", "required", "[]", "group '" + name + "' has no rules");
    }
    Map<String, Integer> seen = new HashMap<>();
    boolean behaviour = false;
    for (int i = 0; i < rules.size(); i++) {
      ScoringRule rule = CrmValidationException.required("group.rules[" + i + "]", rules.get(i));
      Integer first = seen.putIfAbsent(Words.key(rule.id()), i);
      if (first != null) {
        throw CrmValidationException.of("group.rules[" + i + "].id", "duplicate", rule.id(),
            "rule id '" + rule.id() + "' is already used by rules[" + first + "]");
      }
      behaviour |= rule.isBehaviour();
    }
    if (!(decay instanceof Decay.None) && !behaviour) {
      throw CrmValidationException.of("group.decay", "no-events", decay.describe(),
          "group '" + name + "' has no behaviour rules for the decay to act on");
    }
    rules = List.copyOf(rules);
  }

  /** A group to fill with {@link Builder#rule}: no cap, no decay. */
  public static Builder builder(String name, Dimension dimension) {
    return new Builder(name, dimension);
  }

  /** Builds a {@link RuleGroup}. */
  public static final class Builder {
    private final String name;
    private final Dimension dimension;
    private OptionalInt cap = OptionalInt.empty();
    private Decay decay = Decay.none();
    private final List<ScoringRule> rules = new ArrayList<>();

    private Builder(String name, Dimension dimension) {
      this.name = name;
      this.dimension = dimension;
    }

    /** Caps the group's points at {@code points}, 1 to 100. */
    public Builder cap(int points) {
      this.cap = OptionalInt.of(points);
      return this;
    }

    /** Decays the points of the group's behaviour rules. */
    public Builder decay(Decay decay) {
      this.decay = CrmValidationException.required("group.decay", decay);
      return this;
    }

    /** Adds a rule. */
    public Builder rule(ScoringRule rule) {
      rules.add(CrmValidationException.required("group.rules[" + rules.size() + "]", rule));
      return this;
    }

    /** Adds a rule labelled with its condition in words. */
    public Builder rule(String id, Condition condition, int points) {
      return rule(ScoringRule.of(id, condition, points));
    }

    /** Adds a rule with a label of its own. */
    public Builder rule(String id, String label, Condition condition, int points) {
      return rule(ScoringRule.of(id, label, condition, points));
    }

    /** The group; checked as {@link RuleGroup#RuleGroup} says. */
    public RuleGroup build() {
      return new RuleGroup(name, dimension, cap, decay, rules);
    }
  }
}
