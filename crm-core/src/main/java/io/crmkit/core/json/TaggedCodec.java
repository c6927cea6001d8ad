package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One of several types, as a JSON object whose {@code "type"} property holds the type's stable name,
 * written first: {@code {"type":"contact.created","eventId":...}}.
 *
 * <p>The name read is looked up in a catalogue the codec was given (for events, crmkit's own
 * {@code CrmEvents.typeNamed}); a name not in it, a class name included, is refused. No class is
 * ever looked up or loaded from the input. The {@code type} property may come anywhere in the
 * object: the object is buffered until it is found.
 *
 * @param <T> the common type of the variants
 */
final class TaggedCodec<T> implements Codec<T> {
  /** The name of the property holding the type name. */
  static final String TYPE = "type";

  private final @Nullable String root;
  private final String kind;
  private final Function<String, Optional<Class<? extends T>>> catalogue;
  private final Map<Class<?>, Variant<? extends T>> variants;

  /** One type of the union: its stable name and the codec of its other properties. */
  private record Variant<S>(String tag, Class<S> type, ObjectCodec<S> codec) {}

  private TaggedCodec(@Nullable String root, String kind, Function<String, Optional<Class<? extends T>>> catalogue,
      Map<Class<?>, Variant<? extends T>> variants) {
    this.root = root;
    this.kind = kind;
    this.catalogue = catalogue;
    this.variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
  }

  /**
   * Starts a union.
   *
   * @param root the name failures of the type tag are reported under ({@code event}), or null when
   *     the union is always a property of something else
   * @param kind what the tag names, for messages: {@code event type}
   */
  static <T> Builder<T> builder(@Nullable String root, String kind) {
    return new Builder<>(root, kind);
  }

  /** Collects the variants of a union. */
  static final class Builder<T> {
    private final @Nullable String root;
    private final String kind;
    private final Map<Class<?>, Variant<? extends T>> variants = new LinkedHashMap<>();

    private Builder(@Nullable String root, String kind) {
      this.root = root;
      this.kind = kind;
    }

    /** Adds a variant written with {@code tag} and the properties of {@code codec}. */
    <S extends T> Builder<T> variant(String tag, Class<S> type, ObjectCodec<S> codec) {
      if (variants.values().stream().anyMatch(v -> v.tag().equals(tag))) {
        throw new IllegalArgumentException("type name " + tag + " given twice");
      }
      variants.put(type, new Variant<>(tag, type, codec));
      return this;
    }

    /** The union, reading tags by the names given to {@link #variant}. */
    TaggedCodec<T> build() {
      Map<String, Class<? extends T>> byTag = new LinkedHashMap<>();
      variants.values().forEach(v -> byTag.put(v.tag(), v.type()));
      return new TaggedCodec<>(root, kind, tag -> Optional.ofNullable(byTag.get(tag)), variants);
    }

    /**
     * The union, reading tags through an outside catalogue of names to types; every type the
     * catalogue knows must have a variant under the same name.
     *
     * @throws IllegalStateException when a type of the catalogue has no variant, or another name
     */
    TaggedCodec<T> buildWith(Map<String, ? extends Class<? extends T>> types,
        Function<String, Optional<Class<? extends T>>> catalogue) {
      types.forEach((tag, type) -> {
        Variant<? extends T> v = variants.get(type);
        if (v == null || !v.tag().equals(tag)) {
          throw new IllegalStateException("no JSON form for " + kind + " " + tag + " (" + type.getName() + ")");
        }
      });
      return new TaggedCodec<>(root, kind, catalogue, variants);
    }
  }

  @Override
  public void write(T value, JsonGenerator out) throws IOException {
    write(variantOf(value, out), value, out);
  }

  private <S extends T> void write(Variant<S> variant, T value, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField(TYPE, variant.tag());
    variant.codec().writeProperties(variant.type().cast(value), out);
    out.writeEndObject();
  }

  private Variant<? extends T> variantOf(T value, JsonGenerator out) throws IOException {
    Variant<? extends T> variant = variants.get(value.getClass());
    if (variant == null) {
      throw new JsonGenerationException("no JSON form for " + value.getClass().getName(), out);
    }
    return variant;
  }

  @Override
  public T read(JsonParser in) throws IOException {
    return read(in, null);
  }

  /** A codec of one variant: written as the union writes it; reading refuses another type name. */
  <S extends T> Codec<S> only(Class<S> type) {
    Variant<? extends T> variant = variants.get(type);
    if (variant == null) {
      throw new IllegalArgumentException("no variant " + type.getName());
    }
    return new Codec<>() {
      @Override
      public void write(S value, JsonGenerator out) throws IOException {
        TaggedCodec.this.write(value, out);
      }

      @Override
      public S read(JsonParser in) throws IOException {
        return type.cast(TaggedCodec.this.read(in, variant));
      }
    };
  }

  private T read(JsonParser in, @Nullable Variant<? extends T> expected) throws IOException {
    Scalars.expect(in, JsonToken.START_OBJECT, "an object");
    TokenBuffer buffer = new TokenBuffer(in);
    try {
      buffer.copyCurrentStructure(in);
    } catch (StreamReadException e) {
      throw underRoot(ReadFailure.malformed(e));
    }
    Variant<? extends T> variant = variantNamed(tagOf(buffer));
    if (expected != null && variant != expected) {
      throw underRoot(ReadFailure.of("expected " + ReadFailure.shown(expected.tag()) + ", found "
          + ReadFailure.shown(variant.tag())).at(TYPE));
    }
    try (JsonParser body = buffer.asParser()) {
      body.nextToken();
      return variant.codec().read(body, Set.of(TYPE));
    }
  }

  private String tagOf(TokenBuffer buffer) throws IOException {
    String tag = null;
    try (JsonParser scan = buffer.asParser()) {
      scan.nextToken();
      while (scan.nextToken() == JsonToken.FIELD_NAME) {
        String name = scan.currentName();
        JsonToken value = scan.nextToken();
        if (!TYPE.equals(name)) {
          scan.skipChildren();
          continue;
        }
        if (tag != null) {
          throw underRoot(ReadFailure.of("duplicate property").at(TYPE));
        }
        if (value != JsonToken.VALUE_STRING) {
          throw underRoot(Scalars.mismatch("a string", value).at(TYPE));
        }
        tag = scan.getText();
      }
    }
    if (tag == null) {
      throw underRoot(ReadFailure.of("missing required property " + TYPE));
    }
    return tag;
  }

  private Variant<? extends T> variantNamed(String tag) {
    Optional<Class<? extends T>> type = catalogue.apply(tag);
    Variant<? extends T> variant = type.isPresent() ? variants.get(type.get()) : null;
    if (variant == null) {
      throw underRoot(ReadFailure.of("unknown " + kind + " " + ReadFailure.shown(tag) + "; " + known()).at(TYPE));
    }
    return variant;
  }

  private String known() {
    if (variants.size() > 8) {
      return kind + "s are stable names such as " + variants.values().iterator().next().tag()
          + ", never class names";
    }
    return "expected one of " + String.join(", ", variants.values().stream().map(Variant::tag).toList());
  }

  private ReadFailure underRoot(ReadFailure f) {
    return root == null ? f : f.at(root);
  }
}
