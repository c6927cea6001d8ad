package io.crmkit.analytics.pipeline;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.opportunity.Stage;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The open stages of a sales funnel in the order deals move through them: Discovery, Solution fit,
 * Proposal, Commit. Stages are matched by name, case ignored; won and lost stages follow the last.
 *
 * @param stages the open stages in order; at least one, each name once
 */
public record FunnelStages(List<Stage> stages) {
  /**
   * Checks the stages.
   *
   * @throws CrmValidationException when there is none ({@code funnelStages.stages}, rule
   *     {@code required}), one is closed ({@code open}) or a name repeats ({@code duplicate})
   */
  public FunnelStages {
    stages = List.copyOf(CrmValidationException.required("funnelStages.stages", stages));
    if (stages.isEmpty()) {
      throw CrmValidationException.of("funnelStages.stages", "required", "[]", "a funnel has at least one stage");
    }
    Set<String> names = new HashSet<>();
    for (Stage stage : stages) {
      if (stage.isClosed()) {
        throw CrmValidationException.of("funnelStages.stages", "open", stage,
            "a funnel lists the open stages; won and lost follow the last");
      }
      if (!names.add(key(stage))) {
        throw CrmValidationException.of("funnelStages.stages", "duplicate", stage, "each stage appears once");
      }
    }
  }

  /** The open stages in order. */
  public static FunnelStages of(Stage... stages) {
    return new FunnelStages(List.of(stages));
  }

  /** crm-core's default open stages: Discovery, Solution fit, Proposal, Commit. */
  public static FunnelStages defaults() {
    return new FunnelStages(Stage.defaults().stream().filter(s -> !s.isClosed()).toList());
  }

  /** How many open stages. */
  public int size() {
    return stages.size();
  }

  /** The position of an open stage, from 0; empty for a closed stage or one not in the funnel. */
  public OptionalInt indexOf(Stage stage) {
    String key = key(stage);
    for (int i = 0; i < stages.size(); i++) {
      if (key(stages.get(i)).equals(key)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The position of a stage a deal was in: its index for an open stage; empty for a closed one.
   *
   * @throws CrmValidationException for an open stage not in the funnel ({@code funnel.stage}, rule
   *     {@code unknown})
   */
  OptionalInt positionOf(Stage stage) {
    if (stage.isClosed()) {
      return OptionalInt.empty();
    }
    OptionalInt index = indexOf(stage);
    if (index.isEmpty()) {
      throw CrmValidationException.of("funnel.stage", "unknown", stage, "the funnel's stages are " + stages);
    }
    return index;
  }

  private static String key(Stage stage) {
    return stage.name().toLowerCase(Locale.ROOT);
  }
}
