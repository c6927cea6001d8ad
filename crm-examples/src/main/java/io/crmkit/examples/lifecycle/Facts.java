package io.crmkit.examples.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The facts about one record in force at an event: for each column of the facts file, the value of
 * the latest row that fills it, as its {@link FactColumn#reader()} read it. Immutable.
 */
public final class Facts {
  private static final Facts NONE = new Facts(Map.of());

  private final Map<String, Object> values;

  private Facts(Map<String, ?> values) {
    this.values = Map.copyOf(values);
  }

  /** No facts. */
  public static Facts none() {
    return NONE;
  }

  /** Facts by column name. */
  public static Facts of(Map<String, ?> values) {
    return new Facts(CrmValidationException.required("facts", values));
  }

  /**
   * The value of a column, if a row filled it.
   *
   * @throws CrmValidationException field {@code facts.<column>}, rule {@code type}, when the value
   *     is not of {@code type} (a bug of the context, not of the file)
   */
  public <T> Optional<T> value(String column, Class<T> type) {
    Object value = values.get(column);
    if (value == null) {
      return Optional.empty();
    }
    if (!type.isInstance(value)) {
      throw CrmValidationException.of("facts." + column, "type", value, "not a " + type.getSimpleName());
    }
    return Optional.of(type.cast(value));
  }

  /** The value of a list column; empty when no row filled it. */
  public <T> List<T> list(String column, Class<T> elementType) {
    Optional<List<?>> list = value(column, List.class).map(l -> (List<?>) l);
    if (list.isEmpty()) {
      return List.of();
    }
    for (Object element : list.get()) {
      if (!elementType.isInstance(element)) {
        throw CrmValidationException.of("facts." + column, "type", element, "not a " + elementType.getSimpleName());
      }
    }
    return list.get().stream().map(elementType::cast).toList();
  }

  /** The values by column name. */
  public Map<String, Object> asMap() {
    return values;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Facts other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Facts" + values;
  }
}
