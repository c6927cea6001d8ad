package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.crmkit.core.CrmValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object with a fixed list of properties, read strictly: an unknown or repeated property is
 * refused, every required property missing is named at once, and the object is made through the
 * model's own constructor or builder, so every check of the model runs.
 *
 * <p>Writing: properties in the order declared; an {@code Optional} property is left out when
 * empty, every other property is always written (lists as arrays, possibly empty). Reading: a
 * property given as {@code null} is absent; an absent optional property is empty, an absent list
 * is empty, an absent defaulted property keeps the builder's default, an absent required property
 * is an error.
 *
 * <p>Records are described with {@link #of} (one overload per arity, so the constructor's argument
 * types are checked by the compiler), aggregates with {@link #built}.
 *
 * @param <T> the type written and read
 */
final class ObjectCodec<T> implements Codec<T> {
  private final @Nullable String root;
  private final List<Field<T, ?>> fields;
  private final Map<String, Integer> index;
  private final Function<@Nullable Object[], T> make;

  private ObjectCodec(@Nullable String root, List<Field<T, ?>> fields, Function<@Nullable Object[], T> make) {
    this.root = root;
    this.fields = List.copyOf(fields);
    this.make = make;
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < this.fields.size(); i++) {
      if (byName.put(this.fields.get(i).name, i) != null) {
        throw new IllegalArgumentException("property " + this.fields.get(i).name + " declared twice");
      }
    }
    this.index = Map.copyOf(byName);
  }

  /**
   * This codec reporting failures under {@code root}: the name of a record read on its own, such as
   * {@code contact}, so that paths read {@code contact.emails[1]}.
   */
  ObjectCodec<T> withRoot(String root) {
    return new ObjectCodec<>(root, fields, make);
  }

  /** The names of the properties that must be present, in declared order. */
  List<String> requiredNames() {
    return fields.stream().filter(f -> f.required).map(f -> f.name).toList();
  }

  /** The names of every property, in declared order. */
  List<String> names() {
    return fields.stream().map(f -> f.name).toList();
  }

  @Override
  public void write(T value, JsonGenerator out) throws IOException {
    out.writeStartObject();
    writeProperties(value, out);
    out.writeEndObject();
  }

  /** Writes the properties of {@code value} into an object already started. */
  void writeProperties(T value, JsonGenerator out) throws IOException {
    for (Field<T, ?> field : fields) {
      field.writeFrom(value, out);
    }
  }

  @Override
  public T read(JsonParser in) throws IOException {
    return read(in, Set.of());
  }

  /**
   * Reads the object, skipping the properties in {@code alsoAllowed} (a type tag already read).
   *
   * @throws ReadFailure naming the path under this codec's root
   */
  T read(JsonParser in, Set<String> alsoAllowed) throws IOException {
    try {
      return readObject(in, alsoAllowed);
    } catch (ReadFailure f) {
      throw root == null ? f : f.at(root);
    }
  }

  private T readObject(JsonParser in, Set<String> alsoAllowed) throws IOException {
    Scalars.expect(in, JsonToken.START_OBJECT, "an object");
    @Nullable Object[] values = new Object[fields.size()];
    boolean[] seen = new boolean[fields.size()];
    try {
      for (JsonToken t = in.nextToken(); t != JsonToken.END_OBJECT; t = in.nextToken()) {
        if (t != JsonToken.FIELD_NAME) {
          throw Scalars.mismatch("a property name", t);
        }
        String name = in.currentName();
        Integer i = index.get(name);
        if (i == null) {
          if (!alsoAllowed.contains(name)) {
            throw ReadFailure.of(unknownProperty(alsoAllowed)).at(name);
          }
          in.nextToken();
          in.skipChildren();
          continue;
        }
        if (seen[i]) {
          throw ReadFailure.of("duplicate property").at(name);
        }
        seen[i] = true;
        if (in.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        try {
          values[i] = fields.get(i).slot.read(in);
        } catch (ReadFailure f) {
          throw f.at(name);
        } catch (StreamReadException e) {
          throw ReadFailure.malformed(e).at(name);
        }
      }
    } catch (StreamReadException e) {
      throw ReadFailure.malformed(e);
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && fields.get(i).required) {
        missing.add(fields.get(i).name);
      }
    }
    if (!missing.isEmpty()) {
      throw ReadFailure.of((missing.size() == 1 ? "missing required property " : "missing required properties ")
          + String.join(", ", missing));
    }
    try {
      return make.apply(values);
    } catch (CrmValidationException e) {
      throw ReadFailure.invalid(e);
    } catch (ReadFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw ReadFailure.refused(e);
    }
  }

  private String unknownProperty(Set<String> alsoAllowed) {
    List<String> known = new ArrayList<>(alsoAllowed);
    known.addAll(names());
    return known.isEmpty() ? "unknown property; this object has none"
        : "unknown property; expected one of " + String.join(", ", known);
  }

  // ------------------------------------------------------------------------------- properties

  /** How the value of one property is written and read, and what its absence means. */
  private interface Slot<X> {
    /** Whether the value is left out when writing (an empty {@code Optional}). */
    boolean omits(X value);

    void write(X value, JsonGenerator out) throws IOException;

    X read(JsonParser in) throws IOException;

    /** What an absent property stands for in a record's constructor. */
    X absent();
  }

  /**
   * One property: its name, how its value is written and read, and the accessor it is written from.
   *
   * @param <T> the type that has the property
   * @param <X> the accessor's type ({@code Optional<V>} and {@code List<V>} included)
   */
  static final class Field<T, X> {
    private final String name;
    private final Slot<X> slot;
    private final Function<T, X> get;
    private final boolean required;

    private Field(String name, Slot<X> slot, Function<T, X> get, boolean required) {
      this.name = name;
      this.slot = slot;
      this.get = get;
      this.required = required;
    }

    private void writeFrom(T owner, JsonGenerator out) throws IOException {
      X value = get.apply(owner);
      if (!slot.omits(value)) {
        out.writeFieldName(name);
        slot.write(value, out);
      }
    }

    /** The value read, or what absence stands for. */
    @SuppressWarnings("unchecked")
    private X valueOf(@Nullable Object read) {
      return read == null ? slot.absent() : (X) read;
    }
  }

  /** A property that must be present. */
  static <T, V> Field<T, V> required(String name, Codec<V> codec, Function<T, V> get) {
    return new Field<>(name, plain(codec), get, true);
  }

  /** A property left out when empty. */
  static <T, V> Field<T, Optional<V>> optional(String name, Codec<V> codec, Function<T, Optional<V>> get) {
    return new Field<>(name, optional(codec), get, false);
  }

  /** An array, empty when absent. */
  static <T, V> Field<T, List<V>> list(String name, Codec<V> codec, Function<T, List<V>> get) {
    return new Field<>(name, sequence(Containers.list(codec), List.of()), get, false);
  }

  /** An array of distinct values; required, since every set in the model is non-empty. */
  static <T, V> Field<T, Set<V>> set(String name, Codec<V> codec, Function<T, Set<V>> get) {
    return new Field<>(name, plain(Containers.set(codec)), get, true);
  }

  private static <V> Slot<V> plain(Codec<V> codec) {
    return new Slot<>() {
      @Override
      public boolean omits(V value) {
        return false;
      }

      @Override
      public void write(V value, JsonGenerator out) throws IOException {
        codec.write(value, out);
      }

      @Override
      public V read(JsonParser in) throws IOException {
        return codec.read(in);
      }

      @Override
      public V absent() {
        throw new IllegalStateException("a required property has no absent value");
      }
    };
  }

  private static <V> Slot<Optional<V>> optional(Codec<V> codec) {
    return new Slot<>() {
      @Override
      public boolean omits(Optional<V> value) {
        return value.isEmpty();
      }

      @Override
      public void write(Optional<V> value, JsonGenerator out) throws IOException {
        codec.write(value.orElseThrow(), out);
      }

      @Override
      public Optional<V> read(JsonParser in) throws IOException {
        return Optional.of(codec.read(in));
      }

      @Override
      public Optional<V> absent() {
        return Optional.empty();
      }
    };
  }

  private static <L> Slot<L> sequence(Codec<L> codec, L empty) {
    return new Slot<>() {
      @Override
      public boolean omits(L value) {
        return false;
      }

      @Override
      public void write(L value, JsonGenerator out) throws IOException {
        codec.write(value, out);
      }

      @Override
      public L read(JsonParser in) throws IOException {
        return codec.read(in);
      }

      @Override
      public L absent() {
        return empty;
      }
    };
  }

  private static Slot<OptionalInt> optionalInt() {
    return new Slot<>() {
      @Override
      public boolean omits(OptionalInt value) {
        return value.isEmpty();
      }

      @Override
      public void write(OptionalInt value, JsonGenerator out) throws IOException {
        out.writeNumber(value.getAsInt());
      }

      @Override
      public OptionalInt read(JsonParser in) throws IOException {
        return OptionalInt.of(Scalars.INT.read(in));
      }

      @Override
      public OptionalInt absent() {
        return OptionalInt.empty();
      }
    };
  }

  // ---------------------------------------------------------------------------------- records

  /** Makes a value of one property. */
  interface F1<A, T> {
    T make(A a);
  }

  /** Makes a value of two properties. */
  interface F2<A, B, T> {
    T make(A a, B b);
  }

  /** Makes a value of three properties. */
  interface F3<A, B, C, T> {
    T make(A a, B b, C c);
  }

  /** Makes a value of four properties. */
  interface F4<A, B, C, D, T> {
    T make(A a, B b, C c, D d);
  }

  /** Makes a value of five properties. */
  interface F5<A, B, C, D, E, T> {
    T make(A a, B b, C c, D d, E e);
  }

  /** Makes a value of six properties. */
  interface F6<A, B, C, D, E, F, T> {
    T make(A a, B b, C c, D d, E e, F f);
  }

  /** Makes a value of seven properties. */
  interface F7<A, B, C, D, E, F, G, T> {
    T make(A a, B b, C c, D d, E e, F f, G g);
  }

  /** An object without properties, always read as {@code value}. */
  static <T> ObjectCodec<T> empty(Supplier<T> value) {
    return new ObjectCodec<>(null, List.of(), v -> value.get());
  }

  /** An object of one property. */
  static <T, A> ObjectCodec<T> of(Field<T, A> a, F1<A, T> make) {
    return new ObjectCodec<>(null, List.of(a), v -> make.make(a.valueOf(v[0])));
  }

  /** An object of two properties. */
  static <T, A, B> ObjectCodec<T> of(Field<T, A> a, Field<T, B> b, F2<A, B, T> make) {
    return new ObjectCodec<>(null, List.of(a, b), v -> make.make(a.valueOf(v[0]), b.valueOf(v[1])));
  }

  /** An object of three properties. */
  static <T, A, B, C> ObjectCodec<T> of(Field<T, A> a, Field<T, B> b, Field<T, C> c, F3<A, B, C, T> make) {
    return new ObjectCodec<>(null, List.of(a, b, c),
        v -> make.make(a.valueOf(v[0]), b.valueOf(v[1]), c.valueOf(v[2])));
  }

  /** An object of four properties. */
  static <T, A, B, C, D> ObjectCodec<T> of(
      Field<T, A> a, Field<T, B> b, Field<T, C> c, Field<T, D> d, F4<A, B, C, D, T> make) {
    return new ObjectCodec<>(null, List.of(a, b, c, d),
        v -> make.make(a.valueOf(v[0]), b.valueOf(v[1]), c.valueOf(v[2]), d.valueOf(v[3])));
  }

  /** An object of five properties. */
  static <T, A, B, C, D, E> ObjectCodec<T> of(
      Field<T, A> a, Field<T, B> b, Field<T, C> c, Field<T, D> d, Field<T, E> e, F5<A, B, C, D, E, T> make) {
    return new ObjectCodec<>(null, List.of(a, b, c, d, e),
        v -> make.make(a.valueOf(v[0]), b.valueOf(v[1]), c.valueOf(v[2]), d.valueOf(v[3]), e.valueOf(v[4])));
  }

  /** An object of six properties. */
  static <T, A, B, C, D, E, F> ObjectCodec<T> of(Field<T, A> a, Field<T, B> b, Field<T, C> c, Field<T, D> d,
      Field<T, E> e, Field<T, F> f, F6<A, B, C, D, E, F, T> make) {
    return new ObjectCodec<>(null, List.of(a, b, c, d, e, f),
        v -> make.make(a.valueOf(v[0]), b.valueOf(v[1]), c.valueOf(v[2]), d.valueOf(v[3]), e.valueOf(v[4]),
            f.valueOf(v[5])));
  }

  /** An object of seven properties. */
  static <T, A, B, C, D, E, F, G> ObjectCodec<T> of(Field<T, A> a, Field<T, B> b, Field<T, C> c, Field<T, D> d,
      Field<T, E> e, Field<T, F> f, Field<T, G> g, F7<A, B, C, D, E, F, G, T> make) {
    return new ObjectCodec<>(null, List.of(a, b, c, d, e, f, g),
        v -> make.make(a.valueOf(v[0]), b.valueOf(v[1]), c.valueOf(v[2]), d.valueOf(v[3]), e.valueOf(v[4]),
            f.valueOf(v[5]), g.valueOf(v[6])));
  }

  // --------------------------------------------------------------------------------- builders

  /**
   * An object made through a builder, such as an Immutables aggregate: each property present is
   * handed to its setter, an absent one is left to the builder (its default, or empty).
   */
  static <T, B> Built<T, B> built(Supplier<B> builder, Function<B, T> build) {
    return new Built<>(builder, build);
  }

  /**
   * The properties of an object made through a builder, declared in the order they are written.
   *
   * @param <T> the type made
   * @param <B> its builder
   */
  static final class Built<T, B> {
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final List<Field<T, ?>> fields = new ArrayList<>();
    private final List<BiConsumer<B, Object>> setters = new ArrayList<>();

    private Built(Supplier<B> builder, Function<B, T> build) {
      this.builder = builder;
      this.build = build;
    }

    /** A property that must be present. */
    <V> Built<T, B> required(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new Field<>(name, plain(codec), get, true), set);
    }

    /** A property always written; when absent, the builder's default applies. */
    <V> Built<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new Field<>(name, plain(codec), get, false), set);
    }

    /** A property left out when empty. */
    <V> Built<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> get,
        BiConsumer<B, Optional<V>> set) {
      return add(new Field<>(name, ObjectCodec.optional(codec), get, false), set);
    }

    /** A whole number left out when empty. */
    Built<T, B> optionalInt(String name, Function<T, OptionalInt> get, BiConsumer<B, OptionalInt> set) {
      return add(new Field<>(name, ObjectCodec.optionalInt(), get, false), set);
    }

    /** An array, empty when absent. */
    <V> Built<T, B> list(String name, Codec<V> codec, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
      return add(new Field<>(name, sequence(Containers.list(codec), List.<V>of()), get, false), set);
    }

    @SuppressWarnings("unchecked")
    private <X> Built<T, B> add(Field<T, X> field, BiConsumer<B, X> set) {
      fields.add(field);
      setters.add((b, value) -> set.accept(b, (X) value));
      return this;
    }

    /** The codec of the object. */
    ObjectCodec<T> codec() {
      List<BiConsumer<B, Object>> sets = List.copyOf(setters);
      return new ObjectCodec<>(null, fields, values -> {
        B b = builder.get();
        for (int i = 0; i < values.length; i++) {
          Object value = values[i];
          if (value != null) {
            sets.get(i).accept(b, value);
          }
        }
        return build.apply(b);
      });
    }
  }
}
