package io.crmkit.identity.merge;

import java.util.regex.Pattern;

/** Folds white space the way crm-core's values do: runs of any Unicode space become one space, ends stripped. */
final class Folding {
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private Folding() {}

  static String fold(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
