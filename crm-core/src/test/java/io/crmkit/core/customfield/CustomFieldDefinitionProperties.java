package io.crmkit.core.customfield;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.Tuple;

class CustomFieldDefinitionProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("definitions") CustomFieldDefinition definition) {
    assertThat(CustomFieldDefinition.builder().from(definition).build()).isEqualTo(definition);
  }

  @Property
  void definitions_equal_up_to_white_space_are_equal(@ForAll("definitions") CustomFieldDefinition definition,
      @ForAll("spaces") String padding) {
    CustomFieldDefinition typed = CustomFieldDefinition.builder().from(definition)
        .name(padding + definition.name() + padding)
        .label(padding + definition.label().replace(" ", "  ") + padding)
        .options(definition.options().stream().map(o -> padding + o.replace(" ", " \u00A0") + padding).toList())
        .build();

    assertThat(typed).isEqualTo(definition);
  }

  @Property
  void every_value_that_fits_passes_the_check(@ForAll("fitting") Tuple2<CustomFieldDefinition, CustomFieldValue> fit) {
    assertThat(fit.get1().check(fit.get2())).isSameAs(fit.get2());
  }

  @Property
  void parse_reads_a_value_back_from_the_text_a_person_or_export_writes(
      @ForAll("written") Tuple3<CustomFieldDefinition, CustomFieldValue, String> written) {
    assertThat(written.get1().parse(written.get3())).isEqualTo(written.get2());
  }

  @Property
  void a_value_of_another_type_is_rejected(@ForAll("definitions") CustomFieldDefinition definition,
      @ForAll("values") CustomFieldValue value) {
    Assume.that(value.type() != definition.type());

    assertRejected(() -> definition.check(value), "customFields." + definition.name(), "type");
  }

  @Property
  void a_text_longer_than_the_maximum_is_rejected(@ForAll("texts") CustomFieldDefinition definition) {
    String tooLong = "x".repeat(definition.maxLength() + 1);

    assertRejected(() -> definition.check(CustomFieldValue.text(tooLong)), "customFields." + definition.name(), "length");
    assertRejected(() -> definition.parse(tooLong), "customFields." + definition.name(), "length");
  }

  @Property
  void a_number_outside_the_bounds_is_rejected(@ForAll("boundedNumbers") CustomFieldDefinition definition,
      @ForAll("amounts") BigDecimal amount) {
    BigDecimal outside = definition.min().isPresent()
        ? definition.min().get().subtract(amount.abs()).subtract(BigDecimal.ONE)
        : definition.max().orElseThrow().add(amount.abs()).add(BigDecimal.ONE);

    assertRejected(() -> definition.check(CustomFieldValue.number(outside)), "customFields." + definition.name(), "range");
    assertRejected(() -> definition.parse(outside.toPlainString()), "customFields." + definition.name(), "range");
  }

  @Property
  void a_choice_that_is_not_an_option_is_rejected(@ForAll("picklists") CustomFieldDefinition definition,
      @ForAll("names") String choice) {
    Assume.that(definition.options().stream().noneMatch(o -> o.equalsIgnoreCase(choice)));

    assertRejected(() -> definition.check(CustomFieldValue.choice(choice)), "customFields." + definition.name(), "picklist");
    assertRejected(() -> definition.parse(choice), "customFields." + definition.name(), "picklist");
  }

  @Property
  void the_check_matches_options_exactly_and_parse_ignores_case(@ForAll("picklists") CustomFieldDefinition definition) {
    String option = definition.options().get(0);
    String shouted = option.toUpperCase(Locale.ROOT);
    Assume.that(!shouted.equals(option));

    assertRejected(() -> definition.check(CustomFieldValue.choice(shouted)), "customFields." + definition.name(), "picklist");
    assertThat(definition.parse(shouted)).isEqualTo(CustomFieldValue.choice(option));
  }

  @Property
  void blank_text_is_no_value(@ForAll("definitions") CustomFieldDefinition definition, @ForAll("spaces") String blank) {
    assertRejected(() -> definition.parse(blank), "customFields." + definition.name(), "required");
  }

  @Property
  void text_that_does_not_read_as_the_type_is_rejected(@ForAll("typed") CustomFieldDefinition definition,
      @ForAll("nonsense") String text) {
    assertRejected(() -> definition.parse(text), "customFields." + definition.name(), "type");
  }

  @Property
  void a_name_that_is_not_an_api_name_is_rejected(@ForAll("definitions") CustomFieldDefinition definition,
      @ForAll("badNames") String name) {
    assertRejected(() -> CustomFieldDefinition.builder().from(definition).name(name).build(), "customField.name", "name");
  }

  @Property
  void options_that_differ_only_in_case_are_rejected(@ForAll("picklists") CustomFieldDefinition definition) {
    String option = definition.options().get(0);
    Assume.that(!option.toLowerCase(Locale.ROOT).equals(option));

    assertRejected(() -> CustomFieldDefinition.builder().from(definition).addOption(option.toLowerCase(Locale.ROOT)).build(),
        "customField.options", "duplicate");
  }

  @Property
  void rules_of_another_type_are_rejected(@ForAll("definitions") CustomFieldDefinition definition) {
    CustomFieldType type = definition.type();
    if (type != CustomFieldType.PICKLIST) {
      assertRejected(() -> CustomFieldDefinition.builder().from(definition).addOption("Gold").build(),
          "customField.options", "type");
    }
    if (type != CustomFieldType.TEXT) {
      assertRejected(() -> CustomFieldDefinition.builder().from(definition).maxLength(10).build(),
          "customField.maxLength", "type");
    }
    if (type != CustomFieldType.NUMBER) {
      assertRejected(() -> CustomFieldDefinition.builder().from(definition).min(BigDecimal.ZERO).build(),
          "customField.min", "type");
      assertRejected(() -> CustomFieldDefinition.builder().from(definition).max(BigDecimal.TEN).build(),
          "customField.max", "type");
    }
  }

  @Property
  void a_minimum_above_the_maximum_is_rejected(@ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b) {
    Assume.that(a.compareTo(b) != 0);
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);

    assertRejected(() -> CustomFieldDefinition.builder().name("score").label("Score").type(CustomFieldType.NUMBER)
        .min(high).max(low).build(), "customField.min", "range");
  }

  // ---- generators

  @Provide
  Arbitrary<CustomFieldDefinition> definitions() {
    return ValueArbitraries.customFieldDefinitions();
  }

  @Provide
  Arbitrary<CustomFieldDefinition> texts() {
    return ofType(CustomFieldType.TEXT);
  }

  @Provide
  Arbitrary<CustomFieldDefinition> picklists() {
    return ofType(CustomFieldType.PICKLIST);
  }

  @Provide
  Arbitrary<CustomFieldDefinition> boundedNumbers() {
    return ofType(CustomFieldType.NUMBER).filter(d -> d.min().isPresent() || d.max().isPresent());
  }

  @Provide
  Arbitrary<CustomFieldDefinition> typed() {
    return ValueArbitraries.customFieldDefinitions()
        .filter(d -> d.type() == CustomFieldType.NUMBER || d.type() == CustomFieldType.DATE
            || d.type() == CustomFieldType.BOOLEAN);
  }

  @Provide
  Arbitrary<String> nonsense() {
    return Arbitraries.of("twelve", "1,5", "31.03.2026", "2026-02-30", "maybe", "1 000", "0x1F", "N/A", "--1");
  }

  @Provide
  Arbitrary<Tuple2<CustomFieldDefinition, CustomFieldValue>> fitting() {
    return ValueArbitraries.customFieldDefinitions()
        .flatMap(d -> ValueArbitraries.valuesFitting(d).map(v -> Tuple.of(d, v)));
  }

  @Provide
  Arbitrary<Tuple3<CustomFieldDefinition, CustomFieldValue, String>> written() {
    return fitting().flatMap(fit -> writtenAs(fit.get2()).map(text -> Tuple.of(fit.get1(), fit.get2(), text)));
  }

  @Provide
  Arbitrary<CustomFieldValue> values() {
    return ValueArbitraries.customFieldValues();
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return ValueArbitraries.amounts();
  }

  @Provide
  Arbitrary<String> names() {
    return ValueArbitraries.names();
  }

  @Provide
  Arbitrary<String> spaces() {
    return ValueArbitraries.spaces();
  }

  @Provide
  Arbitrary<String> badNames() {
    Arbitrary<String> name = ValueArbitraries.customFieldNames();
    return Arbitraries.oneOf(
        name.map(n -> "_" + n),
        name.map(n -> "9" + n),
        name.map(n -> "X" + n),
        name.map(n -> n + " x"),
        name.map(n -> n + "x".repeat(64)));
  }

  private static Arbitrary<CustomFieldDefinition> ofType(CustomFieldType type) {
    return ValueArbitraries.customFieldDefinitions().filter(d -> d.type() == type);
  }

  /** How a value is written in a CSV cell or a form: as exported, with extra space and any case. */
  private static Arbitrary<String> writtenAs(CustomFieldValue value) {
    Arbitrary<String> padding = ValueArbitraries.spaces();
    Arbitrary<String> core;
    if (value instanceof CustomFieldValue.Text t) {
      core = Arbitraries.just(t.value());
    } else if (value instanceof CustomFieldValue.Number n) {
      core = Arbitraries.of(n.value().toPlainString(), n.value().toString(), n.value().toEngineeringString());
    } else if (value instanceof CustomFieldValue.Date d) {
      core = Arbitraries.just(d.value().toString());
    } else if (value instanceof CustomFieldValue.Flag f) {
      core = Arbitraries.of(f.value() ? List.of("true", "yes") : List.of("false", "no"))
          .flatMap(ValueArbitraries::anyCase);
    } else {
      core = ValueArbitraries.anyCase(((CustomFieldValue.Choice) value).value()).flatMap(ValueArbitraries::untidy);
    }
    return Combinators.combine(padding, core, padding).as((before, text, after) -> before + text + after);
  }
}
