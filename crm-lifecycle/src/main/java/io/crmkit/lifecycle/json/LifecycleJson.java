package io.crmkit.lifecycle.json;

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
import io.crmkit.lifecycle.CriterionRegistry;
import io.crmkit.lifecycle.ExitCriterion;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.StageDefinition;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.Transition;
import io.crmkit.lifecycle.TriggerDefinition;
import io.crmkit.lifecycle.TriggerName;
import io.crmkit.lifecycle.internal.Names;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Reads and writes {@link LifecycleDefinition lifecycle definitions} as JSON. The format, and how
 * strictly it is read, is described in the {@linkplain io.crmkit.lifecycle.json package}.
 *
 * <pre>{@code
 * LifecycleDefinition<Deal> pipeline = LifecycleJson.read(json, criteria);
 * String again = LifecycleJson.write(pipeline);
 * }</pre>
 *
 * <p>Thread-safe; no state.
 */
public final class LifecycleJson {
  private static final Set<String> DEFINITION = Set.of("lifecycle", "stages", "triggers", "transitions");
  private static final Set<String> STAGE = Set.of("name", "label", "rank", "entry", "terminal", "onEnter", "onExit");
  private static final Set<String> TRIGGER = Set.of("name", "label");
  private static final Set<String> TRANSITION =
      Set.of("trigger", "from", "to", "exitCriteria", "events", "sideEffects");
  private static final Set<String> SIDE_EFFECT = Set.of("kind", "parameters");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private LifecycleJson() {}

  /**
   * Reads a definition.
   *
   * @param json the definition as JSON
   * @param criteria where the exit criteria named in the JSON are looked up
   * @throws CrmValidationException whose field is the path to the first problem: the JSON is
   *     malformed, breaks the format, names an unknown criterion, or describes a definition that
   *     fails the checks of {@link LifecycleDefinition.Builder#build()}
   */
  public static <C> LifecycleDefinition<C> read(String json, CriterionRegistry<C> criteria) {
    CrmValidationException.required("json", json);
    CrmValidationException.required("criteria", criteria);
    try {
      return definition(MAPPER.readTree(json), criteria);
    } catch (JsonProcessingException e) {
      throw JsonObjectFields.malformed(e);
    }
  }

  /**
   * Reads a definition from a reader, which is left open.
   *
   * @throws UncheckedIOException when the reader fails
   * @see #read(String, CriterionRegistry)
   */
  public static <C> LifecycleDefinition<C> read(Reader json, CriterionRegistry<C> criteria) {
    CrmValidationException.required("json", json);
    CrmValidationException.required("criteria", criteria);
    try {
      return definition(MAPPER.readTree(json), criteria);
    } catch (JsonProcessingException e) {
      throw JsonObjectFields.malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a definition as indented JSON, ending with a new line. Exit criteria are written by id:
   * to read the JSON back, give a registry that holds them.
   */
  public static String write(LifecycleDefinition<?> definition) {
    CrmValidationException.required("definition", definition);
    try {
      return WRITER.writeValueAsString(tree(definition)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of texts, numbers and booleans is always written", e);
    }
  }

  private static <C> LifecycleDefinition<C> definition(JsonNode root, CriterionRegistry<C> criteria) {
    if (root.isMissingNode()) {
      throw CrmValidationException.of("json", "required", "", "the text holds no JSON value");
    }
    JsonObjectFields fields = JsonObjectFields.of(root, "", DEFINITION);
    LifecycleDefinition.Builder<C> builder = LifecycleDefinition.builder(fields.text("lifecycle"), criteria);
    List<JsonNode> stages = JsonObjectFields.elements(fields.value("stages"), "stages");
    for (int i = 0; i < stages.size(); i++) {
      stage(builder, stages.get(i), "stages[" + i + "]");
    }
    List<JsonNode> triggers = fields.array("triggers");
    for (int i = 0; i < triggers.size(); i++) {
      trigger(builder, triggers.get(i), "triggers[" + i + "]");
    }
    List<JsonNode> transitions = fields.array("transitions");
    for (int i = 0; i < transitions.size(); i++) {
      transition(builder, transitions.get(i), "transitions[" + i + "]");
    }
    return builder.build();
  }

  private static void stage(LifecycleDefinition.Builder<?> builder, JsonNode node, String path) {
    JsonObjectFields stage = JsonObjectFields.of(node, path, STAGE);
    String name = stage.text("name");
    int rank = stage.integer("rank");
    List<SideEffect> onEnter = sideEffects(stage, "onEnter");
    List<SideEffect> onExit = sideEffects(stage, "onExit");
    builder.stage(name, rank, spec -> {
      stage.optionalText("label").ifPresent(spec::label);
      if (stage.flag("entry")) {
        spec.entry();
      }
      if (stage.flag("terminal")) {
        spec.terminal();
      }
      spec.onEnter(onEnter).onExit(onExit);
    });
  }

  private static void trigger(LifecycleDefinition.Builder<?> builder, JsonNode node, String path) {
    if (node.isTextual()) {
      builder.trigger(node.textValue());
      return;
    }
    if (!node.isObject()) {
      throw CrmValidationException.of(
          path, "type", node.toString(), "expected a string or an object, found " + JsonObjectFields.type(node));
    }
    JsonObjectFields trigger = JsonObjectFields.of(node, path, TRIGGER);
    String name = trigger.text("name");
    builder.trigger(name, trigger.optionalText("label").orElse(name));
  }

  private static void transition(LifecycleDefinition.Builder<?> builder, JsonNode node, String path) {
    JsonObjectFields transition = JsonObjectFields.of(node, path, TRANSITION);
    String trigger = transition.text("trigger");
    JsonNode fromNode = transition.value("from");
    List<String> from = fromNode.isTextual()
        ? List.of(fromNode.textValue())
        : texts(JsonObjectFields.elements(fromNode, transition.at("from")), transition.at("from"));
    String to = transition.text("to");
    List<String> criteria = transition.texts("exitCriteria");
    List<String> events = transition.texts("events");
    List<SideEffect> sideEffects = sideEffects(transition, "sideEffects");
    builder.transition(trigger, spec -> spec
        .from(from.toArray(String[]::new))
        .to(to)
        .requires(criteria.toArray(String[]::new))
        .emits(events.toArray(String[]::new))
        .sideEffects(sideEffects));
  }

  private static List<String> texts(List<JsonNode> nodes, String path) {
    return IntStream.range(0, nodes.size())
        .mapToObj(i -> JsonObjectFields.text(nodes.get(i), path + "[" + i + "]"))
        .toList();
  }

  private static List<SideEffect> sideEffects(JsonObjectFields owner, String name) {
    List<JsonNode> nodes = owner.array(name);
    List<SideEffect> effects = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String path = owner.at(name) + "[" + i + "]";
      JsonObjectFields effect = JsonObjectFields.of(nodes.get(i), path, SIDE_EFFECT);
      String kind = effect.text("kind");
      Names.canonical(effect.at("kind"), kind);
      Map<String, String> parameters = effect.textsByName("parameters");
      parameters.forEach((key, value) -> {
        CrmValidationException.requiredText(effect.at("parameters"), key);
        CrmValidationException.requiredText(effect.at("parameters") + "." + key, value);
      });
      effects.add(SideEffect.of(kind, parameters));
    }
    return effects;
  }

  private static ObjectNode tree(LifecycleDefinition<?> definition) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("lifecycle", definition.name());
    ArrayNode stages = root.putArray("stages");
    for (StageDefinition stage : definition.stages()) {
      ObjectNode node = stages.addObject();
      if (StageName.of(stage.label()).equals(stage.name())) {
        node.put("name", stage.label());
      } else {
        node.put("name", stage.name().value());
        node.put("label", stage.label());
      }
      node.put("rank", stage.rank());
      if (stage.entry()) {
        node.put("entry", true);
      }
      if (stage.terminal()) {
        node.put("terminal", true);
      }
      putSideEffects(node, "onEnter", stage.onEnter());
      putSideEffects(node, "onExit", stage.onExit());
    }
    if (!definition.triggers().isEmpty()) {
      ArrayNode triggers = root.putArray("triggers");
      for (TriggerDefinition trigger : definition.triggers()) {
        if (TriggerName.of(trigger.label()).equals(trigger.name())) {
          triggers.add(trigger.label());
        } else {
          triggers.addObject().put("name", trigger.name().value()).put("label", trigger.label());
        }
      }
    }
    if (!definition.transitions().isEmpty()) {
      ArrayNode transitions = root.putArray("transitions");
      for (Transition<?> transition : definition.transitions()) {
        ObjectNode node = transitions.addObject();
        node.put("trigger", spelled(definition, transition.trigger()));
        if (transition.from().size() == 1) {
          node.put("from", spelled(definition, transition.from().get(0)));
        } else {
          ArrayNode from = node.putArray("from");
          transition.from().forEach(stage -> from.add(spelled(definition, stage)));
        }
        node.put("to", spelled(definition, transition.to()));
        if (!transition.exitCriteria().isEmpty()) {
          ArrayNode criteria = node.putArray("exitCriteria");
          for (ExitCriterion<?> criterion : transition.exitCriteria()) {
            criteria.add(criterion.id().value());
          }
        }
        if (!transition.events().isEmpty()) {
          ArrayNode events = node.putArray("events");
          transition.events().forEach(event -> events.add(event.value()));
        }
        putSideEffects(node, "sideEffects", transition.sideEffects());
      }
    }
    return root;
  }

  /** A stage as written in references: its label when that spells its name, else its name. */
  private static String spelled(LifecycleDefinition<?> definition, StageName stage) {
    return definition.stage(stage)
        .filter(s -> StageName.of(s.label()).equals(stage))
        .map(StageDefinition::label)
        .orElse(stage.value());
  }

  /** A trigger as written in references: its label when that spells its name, else its name. */
  private static String spelled(LifecycleDefinition<?> definition, TriggerName trigger) {
    return definition.trigger(trigger)
        .filter(t -> TriggerName.of(t.label()).equals(trigger))
        .map(TriggerDefinition::label)
        .orElse(trigger.value());
  }

  private static void putSideEffects(ObjectNode owner, String name, List<SideEffect> effects) {
    if (effects.isEmpty()) {
      return;
    }
    ArrayNode array = owner.putArray(name);
    for (SideEffect effect : effects) {
      ObjectNode node = array.addObject();
      node.put("kind", effect.kind());
      if (!effect.parameters().isEmpty()) {
        ObjectNode parameters = node.putObject("parameters");
        new TreeMap<>(effect.parameters()).forEach(parameters::put);
      }
    }
  }
}
