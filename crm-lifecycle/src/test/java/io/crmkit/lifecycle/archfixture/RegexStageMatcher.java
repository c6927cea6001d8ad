package io.crmkit.lifecycle.archfixture;

import java.util.regex.Pattern;

/**
 * A lifecycle class that breaks the engine's speed rule on purpose: it compares stage names with
 * regular expressions and looks a method up by reflection. Only architecture tests import it.
 */
public final class RegexStageMatcher {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Whether two names are the same stage, by regex. */
  public boolean same(String a, String b) {
    return SPACES.matcher(a).replaceAll(" ").equalsIgnoreCase(b.replaceAll("\\s+", " "));
  }

  /** Reads a field by reflection. */
  public Object read(Object record, String accessor) throws ReflectiveOperationException {
    return record.getClass().getMethod(accessor).invoke(record);
  }
}
