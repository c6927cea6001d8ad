package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The properties of one JSON object being read strictly, with its path for messages: refuses
 * properties it does not know and values of the wrong type, naming the path (such as
 * {@code groups[1].rules[0].withinDays}), the rule and the value in a
 * {@link CrmValidationException}. {@code null} counts as absent. For the JSON formats of the other
 * crmkit modules (lifecycle definitions, scoring models), so that they read as strictly as
 * crm-core's own and report problems the same way.
 */
public final class JsonObjectFields {
  private final JsonNode node;
  private final String path;

  private JsonObjectFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * The object at {@code path}, which may have only the properties {@code known}.
   *
   * @throws CrmValidationException rule {@code type} when the value is not an object,
   *     {@code unknown-property} naming the first property not known
   */
  public static JsonObjectFields of(JsonNode node, String path, Set<String> known) {
    if (!node.isObject()) {
      throw CrmValidationException.of(where(path), "type", shown(node), "expected an object, found " + type(node));
    }
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String name = property.getKey();
      if (!known.contains(name)) {
        throw CrmValidationException.of(at(path, name), "unknown-property", name,
            "unknown property '" + name + "'; known: " + String.join(", ", new TreeSet<>(known)));
      }
    }
    return new JsonObjectFields(node, path);
  }

  /** The path of this object. */
  public String path() {
    return path;
  }

  /** The path of a property of this object. */
  public String at(String name) {
    return at(path, name);
  }

  /** Whether the property is given (and not null). */
  public boolean has(String name) {
    return present(name) != null;
  }

  /** A required text property. */
  public String text(String name) {
    return optionalText(name).orElseThrow(() -> missing(name));
  }

  /** An optional text property. */
  public Optional<String> optionalText(String name) {
    JsonNode value = present(name);
    return value == null ? Optional.empty() : Optional.of(text(value, at(name)));
  }

  /** A required whole number that fits an int. */
  public int integer(String name) {
    OptionalInt value = optionalInteger(name);
    if (value.isEmpty()) {
      throw missing(name);
    }
    return value.getAsInt();
  }

  /** An optional whole number that fits an int. */
  public OptionalInt optionalInteger(String name) {
    JsonNode value = present(name);
    if (value == null) {
      return OptionalInt.empty();
    }
    if (!value.isIntegralNumber()) {
      throw CrmValidationException.of(at(name), "type", shown(value), "expected a whole number, found " + type(value));
    }
    if (!value.canConvertToInt()) {
      throw CrmValidationException.of(at(name), "range", shown(value), "expected a whole number that fits 32 bits");
    }
    return OptionalInt.of(value.intValue());
  }

  /** An optional number, whole or not. */
  public OptionalDouble optionalNumber(String name) {
    JsonNode value = present(name);
    if (value == null) {
      return OptionalDouble.empty();
    }
    if (!value.isNumber()) {
      throw CrmValidationException.of(at(name), "type", shown(value), "expected a number, found " + type(value));
    }
    return OptionalDouble.of(value.doubleValue());
  }

  /** An optional boolean, {@code false} when absent. */
  public boolean flag(String name) {
    JsonNode value = present(name);
    if (value == null) {
      return false;
    }
    if (!value.isBoolean()) {
      throw CrmValidationException.of(at(name), "type", shown(value), "expected true or false, found " + type(value));
    }
    return value.booleanValue();
  }

  /** An optional object at a property; empty when absent. */
  public Optional<JsonObjectFields> object(String name, Set<String> known) {
    JsonNode value = present(name);
    return value == null ? Optional.empty() : Optional.of(of(value, at(name), known));
  }

  /** An optional array; empty when absent. */
  public List<JsonNode> array(String name) {
    JsonNode value = present(name);
    return value == null ? List.of() : elements(value, at(name));
  }

  /** A required array with at least one element. */
  public List<JsonNode> nonEmptyArray(String name) {
    JsonNode value = present(name);
    if (value == null) {
      throw missing(name);
    }
    return elements(value, at(name));
  }

  /** An optional array of texts; empty when absent. */
  public List<String> texts(String name) {
    List<JsonNode> elements = array(name);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      texts.add(text(elements.get(i), at(name) + "[" + i + "]"));
    }
    return texts;
  }

  /** A required value of any JSON type. */
  public JsonNode value(String name) {
    JsonNode value = present(name);
    if (value == null) {
      throw missing(name);
    }
    return value;
  }

  /** An optional object of texts, in the order given; empty when absent. */
  public Map<String, String> textsByName(String name) {
    JsonNode value = present(name);
    Map<String, String> texts = new LinkedHashMap<>();
    if (value == null) {
      return texts;
    }
    if (!value.isObject()) {
      throw CrmValidationException.of(at(name), "type", shown(value), "expected an object, found " + type(value));
    }
    value.properties().forEach(e -> texts.put(e.getKey(), text(e.getValue(), at(name) + "." + e.getKey())));
    return texts;
  }

  /** The elements of an array. */
  public static List<JsonNode> elements(JsonNode value, String path) {
    if (!value.isArray()) {
      throw CrmValidationException.of(where(path), "type", shown(value), "expected an array, found " + type(value));
    }
    List<JsonNode> elements = new ArrayList<>();
    value.elements().forEachRemaining(elements::add);
    return elements;
  }

  /** A text value. */
  public static String text(JsonNode value, String path) {
    if (!value.isTextual()) {
      throw CrmValidationException.of(path, "type", shown(value), "expected a string, found " + type(value));
    }
    return value.textValue();
  }

  /** The path of a property of the object at {@code path}. */
  public static String at(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The field to name for a path: the path, or {@code json} for the document itself. */
  public static String where(String path) {
    return path.isEmpty() ? "json" : path;
  }

  /** A JSON type as a person names it. */
  public static String type(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case BINARY -> "binary data";
      case MISSING -> "nothing";
    };
  }

  private static String shown(JsonNode value) {
    return value.isTextual() ? value.textValue() : value.toString();
  }

  private @Nullable JsonNode present(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  /** The refusal of a missing required property. */
  public CrmValidationException missing(String name) {
    return CrmValidationException.of(at(name), "required", null, "property '" + name + "' is required");
  }

  /**
   * The refusal of text that is not well-formed JSON: field the dotted path where the parser stopped
   * (such as {@code stages[2].name}), rule {@code malformed}, the line and column as the value, and
   * the parser's own words as the detail.
   */
  public static CrmValidationException malformed(JsonProcessingException e) {
    String path = "";
    if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
      path = dotted(parser.getParsingContext().pathAsPointer().toString());
    }
    String where = e.getLocation() == null
        ? "?"
        : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    return CrmValidationException.of(where(path), "malformed", where, e.getOriginalMessage());
  }

  /** A JSON pointer ({@code /groups/0/name}) as a dotted path ({@code groups[0].name}). */
  private static String dotted(String pointer) {
    StringBuilder path = new StringBuilder();
    for (String segment : pointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      String name = segment.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        path.append('[').append(name).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(name);
      }
    }
    return path.toString();
  }
}
