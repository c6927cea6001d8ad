package io.crmkit.core.event;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Makes events again from their components, one replaced, through the canonical constructor. */
final class Remade {
  private Remade() {}

  /** The event of the sample's type made from its components with {@code component} set to {@code value}. */
  static CrmEvent with(CrmEvent sample, String component, Object value) throws Throwable {
    RecordComponent[] components = sample.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    boolean found = false;
    for (int i = 0; i < components.length; i++) {
      boolean replaced = components[i].getName().equals(component);
      found |= replaced;
      values[i] = replaced ? value : components[i].getAccessor().invoke(sample);
    }
    if (!found) {
      throw new AssertionError(sample.getClass() + " has no component " + component);
    }
    Constructor<?> canonical = sample.getClass().getDeclaredConstructor(
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    try {
      return (CrmEvent) canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The event's name as its fields are named in validation messages: {@code contactCreated}. */
  static String eventName(CrmEvent event) {
    String simple = event.getClass().getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }
}
