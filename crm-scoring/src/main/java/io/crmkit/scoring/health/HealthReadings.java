package io.crmkit.scoring.health;

import io.crmkit.scoring.internal.Texts;
import io.crmkit.core.CrmValidationException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The raw values of a customer's health measures at one time, by measure name; a measure without a
 * value is missing, and a health model leaves it out rather than counting it as zero.
 *
 * @param values the raw values by measure name (white space folded), each finite
 */
public record HealthReadings(Map<String, Double> values) {
  /**
   * Checks and copies the values.
   *
   * @throws CrmValidationException naming {@code healthReadings.<name>}: {@code required} for a
   *     missing value or blank name, {@code finite} for NaN or infinity, {@code duplicate} for two
   *     names that fold to one
   */
  public HealthReadings {
    CrmValidationException.required("healthReadings.values", values);
    Map<String, Double> copy = new LinkedHashMap<>();
    Set<String> keys = new HashSet<>();
    for (Map.Entry<String, Double> entry : values.entrySet()) {
      String name = Texts.required("healthReadings.name", entry.getKey());
      Double value = CrmValidationException.required("healthReadings." + name, entry.getValue());
      Texts.finite("healthReadings." + name, value);
      if (!keys.add(name.toLowerCase(Locale.ROOT))) {
        throw CrmValidationException.of("healthReadings." + name, "duplicate", entry.getKey(),
            "each measure once, whatever its case and spacing");
      }
      copy.put(name, value);
    }
    values = Map.copyOf(copy);
  }

  /** Readings of the values given. */
  public static HealthReadings of(Map<String, Double> values) {
    return new HealthReadings(values);
  }

  /** No readings yet; add with {@link #with}. */
  public static HealthReadings none() {
    return new HealthReadings(Map.of());
  }

  /** These readings with one more value. */
  public HealthReadings with(String measure, double value) {
    Map<String, Double> more = new LinkedHashMap<>(values);
    more.put(measure, value);
    return new HealthReadings(more);
  }

  /** The value of a measure, ignoring case and spacing of its name. */
  public OptionalDouble value(String measure) {
    String key = Texts.key("measure", measure);
    for (Map.Entry<String, Double> entry : values.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(key)) {
        return OptionalDouble.of(entry.getValue());
      }
    }
    return OptionalDouble.empty();
  }
}
