package io.crmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.CrmEvents;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.value.Money;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module knows every type of the model, and works in any mapper it is registered with. */
class CrmJsonModuleTest {
  /** The packages whose types have a JSON form. */
  private static final String[] MODEL = {
    "io.crmkit.core.value", "io.crmkit.core.customfield", "io.crmkit.core.id", "io.crmkit.core.account",
    "io.crmkit.core.contact", "io.crmkit.core.lead", "io.crmkit.core.opportunity", "io.crmkit.core.product",
    "io.crmkit.core.quote", "io.crmkit.core.order", "io.crmkit.core.support", "io.crmkit.core.activity",
    "io.crmkit.core.campaign", "io.crmkit.core.consent", "io.crmkit.core.event",
  };

  @Test
  void every_value_aggregate_event_and_enum_of_the_model_has_a_json_form() {
    Set<Class<?>> modelTypes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(MODEL)
        .stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .map(JavaClass::reflect)
        .filter(CrmJsonModuleTest::holdsData)
        .collect(Collectors.toSet());

    assertThat(modelTypes).hasSizeGreaterThan(100);
    assertThat(new CrmJsonModule().types()).containsAll(modelTypes);
  }

  @Test
  void every_event_type_of_the_catalogue_has_a_json_form() {
    assertThat(new CrmJsonModule().types()).containsAll(CrmEvents.types().values()).contains(CrmEvent.class);
  }

  @Test
  void the_module_works_in_a_mapper_the_host_configures_itself() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(CrmJson.module()).build();
    Contact contact = PeopleFixtures.aContact().build();

    Contact read = mapper.readValue(mapper.writeValueAsString(contact), Contact.class);

    assertThat(read).isEqualTo(contact);
    assertThat(mapper.getRegisteredModuleIds()).isNotEmpty();
  }

  @Test
  void the_ready_made_mapper_refuses_anything_after_the_value() {
    String json = "{\"amount\":\"12.50\",\"currency\":\"EUR\"} {}";

    Throwable e = catchThrowable(() -> CrmJson.mapper().readValue(json, Money.class));

    assertThat(e).isInstanceOf(JsonProcessingException.class).hasMessageContaining("Trailing token");
  }

  @Test
  void the_ready_made_mapper_does_not_use_jackson_s_default_typing() {
    ObjectMapper mapper = CrmJson.mapper();

    assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
    assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
  }

  /**
   * A type whose instances are data: a record, an enum, an aggregate (an abstract Immutables type),
   * a sealed interface of values, or a class with instance fields; not a utility, an exception, a
   * builder or a type nested in a generated, package-private implementation.
   */
  private static boolean holdsData(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    if (Throwable.class.isAssignableFrom(type) || type.isAnnotation()) {
      return false;
    }
    if (type.isInterface()) {
      return type.isSealed();
    }
    if (type.isRecord() || type.isEnum() || Modifier.isAbstract(type.getModifiers())) {
      return true;
    }
    List<Field> instanceFields = Arrays.stream(type.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .toList();
    return !instanceFields.isEmpty();
  }
}
