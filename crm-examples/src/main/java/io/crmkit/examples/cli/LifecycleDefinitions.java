package io.crmkit.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.json.CrmJson;
import io.crmkit.examples.lifecycle.ReplayContext;
import io.crmkit.examples.lifecycle.ReplayContexts;
import io.crmkit.examples.lifecycle.ShippedLifecycle;
import io.crmkit.lifecycle.ExitCriterion;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.StageDefinition;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.Transition;
import io.crmkit.lifecycle.TriggerDefinition;
import io.crmkit.lifecycle.json.LifecycleJson;
import io.crmkit.examples.report.TextTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * How the {@code crm lifecycle} commands read a JSON definition: the file's text, whose criteria its
 * exit criteria are (chosen with {@code --criteria}, or by the definition's name when it is a shipped
 * lifecycle's), and the definition itself; and how {@code validate} prints one.
 */
final class LifecycleDefinitions {
  /** The name of the criteria of a definition that names none. */
  static final String NO_CRITERIA = "none";

  private LifecycleDefinitions() {}

  /**
   * A definition's text and the context its criteria are resolved in.
   *
   * @param json the definition as JSON
   * @param context the criteria and the record they read
   * @param criteriaName whose criteria: a shipped lifecycle's short name, or {@value #NO_CRITERIA}
   */
  record Source(String json, ReplayContext<?> context, String criteriaName) {}

  /**
   * Reads a definition file and chooses its criteria.
   *
   * @param option the option or parameter that names the file, for messages: {@code --definition}
   * @throws CrmValidationException when the file is missing or unreadable (exit code 2)
   * @throws ParameterException when the definition names exit criteria but neither
   *     {@code --criteria} nor its name says whose they are
   */
  static Source fromFile(CommandLine command, String option, Path file, Optional<ShippedLifecycle> criteria) {
    String json = text(option, file);
    if (criteria.isPresent()) {
      return new Source(json, criteria.get().context(), criteria.get().key());
    }
    Optional<JsonNode> root = tree(json);
    Optional<ShippedLifecycle> named = root.map(r -> r.path("lifecycle"))
        .filter(JsonNode::isTextual)
        .flatMap(name -> ShippedLifecycle.byLifecycleName(name.textValue()));
    if (named.isPresent()) {
      return new Source(json, named.get().context(), named.get().key());
    }
    if (root.isPresent() && namesCriteria(root.get())) {
      throw new ParameterException(command, "lifecycle '" + root.get().path("lifecycle").asText("")
          + "' in " + file + " is not a shipped lifecycle, and its transitions name exit criteria: say whose"
          + " criteria they are with --criteria " + String.join("|", ShippedLifecycle.keys()));
    }
    return new Source(json, ReplayContexts.withoutCriteria(), NO_CRITERIA);
  }

  /** A shipped lifecycle's JSON with its own criteria. */
  static Source shipped(ShippedLifecycle lifecycle) {
    return new Source(lifecycle.shippedJson(), lifecycle.context(), lifecycle.key());
  }

  /**
   * Reads the definition.
   *
   * @throws CrmValidationException whose field is the path to the first problem in the JSON
   */
  static <C> LifecycleDefinition<C> read(String json, ReplayContext<C> context) {
    return LifecycleJson.read(json, context.criteria());
  }

  /** Prints that a definition is invalid, and why, on {@code err}. */
  static void printInvalid(PrintWriter err, String where, CrmValidationException e) {
    err.println("error: " + where + " is not a valid lifecycle definition");
    err.println("  " + e.getMessage());
    err.flush();
  }

  /** The UTF-8 text of a file, refused as the option's value when missing or unreadable. */
  static String text(String option, Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException e) {
      throw CrmValidationException.of(option, "missing", file, "no such file");
    } catch (CharacterCodingException e) {
      throw CrmValidationException.of(option, "unreadable", file, "not UTF-8");
    } catch (IOException e) {
      throw CrmValidationException.of(option, "unreadable", file, "cannot read the file: " + e.getMessage());
    }
  }

  private static Optional<JsonNode> tree(String json) {
    try {
      JsonNode root = CrmJson.mapper().readTree(json);
      return root != null && root.isObject() ? Optional.of(root) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty(); // reading the definition reports it, with its line and column
    }
  }

  private static boolean namesCriteria(JsonNode root) {
    for (JsonNode transition : root.path("transitions")) {
      JsonNode criteria = transition.path("exitCriteria");
      if (criteria.isArray() && !criteria.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Prints a definition: its stages with their ranks, its triggers, its transitions and their exit criteria. */
  static void printSummary(PrintWriter out, LifecycleDefinition<?> definition, String criteriaName) {
    out.println("Lifecycle '" + definition.name() + "' is valid: " + count(definition.stages().size(), "stage") + ", "
        + count(definition.triggers().size(), "trigger") + ", " + count(definition.transitions().size(), "transition")
        + " (criteria: " + criteriaName + ")");
    out.println();
    out.println("Stages (a move to a lower rank goes back: only a person may make it, giving a reason)");
    TextTable stages = TextTable.of(TextTable.left("STAGE"), TextTable.right("RANK"), TextTable.left("KIND"));
    for (StageDefinition stage : definition.stages()) {
      List<String> kind = new ArrayList<>();
      if (stage.entry()) {
        kind.add("entry");
      }
      if (stage.terminal()) {
        kind.add("terminal");
      }
      stages.row(stage.label(), Integer.toString(stage.rank()), String.join(", ", kind));
    }
    out.print(stages.render());
    out.println();
    out.println("Triggers: " + definition.triggers().stream().map(TriggerDefinition::label)
        .collect(Collectors.joining(", ")));
    out.println();
    out.println("Transitions");
    TextTable transitions = TextTable.of(
        TextTable.left("TRIGGER"), TextTable.left("FROM"), TextTable.left("TO"), TextTable.left("EXIT CRITERIA"));
    Map<String, String> criteria = new LinkedHashMap<>();
    for (Transition<?> transition : definition.transitions()) {
      String to = label(definition, transition.to());
      if (transition.from().contains(transition.to())) {
        to += " (stays)";
      } else if (transition.from().stream().anyMatch(from -> definition.isBackward(from, transition.to()))) {
        to += " (back)";
      }
      for (ExitCriterion<?> criterion : transition.exitCriteria()) {
        criteria.putIfAbsent(criterion.id().value(), criterion.description());
      }
      transitions.row(
          definition.trigger(transition.trigger()).map(TriggerDefinition::label).orElse(transition.trigger().value()),
          transition.from().stream().map(from -> label(definition, from)).collect(Collectors.joining(", ")),
          to,
          transition.exitCriteria().stream().map(c -> c.id().value()).collect(Collectors.joining(", ")));
    }
    out.print(transitions.render());
    if (!criteria.isEmpty()) {
      out.println();
      out.println("Exit criteria");
      criteria.forEach((id, description) -> out.println("  " + id + ": " + description));
    }
    out.flush();
  }

  private static String label(LifecycleDefinition<?> definition, StageName stage) {
    return definition.stage(stage).map(StageDefinition::label).orElse(stage.value());
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
