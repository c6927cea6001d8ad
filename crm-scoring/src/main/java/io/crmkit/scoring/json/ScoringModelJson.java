package io.crmkit.scoring.json;

import io.crmkit.core.json.JsonObjectFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.scoring.rules.Condition;
import io.crmkit.scoring.rules.Decay;
import io.crmkit.scoring.rules.Dimension;
import io.crmkit.scoring.rules.EngagementLevels;
import io.crmkit.scoring.rules.FitGrades;
import io.crmkit.scoring.rules.NamedGrade;
import io.crmkit.scoring.rules.RoutingRule;
import io.crmkit.scoring.rules.RuleGroup;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringRule;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads and writes {@link ScoringModel scoring models} as JSON. The format, and how strictly it is
 * read, is described in the {@linkplain io.crmkit.scoring.json package}.
 *
 * <pre>{@code
 * ScoringModel model = ScoringModelJson.read(json);
 * String again = ScoringModelJson.write(model);
 * }</pre>
 *
 * <p>Thread-safe; no state.
 */
public final class ScoringModelJson {
  private static final Set<String> MODEL =
      Set.of("model", "ceiling", "groups", "fitGrades", "engagementLevels", "grades", "routing");
  private static final Set<String> GROUP = Set.of("name", "dimension", "cap", "decay", "rules");
  private static final Set<String> DECAY = Set.of("windowDays", "halfLifeDays");
  private static final List<String> FIELD_TESTS = List.of("equals", "in", "range", "matches", "contains", "present", "absent");
  private static final List<String> EVENT_PROPERTIES =
      List.of("detailContains", "detailMatches", "atLeast", "withinDays", "perEvent", "maxTimes");
  private static final Set<String> RULE = Set.of("id", "label", "points", "field", "equals", "in", "range", "matches",
      "contains", "present", "absent", "event", "detailContains", "detailMatches", "atLeast", "withinDays", "perEvent",
      "maxTimes");
  private static final Set<String> RANGE = Set.of("min", "max");
  private static final Set<String> FIT_GRADES = Set.of("A", "B", "C");
  private static final Set<String> ENGAGEMENT_LEVELS = Set.of("1", "2");
  private static final Set<String> GRADE = Set.of("name", "minimumScore");
  private static final Set<String> ROUTING = Set.of("minimumScore", "minimumFit", "grades", "lifecycleStage", "leadStatus");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private ScoringModelJson() {}

  /**
   * Reads a model.
   *
   * @throws CrmValidationException whose field is the path to the first problem
   *     ({@code groups[1].rules[0].points}): the JSON is malformed, breaks the format, or describes a
   *     model that fails the checks of {@link ScoringModel}
   */
  public static ScoringModel read(String json) {
    CrmValidationException.required("json", json);
    try {
      return model(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw JsonObjectFields.malformed(e);
    }
  }

  /**
   * Reads a model from a reader, which is left open.
   *
   * @throws UncheckedIOException when the reader fails
   * @see #read(String)
   */
  public static ScoringModel read(Reader json) {
    CrmValidationException.required("json", json);
    try {
      return model(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw JsonObjectFields.malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a model as indented JSON, ending with a new line; what holds its default is left out. */
  public static String write(ScoringModel model) {
    CrmValidationException.required("model", model);
    try {
      return WRITER.writeValueAsString(tree(model)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of texts, numbers and booleans is always written", e);
    }
  }

  // ------------------------------------------------------------------------------------ reading

  private static ScoringModel model(JsonNode root) {
    if (root.isMissingNode()) {
      throw CrmValidationException.of("json", "required", "", "the text holds no JSON value");
    }
    JsonObjectFields fields = JsonObjectFields.of(root, "", MODEL);
    String name = fields.text("model");
    int ceiling = fields.optionalInteger("ceiling").orElse(ScoringModel.DEFAULT_CEILING);
    List<JsonNode> groupNodes = fields.nonEmptyArray("groups");
    List<RuleGroup> groups = new ArrayList<>();
    for (int g = 0; g < groupNodes.size(); g++) {
      groups.add(group(groupNodes.get(g), "groups[" + g + "]"));
    }
    FitGrades fitGrades = fields.object("fitGrades", FIT_GRADES)
        .map(f -> checked("fitGrades", "fitGrades", () -> new FitGrades(f.integer("A"), f.integer("B"), f.integer("C"))))
        .orElse(FitGrades.defaults());
    EngagementLevels levels = fields.object("engagementLevels", ENGAGEMENT_LEVELS)
        .map(f -> checked("engagementLevels", "engagementLevels", () -> new EngagementLevels(f.integer("1"), f.integer("2"))))
        .orElse(EngagementLevels.defaults());
    List<JsonNode> gradeNodes = fields.array("grades");
    List<NamedGrade> grades = new ArrayList<>();
    for (int i = 0; i < gradeNodes.size(); i++) {
      JsonObjectFields grade = JsonObjectFields.of(gradeNodes.get(i), "grades[" + i + "]", GRADE);
      grades.add(checked("grade", grade.path(), () -> NamedGrade.of(grade.text("name"), grade.integer("minimumScore"))));
    }
    List<JsonNode> routingNodes = fields.array("routing");
    List<RoutingRule> routing = new ArrayList<>();
    for (int i = 0; i < routingNodes.size(); i++) {
      routing.add(routing(routingNodes.get(i), "routing[" + i + "]"));
    }
    return checked("scoringModel", "",
        () -> new ScoringModel(name, ceiling, groups, fitGrades, levels, grades, routing));
  }

  private static RuleGroup group(JsonNode node, String path) {
    JsonObjectFields group = JsonObjectFields.of(node, path, GROUP);
    String name = group.text("name");
    Dimension dimension = constant(group, "dimension", Dimension.class);
    OptionalInt cap = group.optionalInteger("cap");
    Decay decay = group.object("decay", DECAY).map(ScoringModelJson::decay).orElse(Decay.none());
    List<JsonNode> ruleNodes = group.nonEmptyArray("rules");
    List<ScoringRule> rules = new ArrayList<>();
    for (int r = 0; r < ruleNodes.size(); r++) {
      rules.add(rule(ruleNodes.get(r), group.at("rules") + "[" + r + "]"));
    }
    return checked("group", path, () -> new RuleGroup(name, dimension, cap, decay, rules));
  }

  private static Decay decay(JsonObjectFields decay) {
    OptionalInt window = decay.optionalInteger("windowDays");
    OptionalInt halfLife = decay.optionalInteger("halfLifeDays");
    if (window.isPresent() == halfLife.isPresent()) {
      throw CrmValidationException.of(decay.path(), "required", "",
          "a decay has windowDays or halfLifeDays, " + (window.isPresent() ? "not both" : "and neither was given"));
    }
    return checked("decay", decay.path(),
        () -> window.isPresent() ? Decay.window(window.getAsInt()) : Decay.halfLife(halfLife.getAsInt()));
  }

  private static ScoringRule rule(JsonNode node, String path) {
    JsonObjectFields rule = JsonObjectFields.of(node, path, RULE);
    String id = rule.text("id");
    int points = rule.integer("points");
    Condition condition = checked("condition", path, () -> condition(rule));
    Optional<String> label = rule.optionalText("label");
    return checked("rule", path, () -> label.isPresent()
        ? ScoringRule.of(id, label.get(), condition, points)
        : ScoringRule.of(id, condition, points));
  }

  private static Condition condition(JsonObjectFields rule) {
    List<String> tests = new ArrayList<>();
    for (String test : FIELD_TESTS) {
      if (rule.has(test)) {
        tests.add(test);
      }
    }
    if (rule.has("event")) {
      tests.add("event");
    }
    if (tests.isEmpty()) {
      throw CrmValidationException.of(rule.path(), "required", "",
          "a rule has one test: equals, in, range, matches, contains, present, absent or event");
    }
    if (tests.size() > 1) {
      throw CrmValidationException.of(rule.at(tests.get(1)), "exclusive", tests.get(1),
          "a rule has one test; this one has " + tests.get(0) + " and " + tests.get(1));
    }
    String test = tests.get(0);
    if (test.equals("event")) {
      if (rule.has("field")) {
        throw CrmValidationException.of(rule.at("field"), "not-for-event", rule.text("field"),
            "an event rule counts behaviour events and tests no field");
      }
      return behaviour(rule);
    }
    for (String property : EVENT_PROPERTIES) {
      if (rule.has(property)) {
        throw CrmValidationException.of(rule.at(property), "not-for-field", property,
            property + " refines an event rule; this rule tests a field with " + test);
      }
    }
    String field = rule.text("field");
    return switch (test) {
      case "equals" -> Condition.equalTo(field, rule.text("equals"));
      case "in" -> new Condition.In(field, rule.texts("in"));
      case "range" -> range(field, rule.object("range", RANGE).orElseThrow());
      case "matches" -> Condition.matches(field, rule.text("matches"));
      case "contains" -> Condition.contains(field, rule.text("contains"));
      case "present" -> trueOnly(rule, "present", "absent", Condition.present(field));
      default -> trueOnly(rule, "absent", "present", Condition.absent(field));
    };
  }

  private static Condition trueOnly(JsonObjectFields rule, String name, String opposite, Condition condition) {
    if (!rule.flag(name)) {
      throw CrmValidationException.of(rule.at(name), "value", false,
          name + " is written as true; for the opposite use " + opposite);
    }
    return condition;
  }

  private static Condition range(String field, JsonObjectFields range) {
    OptionalDouble min = range.optionalNumber("min");
    OptionalDouble max = range.optionalNumber("max");
    return new Condition.Range(field, min, max);
  }

  private static Condition behaviour(JsonObjectFields rule) {
    OptionalInt maxTimes = rule.optionalInteger("maxTimes");
    return new Condition.Behaviour(
        rule.text("event"),
        rule.optionalText("detailContains"),
        rule.optionalText("detailMatches"),
        rule.optionalInteger("atLeast").orElse(1),
        rule.optionalInteger("withinDays"),
        rule.flag("perEvent"),
        maxTimes);
  }

  private static RoutingRule routing(JsonNode node, String path) {
    JsonObjectFields rule = JsonObjectFields.of(node, path, ROUTING);
    int minimumScore = rule.optionalInteger("minimumScore").orElse(0);
    Optional<FitGrade> minimumFit = rule.has("minimumFit")
        ? Optional.of(constant(rule, "minimumFit", FitGrade.class))
        : Optional.empty();
    List<String> grades = rule.texts("grades");
    Optional<LifecycleStage> stage = rule.optionalText("lifecycleStage")
        .map(text -> checked("lifecycleStage", rule.at("lifecycleStage"), () -> LifecycleStage.of(text)));
    Optional<LeadStatus> status = rule.has("leadStatus")
        ? Optional.of(constant(rule, "leadStatus", LeadStatus.class))
        : Optional.empty();
    return checked("routing", path, () -> new RoutingRule(minimumScore, minimumFit, grades, stage, status));
  }

  /** An enum constant by name, ignoring case. */
  private static <E extends Enum<E>> E constant(JsonObjectFields fields, String name, Class<E> type) {
    String text = fields.text(name);
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text.strip())) {
        return constant;
      }
      names.add(constant.name().toLowerCase(Locale.ROOT));
    }
    throw CrmValidationException.of(fields.at(name), "unknown", text, "expected one of " + String.join(", ", names));
  }

  /**
   * Makes a value, renaming the fields of its refusals from the value's own ({@code rule.points}) to
   * the path in the document ({@code groups[0].rules[2].points}).
   */
  private static <T> T checked(String prefix, String path, Supplier<T> make) {
    try {
      return make.get();
    } catch (CrmValidationException e) {
      String field = e.field();
      if (!field.equals(prefix) && !field.startsWith(prefix + ".") && !field.startsWith(prefix + "[")) {
        throw e;
      }
      String rest = field.substring(prefix.length());
      if (prefix.equals("routing") && rest.equals(".outcome")) {
        rest = "";
      }
      String located = path.isEmpty() ? (rest.startsWith(".") ? rest.substring(1) : rest) : path + rest;
      if (prefix.equals("scoringModel") && located.equals("name")) {
        located = "model";
      }
      throw CrmValidationException.of(JsonObjectFields.where(located), e.rule(), e.rejectedValue(), detail(e));
    }
  }

  /** The sentence of a refusal, without the field, rule and value its message starts with. */
  private static String detail(CrmValidationException e) {
    String value = e.rejectedValue();
    String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
    String base = e.field() + ": " + e.rule() + " (was '" + shown + "')";
    String message = e.getMessage();
    return message.startsWith(base + ": ") ? message.substring(base.length() + 2) : "";
  }

  // ------------------------------------------------------------------------------------ writing

  private static ObjectNode tree(ScoringModel model) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("model", model.name());
    if (model.ceiling() != ScoringModel.DEFAULT_CEILING) {
      root.put("ceiling", model.ceiling());
    }
    ArrayNode groups = root.putArray("groups");
    for (RuleGroup group : model.groups()) {
      ObjectNode node = groups.addObject();
      node.put("name", group.name());
      node.put("dimension", group.dimension().name().toLowerCase(Locale.ROOT));
      group.cap().ifPresent(cap -> node.put("cap", cap));
      if (group.decay() instanceof Decay.Window window) {
        node.putObject("decay").put("windowDays", window.days());
      } else if (group.decay() instanceof Decay.HalfLife halfLife) {
        node.putObject("decay").put("halfLifeDays", halfLife.days());
      }
      ArrayNode rules = node.putArray("rules");
      group.rules().forEach(rule -> rule(rules.addObject(), rule));
    }
    if (!model.fitGrades().equals(FitGrades.defaults())) {
      root.putObject("fitGrades")
          .put("A", model.fitGrades().a()).put("B", model.fitGrades().b()).put("C", model.fitGrades().c());
    }
    if (!model.engagementLevels().equals(EngagementLevels.defaults())) {
      root.putObject("engagementLevels")
          .put("1", model.engagementLevels().level1()).put("2", model.engagementLevels().level2());
    }
    if (!model.grades().isEmpty()) {
      ArrayNode grades = root.putArray("grades");
      model.grades().forEach(g -> grades.addObject().put("name", g.name()).put("minimumScore", g.minimumScore()));
    }
    if (!model.routing().isEmpty()) {
      ArrayNode routing = root.putArray("routing");
      for (RoutingRule rule : model.routing()) {
        ObjectNode node = routing.addObject();
        if (rule.minimumScore() > 0) {
          node.put("minimumScore", rule.minimumScore());
        }
        rule.minimumFit().ifPresent(fit -> node.put("minimumFit", fit.name()));
        if (!rule.grades().isEmpty()) {
          ArrayNode grades = node.putArray("grades");
          rule.grades().forEach(grades::add);
        }
        rule.lifecycleStage().ifPresent(stage -> node.put("lifecycleStage", stage.name()));
        rule.leadStatus().ifPresent(status -> node.put("leadStatus", status.name()));
      }
    }
    return root;
  }

  private static void rule(ObjectNode node, ScoringRule rule) {
    node.put("id", rule.id());
    if (!rule.hasDefaultLabel()) {
      node.put("label", rule.label());
    }
    Condition condition = rule.condition();
    if (condition instanceof Condition.OnField onField) {
      node.put("field", onField.field());
    }
    if (condition instanceof Condition.Equals equals) {
      node.put("equals", equals.value());
    } else if (condition instanceof Condition.In in) {
      ArrayNode values = node.putArray("in");
      in.values().forEach(values::add);
    } else if (condition instanceof Condition.Range range) {
      ObjectNode bounds = node.putObject("range");
      range.min().ifPresent(min -> putNumber(bounds, "min", min));
      range.max().ifPresent(max -> putNumber(bounds, "max", max));
    } else if (condition instanceof Condition.Matches matches) {
      node.put("matches", matches.pattern());
    } else if (condition instanceof Condition.Contains contains) {
      node.put("contains", contains.text());
    } else if (condition instanceof Condition.Present) {
      node.put("present", true);
    } else if (condition instanceof Condition.Absent) {
      node.put("absent", true);
    } else {
      Condition.Behaviour behaviour = (Condition.Behaviour) condition;
      node.put("event", behaviour.eventType());
      behaviour.detailContains().ifPresent(text -> node.put("detailContains", text));
      behaviour.detailMatches().ifPresent(pattern -> node.put("detailMatches", pattern));
      if (behaviour.atLeast() > 1) {
        node.put("atLeast", behaviour.atLeast());
      }
      behaviour.withinDays().ifPresent(days -> node.put("withinDays", days));
      if (behaviour.pointsPerEvent()) {
        node.put("perEvent", true);
      }
      behaviour.maxTimes().ifPresent(times -> node.put("maxTimes", times));
    }
    node.put("points", rule.points());
  }

  private static void putNumber(ObjectNode node, String name, double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      node.put(name, (long) value);
    } else {
      node.put(name, value);
    }
  }
}
