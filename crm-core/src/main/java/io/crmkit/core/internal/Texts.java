package io.crmkit.core.internal;

import java.util.regex.Pattern;

/** Text helpers shared by crm-core's values. Not API. */
public final class Texts {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Texts() {}

  /** Strips the text and folds every run of white space to one space. */
  public static String fold(String text) {
    return SPACES.matcher(text.strip()).replaceAll(" ");
  }
}
