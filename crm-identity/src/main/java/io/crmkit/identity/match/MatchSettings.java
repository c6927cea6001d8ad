package io.crmkit.identity.match;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.block.BlockingRule;
import io.crmkit.identity.block.KeyPart;
import io.crmkit.identity.cluster.Clusterer;
import io.crmkit.identity.compare.Comparison;
import io.crmkit.identity.normalise.Normaliser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a matcher compares and how it decides: the field comparisons of the model, the blocking
 * rules that pick the pairs to compare, the deterministic rules that match ahead of the model, the
 * thresholds, the maximum cluster size and the training options.
 *
 * <p>A field's matching form is made by the normaliser of the first comparison of that field; a
 * field only blocked on or ruled on is {@linkplain Normaliser#text() folded as text}. Each
 * deterministic rule also blocks on its fields, ahead of the blocking rules, so its pairs are
 * always compared.
 */
@Value.Immutable
public abstract class MatchSettings {

  /** The field comparisons of the model, at least one, names unique. */
  public abstract List<Comparison> comparisons();

  /** The blocking rules, at least one, names unique. */
  public abstract List<BlockingRule> blockingRules();

  /** The rules that match a pair outright; none unless added. */
  public abstract List<DeterministicRule> deterministicRules();

  /** The thresholds of match and review; {@link Thresholds#DEFAULT} unless set. */
  @Value.Default
  public Thresholds thresholds() {
    return Thresholds.DEFAULT;
  }

  /** The most records a cluster may hold; {@link Clusterer#DEFAULT_MAX_CLUSTER_SIZE} unless set. */
  @Value.Default
  public int maxClusterSize() {
    return Clusterer.DEFAULT_MAX_CLUSTER_SIZE;
  }

  /** How the model is trained; {@link TrainingOptions#DEFAULT} unless set. */
  @Value.Default
  public TrainingOptions training() {
    return TrainingOptions.DEFAULT;
  }

  /** A builder; at least one comparison and one blocking rule are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MatchSettings}. */
  public static class Builder extends ImmutableMatchSettings.Builder {}

  /** The normaliser of a field: its first comparison's, or {@link Normaliser#text()}. */
  public Normaliser normaliserOf(String field) {
    return comparisons().stream().filter(c -> c.field().equals(field)).findFirst()
        .map(Comparison::normaliser).orElse(Normaliser.text());
  }

  /**
   * The blocking rules as applied: one per deterministic rule (its fields, named {@code rule: }
   * and the rule's name), then the blocking rules.
   */
  public List<BlockingRule> effectiveBlockingRules() {
    List<BlockingRule> rules = new ArrayList<>();
    for (DeterministicRule rule : deterministicRules()) {
      rules.add(new BlockingRule("rule: " + rule.name(), rule.fields().stream().map(KeyPart::exact)
          .map(KeyPart.class::cast).toList(), BlockingRule.DEFAULT_MAX_BLOCK_SIZE));
    }
    rules.addAll(blockingRules());
    return List.copyOf(rules);
  }

  /** Every field the settings read: compared, blocked on or ruled on. */
  public Set<String> fields() {
    Set<String> fields = new LinkedHashSet<>();
    comparisons().forEach(c -> fields.add(c.field()));
    effectiveBlockingRules().forEach(r -> fields.addAll(r.fields()));
    return fields;
  }

  @Value.Check
  void check() {
    if (comparisons().isEmpty()) {
      throw CrmValidationException.of("settings.comparisons", "required", comparisons(), "at least one comparison");
    }
    Set<String> names = new HashSet<>();
    for (Comparison comparison : comparisons()) {
      if (!names.add(comparison.name())) {
        throw CrmValidationException.of("settings.comparisons", "unique", comparison.name(),
            "each comparison has its own name (Comparison.named)");
      }
    }
    if (blockingRules().isEmpty()) {
      throw CrmValidationException.of("settings.blockingRules", "required", blockingRules(),
          "at least one blocking rule: comparing every pair does not scale");
    }
    Set<String> ruleNames = new HashSet<>();
    for (BlockingRule rule : effectiveBlockingRules()) {
      if (!ruleNames.add(rule.name())) {
        throw CrmValidationException.of("settings.blockingRules", "unique", rule.name(), "each rule has its own name");
      }
    }
    if (maxClusterSize() < 2) {
      throw CrmValidationException.of("settings.maxClusterSize", "range", maxClusterSize(),
          "a cluster of 2 or more records");
    }
  }
}
