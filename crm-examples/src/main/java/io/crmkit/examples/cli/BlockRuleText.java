package io.crmkit.examples.cli;

import io.crmkit.identity.block.BlockingRule;
import io.crmkit.identity.block.KeyPart;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A blocking rule as written on the command line: key parts joined by {@code +}, each a column
 * ({@code postcode}), its first letters ({@code surname[0:2]}), or a phonetic code
 * ({@code soundex(given_name)}, {@code metaphone(surname)}).
 */
final class BlockRuleText {
  private static final Pattern PREFIX = Pattern.compile("(.+)\\[0:(\\d{1,3})]");
  private static final Pattern CODE = Pattern.compile("(soundex|metaphone)\\((.+)\\)");

  private BlockRuleText() {}

  /**
   * Reads a rule.
   *
   * @throws IllegalArgumentException saying which part cannot be read
   */
  static BlockingRule parse(String text) {
    List<KeyPart> parts = new ArrayList<>();
    for (String written : text.split("\\+", -1)) {
      String part = written.strip();
      if (part.isEmpty()) {
        throw new IllegalArgumentException("'" + text + "' has an empty part: write parts joined by +");
      }
      Matcher prefix = PREFIX.matcher(part);
      Matcher code = CODE.matcher(part);
      if (prefix.matches()) {
        parts.add(KeyPart.prefix(prefix.group(1).strip(), Integer.parseInt(prefix.group(2))));
      } else if (code.matches()) {
        String column = code.group(2).strip();
        parts.add(code.group(1).equals("soundex") ? KeyPart.soundex(column) : KeyPart.metaphone(column));
      } else if (part.matches("[^()\\[\\]]+")) {
        parts.add(KeyPart.exact(part));
      } else {
        throw new IllegalArgumentException("'" + part + "' is not a key part: write a column, column[0:N],"
            + " soundex(column) or metaphone(column)");
      }
    }
    return BlockingRule.on(parts.toArray(KeyPart[]::new));
  }
}
