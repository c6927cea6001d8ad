package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.lead.FitGrade;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A rule-based lead scoring model: rule groups in two dimensions (fit and engagement), a ceiling on
 * the total, the thresholds of fit grades and engagement levels, optional named grades and routing
 * rules. Defined in Java with {@link #builder(String)} or in JSON ({@code io.crmkit.scoring.json});
 * checked when made; immutable.
 *
 * <pre>{@code
 * ScoringModel model = ScoringModel.builder("Inbound B2B")
 *     .group("Role", Dimension.FIT, g -> g.cap(30)
 *         .rule("senior", Condition.matches("jobTitle", "\\b(vp|vice president|director|head)\\b"), 20)
 *         .rule("student", Condition.contains("jobTitle", "student"), -15))
 *     .group("Web", Dimension.ENGAGEMENT, g -> g.decay(Decay.halfLife(30))
 *         .rule("pricing", Condition.event(BehaviourEvent.PAGE_VIEW).detailContains("/pricing").atLeast(2), 15)
 *         .rule("demo", Condition.event(BehaviourEvent.DEMO_REQUEST), 30))
 *     .route(RoutingRule.to(LifecycleStage.MQL).whenScoreAtLeast(60).whenFitAtLeast(FitGrade.B))
 *     .build();
 * Scorer<Lead> scorer = model.compile(ScoringSchemas.lead());
 * }</pre>
 *
 * <p>How points add up: a rule that holds gives its points, decayed by its group's {@link Decay};
 * a group over its cap scales its positive points down to the cap; the dimensions' points grade
 * the lead (fit grade, engagement level); the total is held from 0 to the ceiling by scaling the
 * positive points down (over the ceiling) or the negative points (below 0). Each rule's share of
 * the score after all that is what {@link Scorer#explain} lists; the shares sum to the score.
 *
 * @param name the model's name, white space folded
 * @param ceiling the most points a lead scores, 1 to 100
 * @param groups the rule groups, in order; at least one, names and rule ids unique ignoring case
 * @param fitGrades the fit points of each fit grade
 * @param engagementLevels the engagement points of each engagement level
 * @param grades named grades over the score, highest minimum first, the last from 0; when empty, a
 *     lead's grade is its fit grade and engagement level ({@code A1} .. {@code D3})
 * @param routing the routing rules, tried in order; grades they name are grades of this model
 */
public record ScoringModel(
    String name,
    int ceiling,
    List<RuleGroup> groups,
    FitGrades fitGrades,
    EngagementLevels engagementLevels,
    List<NamedGrade> grades,
    List<RoutingRule> routing) {

  /** The ceiling unless one is set: the top of the lead score scale. */
  public static final int DEFAULT_CEILING = 100;

  /**
   * Checks the model as a whole; each part checked itself when made.
   *
   * @throws CrmValidationException whose field is {@code scoringModel.} and the path to the problem
   *     ({@code scoringModel.groups[1].rules[0].id}): {@code required}, {@code range} for a ceiling
   *     outside 1..100, {@code duplicate} for a group name or rule id given twice, {@code order} for
   *     named grades not falling, {@code bottom} when the last named grade does not start at 0,
   *     {@code unreachable} for a routing score above the ceiling, {@code unknown-grade} for a
   *     routing grade the model does not give
   */
  public ScoringModel {
    name = Words.required("scoringModel.name", name);
    if (ceiling < 1 || ceiling > ScoringRule.MAX_POINTS) {
      throw CrmValidationException.of("scoringModel.ceiling", "range", ceiling, "a ceiling is from 1 to 100 points");
    }
    CrmValidationException.required("scoringModel.groups", groups);
    if (groups.isEmpty()) {
      throw CrmValidationException.of("scoringModel.groups", "required", "[]", "a model has at least one rule group");
    }
    checkGroups(groups);
    CrmValidationException.required("scoringModel.fitGrades", fitGrades);
    CrmValidationException.required("scoringModel.engagementLevels", engagementLevels);
    CrmValidationException.required("scoringModel.grades", grades);
    checkGrades(grades);
    CrmValidationException.required("scoringModel.routing", routing);
    groups = List.copyOf(groups);
    grades = List.copyOf(grades);
    routing = List.copyOf(routing);
    checkRouting(routing, ceiling, labels(grades));
  }

  /** A model to fill; ceiling 100, default fit grades and engagement levels, matrix grades, no routing. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Compiles the model for records read through {@code schema}, once, to score many records; see {@link Scorer}.
   *
   * @throws CrmValidationException naming {@code scoringModel.groups[g].rules[r].field} for a field
   *     the schema does not have ({@code unknown-field}) or a condition that cannot test its kind
   *     ({@code field-kind}) */
  public <R> Scorer<R> compile(ScoringSchema<R> schema) {
    return new Scorer<>(this, schema);
  }

  /** Every rule of the model, group by group, in order. */
  public List<ScoringRule> rules() {
    List<ScoringRule> all = new ArrayList<>();
    groups.forEach(group -> all.addAll(group.rules()));
    return List.copyOf(all);
  }

  /** The rule with this id, ignoring case and spacing. */
  public Optional<ScoringRule> rule(String id) {
    String key = Words.key(CrmValidationException.required("id", id));
    return rules().stream().filter(rule -> Words.key(rule.id()).equals(key)).findFirst();
  }

  /** The labels a lead can get: the named grades, or {@code A1} .. {@code D3} when there are none. */
  public List<String> gradeLabels() {
    return labels(grades);
  }

  /** Whether the model has behaviour rules, and so needs behaviour events to score engagement. */
  public boolean hasBehaviourRules() {
    return groups.stream().anyMatch(group -> group.rules().stream().anyMatch(ScoringRule::isBehaviour));
  }

  private static List<String> labels(List<NamedGrade> grades) {
    List<String> labels = new ArrayList<>();
    if (grades.isEmpty()) {
      for (FitGrade fit : FitGrade.values()) {
        for (int level = 1; level <= 3; level++) {
          labels.add(fit.name() + level);
        }
      }
    } else {
      grades.forEach(grade -> labels.add(grade.name()));
    }
    return List.copyOf(labels);
  }

  private static void checkGroups(List<RuleGroup> groups) {
    Map<String, Integer> groupNames = new HashMap<>();
    Map<String, String> ruleIds = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      RuleGroup group = CrmValidationException.required("scoringModel.groups[" + g + "]", groups.get(g));
      Integer first = groupNames.putIfAbsent(Words.key(group.name()), g);
      if (first != null) {
        throw CrmValidationException.of("scoringModel.groups[" + g + "].name", "duplicate", group.name(),
            "group name '" + group.name() + "' is already used by groups[" + first + "]");
      }
      for (int r = 0; r < group.rules().size(); r++) {
        String path = "groups[" + g + "].rules[" + r + "]";
        String id = group.rules().get(r).id();
        String earlier = ruleIds.putIfAbsent(Words.key(id), path);
        if (earlier != null) {
          throw CrmValidationException.of("scoringModel." + path + ".id", "duplicate", id,
              "rule id '" + id + "' is already used by " + earlier);
        }
      }
    }
  }

  private static void checkGrades(List<NamedGrade> grades) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < grades.size(); i++) {
      NamedGrade grade = CrmValidationException.required("scoringModel.grades[" + i + "]", grades.get(i));
      if (!names.add(Words.key(grade.name()))) {
        throw CrmValidationException.of("scoringModel.grades[" + i + "].name", "duplicate", grade.name(),
            "each grade name appears once");
      }
      if (i > 0 && grade.minimumScore() >= grades.get(i - 1).minimumScore()) {
        throw CrmValidationException.of("scoringModel.grades[" + i + "].minimumScore", "order", grade.minimumScore(),
            "grades are listed highest minimum first; '" + grades.get(i - 1).name() + "' starts at "
                + grades.get(i - 1).minimumScore());
      }
    }
    if (!grades.isEmpty() && grades.get(grades.size() - 1).minimumScore() != 0) {
      int last = grades.size() - 1;
      throw CrmValidationException.of("scoringModel.grades[" + last + "].minimumScore", "bottom",
          grades.get(last).minimumScore(), "the last grade starts at 0, so that every score has a grade");
    }
  }

  private static void checkRouting(List<RoutingRule> routing, int ceiling, List<String> labels) {
    Set<String> known = new HashSet<>();
    labels.forEach(label -> known.add(Words.key(label)));
    for (int i = 0; i < routing.size(); i++) {
      RoutingRule rule = CrmValidationException.required("scoringModel.routing[" + i + "]", routing.get(i));
      if (rule.minimumScore() > ceiling) {
        throw CrmValidationException.of("scoringModel.routing[" + i + "].minimumScore", "unreachable",
            rule.minimumScore(), "no lead scores above the ceiling of " + ceiling);
      }
      for (int k = 0; k < rule.grades().size(); k++) {
        String grade = rule.grades().get(k);
        if (!known.contains(Words.key(grade))) {
          throw CrmValidationException.of("scoringModel.routing[" + i + "].grades[" + k + "]", "unknown-grade", grade,
              "the model's grades are " + String.join(", ", labels));
        }
      }
    }
  }

  /** Builds a {@link ScoringModel}. */
  public static final class Builder {
    private final String name;
    private int ceiling = DEFAULT_CEILING;
    private final List<RuleGroup> groups = new ArrayList<>();
    private FitGrades fitGrades = FitGrades.defaults();
    private EngagementLevels engagementLevels = EngagementLevels.defaults();
    private final List<NamedGrade> grades = new ArrayList<>();
    private final List<RoutingRule> routing = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** The most points a lead scores, 1 to 100. */
    public Builder ceiling(int points) {
      this.ceiling = points;
      return this;
    }

    /** Adds a rule group. */
    public Builder group(RuleGroup group) {
      groups.add(CrmValidationException.required("scoringModel.groups[" + groups.size() + "]", group));
      return this;
    }

    /** Adds a rule group made by {@code rules} from an empty {@link RuleGroup.Builder}. */
    public Builder group(String name, Dimension dimension, UnaryOperator<RuleGroup.Builder> rules) {
      CrmValidationException.required("rules", rules);
      return group(rules.apply(RuleGroup.builder(name, dimension)).build());
    }

    /** The fit points of grades A, B and C. */
    public Builder fitGrades(int a, int b, int c) {
      this.fitGrades = new FitGrades(a, b, c);
      return this;
    }

    /** The engagement points of levels 1 and 2. */
    public Builder engagementLevels(int level1, int level2) {
      this.engagementLevels = new EngagementLevels(level1, level2);
      return this;
    }

    /** Adds a named grade; add them highest minimum first, the last from 0. */
    public Builder grade(String name, int minimumScore) {
      grades.add(NamedGrade.of(name, minimumScore));
      return this;
    }

    /** Adds a routing rule; they are tried in the order added. */
    public Builder route(RoutingRule rule) {
      routing.add(CrmValidationException.required("scoringModel.routing[" + routing.size() + "]", rule));
      return this;
    }

    /** The model; checked as {@link ScoringModel#ScoringModel} says. */
    public ScoringModel build() {
      return new ScoringModel(name, ceiling, groups, fitGrades, engagementLevels, grades, routing);
    }
  }
}
