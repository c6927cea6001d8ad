package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How a scoring model reads records of type {@code R}: accessor functions registered by field name,
 * resolved once when a model is {@linkplain ScoringModel#compile compiled}, so scoring a record
 * looks up nothing by name. Ready-made schemas are in {@link ScoringSchemas}.
 *
 * <pre>{@code
 * ScoringSchema<Prospect> schema = ScoringSchema.<Prospect>builder("Prospect")
 *     .text("jobTitle", Prospect::title)                 // Optional<String>
 *     .optionalInteger("companySize", Prospect::employees) // OptionalInt
 *     .texts("technologies", Prospect::technologies)     // a collection of texts
 *     .events(Prospect::events)
 *     .build();
 * }</pre>
 *
 * <p>Field names are white space folded and compared exactly (case matters). An empty text counts as
 * absent, as does NaN for a number. Immutable and thread-safe when the accessors are.
 *
 * @param <R> the type of record scored
 */
public final class ScoringSchema<R> {
  /** The prefix of custom fields, when the schema reads them: {@code custom.region}. */
  public static final String CUSTOM_PREFIX = "custom.";

  private final String recordName;
  private final Map<String, Field<R>> fields;
  private final @Nullable Function<? super R, CustomFields> customFields;
  private final @Nullable Function<? super R, ? extends List<BehaviourEvent>> events;

  private ScoringSchema(Builder<R> builder) {
    this.recordName = builder.recordName;
    this.fields = Map.copyOf(builder.fields);
    this.customFields = builder.customFields;
    this.events = builder.events;
  }

  /** A schema to fill, for records a person calls {@code recordName} ({@code "Lead"}). */
  public static <R> Builder<R> builder(String recordName) {
    return new Builder<>(recordName);
  }

  /** What a person calls the records, for messages. */
  public String recordName() {
    return recordName;
  }

  /** The registered fields by name, sorted; custom fields, when read, are not listed. */
  public Map<String, FieldKind> fields() {
    Map<String, FieldKind> kinds = new TreeMap<>();
    fields.forEach((name, field) -> kinds.put(name, field.kind));
    return kinds;
  }

  /** Whether the schema reads custom fields as {@code custom.<name>}. */
  public boolean readsCustomFields() {
    return customFields != null;
  }

  /** The kind of a field, custom fields included; empty for a field the schema does not know. */
  public Optional<FieldKind> kindOf(String field) {
    return field(Words.fold(CrmValidationException.required("field", field))).map(f -> f.kind);
  }

  /** The behaviour events the schema reads from a record; none when it reads none. */
  public List<BehaviourEvent> eventsOf(R record) {
    return events == null ? List.of() : events.apply(record);
  }

  /** The field of this name, custom fields resolved. */
  Optional<Field<R>> field(String name) {
    Field<R> field = fields.get(name);
    if (field != null) {
      return Optional.of(field);
    }
    Function<? super R, CustomFields> custom = customFields;
    if (custom != null && name.startsWith(CUSTOM_PREFIX) && name.length() > CUSTOM_PREFIX.length()) {
      String customName = name.substring(CUSTOM_PREFIX.length());
      return Optional.of(Field.textOrNumber(
          record -> customText(custom.apply(record).get(customName)),
          record -> customNumber(custom.apply(record).get(customName))));
    }
    return Optional.empty();
  }

  /** Reads one text of a record; {@code null} when absent. */
  @FunctionalInterface
  public interface TextAccessor<R> {
    /** The text of {@code record}, or {@code null} (or an empty text) when it has none. */
    @Nullable String text(R record);
  }

  /** Reads one number of a record; NaN when absent. */
  @FunctionalInterface
  public interface NumberAccessor<R> {
    /** The number of {@code record}, or {@link Double#NaN} when it has none. */
    double number(R record);
  }

  /** Reads several texts of a record. */
  @FunctionalInterface
  public interface TextsAccessor<R> {
    /** The texts of {@code record}; empty when it has none. */
    Collection<String> texts(R record);
  }

  /** Builds a {@link ScoringSchema}. */
  public static final class Builder<R> {
    private final String recordName;
    private final Map<String, Field<R>> fields = new LinkedHashMap<>();
    private @Nullable Function<? super R, CustomFields> customFields;
    private @Nullable Function<? super R, ? extends List<BehaviourEvent>> events;

    private Builder(String recordName) {
      this.recordName = Words.required("scoringSchema.recordName", recordName);
    }

    /** A text field read as an Optional. */
    public Builder<R> text(String field, Function<? super R, Optional<String>> accessor) {
      CrmValidationException.required("scoringSchema.accessor", accessor);
      return add(field, Field.text(record -> accessor.apply(record).orElse(null)));
    }

    /** A text field read as a text or {@code null}: the fastest way. */
    public Builder<R> nullableText(String field, TextAccessor<? super R> accessor) {
      CrmValidationException.required("scoringSchema.accessor", accessor);
      return add(field, Field.text(accessor::text));
    }

    /** A field of several texts. */
    public Builder<R> texts(String field, TextsAccessor<? super R> accessor) {
      CrmValidationException.required("scoringSchema.accessor", accessor);
      return add(field, Field.texts(accessor::texts));
    }

    /** A number field read as a double, NaN when absent: the fastest way. */
    public Builder<R> number(String field, NumberAccessor<? super R> accessor) {
      CrmValidationException.required("scoringSchema.accessor", accessor);
      return add(field, Field.number(accessor::number));
    }

    /** A number field read as an OptionalDouble. */
    public Builder<R> optionalNumber(String field, Function<? super R, OptionalDouble> accessor) {
      CrmValidationException.required("scoringSchema.accessor", accessor);
      return add(field, Field.number(record -> accessor.apply(record).orElse(Double.NaN)));
    }

    /** A whole-number field read as an OptionalInt, such as {@code Lead::companySize}. */
    public Builder<R> optionalInteger(String field, Function<? super R, OptionalInt> accessor) {
      CrmValidationException.required("scoringSchema.accessor", accessor);
      return add(field, Field.number(record -> {
        OptionalInt value = accessor.apply(record);
        return value.isPresent() ? value.getAsInt() : Double.NaN;
      }));
    }

    /**
     * A field of a kind known only at run time (a column of a file): text tests read the text, a
     * range reads it as a decimal number ({@code 1500}, {@code 2.5}) and fails when it is not one.
     */
    public Builder<R> textOrNumber(String field, TextAccessor<? super R> accessor) {
      CrmValidationException.required("scoringSchema.accessor", accessor);
      return add(field, Field.textOrNumber(accessor::text, record -> parse(accessor.text(record))));
    }

    /**
     * Reads custom fields as {@code custom.<name>}: a text or a picklist choice as its text, a number
     * as its number (and its plain text), a flag as {@code true}/{@code false}, a date as
     * {@code 2024-05-31}.
     */
    public Builder<R> customFields(Function<? super R, CustomFields> accessor) {
      this.customFields = CrmValidationException.required("scoringSchema.customFields", accessor);
      return this;
    }

    /** Reads a record's behaviour events, for {@link Scorer#score(Object, java.time.Instant)}. */
    public Builder<R> events(Function<? super R, ? extends List<BehaviourEvent>> accessor) {
      this.events = CrmValidationException.required("scoringSchema.events", accessor);
      return this;
    }

    /** The schema. */
    public ScoringSchema<R> build() {
      return new ScoringSchema<>(this);
    }

    private Builder<R> add(String field, Field<R> accessor) {
      String name = Words.required("scoringSchema.field", field);
      if (fields.putIfAbsent(name, accessor) != null) {
        throw CrmValidationException.of("scoringSchema.field", "duplicate", name, "field '" + name + "' is registered twice");
      }
      return this;
    }
  }

  /** The accessors of one field, by kind; what a compiled rule calls. */
  static final class Field<R> {
    final FieldKind kind;
    final @Nullable TextAccessor<R> text;
    final @Nullable TextsAccessor<R> texts;
    final @Nullable NumberAccessor<R> number;

    private Field(FieldKind kind, @Nullable TextAccessor<R> text, @Nullable TextsAccessor<R> texts,
        @Nullable NumberAccessor<R> number) {
      this.kind = kind;
      this.text = text;
      this.texts = texts;
      this.number = number;
    }

    static <R> Field<R> text(TextAccessor<R> text) {
      return new Field<>(FieldKind.TEXT, text, null, null);
    }

    static <R> Field<R> texts(TextsAccessor<R> texts) {
      return new Field<>(FieldKind.TEXTS, null, texts, null);
    }

    static <R> Field<R> number(NumberAccessor<R> number) {
      return new Field<>(FieldKind.NUMBER, null, null, number);
    }

    static <R> Field<R> textOrNumber(TextAccessor<R> text, NumberAccessor<R> number) {
      return new Field<>(FieldKind.TEXT_OR_NUMBER, text, null, number);
    }
  }

  private static @Nullable String customText(Optional<CustomFieldValue> value) {
    if (value.isEmpty()) {
      return null;
    }
    CustomFieldValue v = value.get();
    if (v instanceof CustomFieldValue.Text text) {
      return text.value();
    }
    if (v instanceof CustomFieldValue.Choice choice) {
      return choice.value();
    }
    if (v instanceof CustomFieldValue.Number number) {
      return number.value().toPlainString();
    }
    if (v instanceof CustomFieldValue.Flag flag) {
      return Boolean.toString(flag.value());
    }
    return ((CustomFieldValue.Date) v).value().toString();
  }

  private static double customNumber(Optional<CustomFieldValue> value) {
    if (value.isEmpty()) {
      return Double.NaN;
    }
    if (value.get() instanceof CustomFieldValue.Number number) {
      return number.value().doubleValue();
    }
    return parse(customText(value));
  }

  /** A decimal number in a text, NaN when there is none. */
  static double parse(@Nullable String text) {
    if (text == null) {
      return Double.NaN;
    }
    String stripped = text.strip();
    if (stripped.isEmpty() || !looksNumeric(stripped)) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(stripped);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Whether a text is digits with an optional sign, point and exponent: no NaN, Infinity or hex. */
  private static boolean looksNumeric(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return false;
      }
    }
    return true;
  }
}
