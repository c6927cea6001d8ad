package io.crmkit.scoring.rulesarchfixture;

import java.util.regex.Pattern;

/**
 * A scoring class that breaks the hot-path rule on purpose: it compiles a regular expression for
 * each record and reads a field by reflection. Only architecture tests import it.
 */
public final class RegexPerRecordScorer {
  /** Whether a job title is senior, compiling the expression every time. */
  public boolean senior(String title) {
    return Pattern.compile("vp|director").matcher(title).find() || title.matches(".*head.*");
  }

  /** Reads a field by reflection. */
  public Object read(Object record, String accessor) throws ReflectiveOperationException {
    return record.getClass().getMethod(accessor).invoke(record);
  }
}
