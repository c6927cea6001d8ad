package io.crmkit.examples.csv;

import io.crmkit.core.CrmValidationException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which canonical column each column of a file holds, for files whose header does not use the
 * canonical names: {@code E-Mail=email}, {@code Company=account_domain}; a target of {@code -}
 * ignores the source column ({@code Notes=-}).
 *
 * <p>Names are compared as {@linkplain #key(String) keys}: stripped, lower-cased, with runs of
 * spaces and hyphens inside as one {@code _}. So without any mapping a header {@code First
 * Name} already means {@code first_name}; a mapping is needed only for other names.
 *
 * <p>A mapping file holds one {@code source=target} per line; blank lines and lines starting with
 * {@code #} are skipped. The source is everything before the last {@code =}, so a source name may
 * itself contain {@code =}. Immutable.
 */
public final class ColumnMapping {
  /** The target that ignores a source column. */
  public static final String IGNORE = "-";

  private static final ColumnMapping NONE = new ColumnMapping(Map.of(), Map.of());
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}-]+");

  private final Map<String, String> targets;
  private final Map<String, String> written;

  private ColumnMapping(Map<String, String> targets, Map<String, String> written) {
    this.targets = Map.copyOf(targets);
    this.written = Map.copyOf(written);
  }

  /** No mapping: every column is read by its own name. */
  public static ColumnMapping none() {
    return NONE;
  }

  /**
   * A mapping from {@code source=target} pairs, as {@code --map} gives them.
   *
   * @throws CrmValidationException naming {@code mapping} when a pair has no {@code =}, a blank
   *     side (rule {@code invalid}) or a source mapped twice (rule {@code duplicate})
   */
  public static ColumnMapping parse(Collection<String> pairs) {
    CrmValidationException.required("mapping", pairs);
    Map<String, String> targets = new LinkedHashMap<>();
    Map<String, String> written = new LinkedHashMap<>();
    for (String pair : pairs) {
      CrmValidationException.required("mapping", pair);
      int cut = pair.lastIndexOf('=');
      if (cut < 0) {
        throw CrmValidationException.of("mapping", "invalid", pair,
            "a mapping is source=target, such as E-Mail=email");
      }
      String source = key(pair.substring(0, cut));
      String target = pair.substring(cut + 1).strip();
      if (source.isEmpty() || target.isEmpty()) {
        throw CrmValidationException.of("mapping", "invalid", pair,
            "both the source column and the target column are named, such as E-Mail=email");
      }
      String cleanTarget = target.equals(IGNORE) ? IGNORE : key(target);
      if (targets.put(source, cleanTarget) != null) {
        throw CrmValidationException.of("mapping", "duplicate", pair, "the source column is mapped twice");
      }
      written.put(source, pair.strip());
    }
    return new ColumnMapping(targets, written);
  }

  /**
   * Reads a mapping file: UTF-8, one {@code source=target} per line, {@code #} comments.
   *
   * @throws CrmValidationException naming {@code mapping} as {@link #parse(Collection)} does, or
   *     with rule {@code unreadable} when the file cannot be read as UTF-8
   */
  public static ColumnMapping read(Path file) {
    CrmValidationException.required("mapping", file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw CrmValidationException.of("mapping", "unreadable", file, "the mapping file is not UTF-8");
    } catch (IOException e) {
      throw CrmValidationException.of("mapping", "unreadable", file, "cannot read the mapping file: " + e);
    }
    List<String> pairs = text.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
    return parse(pairs);
  }

  /** This mapping and another; the other's pairs win for a source both map. */
  public ColumnMapping and(ColumnMapping other) {
    Map<String, String> targets = new LinkedHashMap<>(this.targets);
    Map<String, String> written = new LinkedHashMap<>(this.written);
    targets.putAll(other.targets);
    written.putAll(other.written);
    return new ColumnMapping(targets, written);
  }

  /** The target key of a source column ({@link #IGNORE} to ignore it), if this mapping names one. */
  public Optional<String> targetOf(String sourceColumn) {
    return Optional.ofNullable(targets.get(key(sourceColumn)));
  }

  /** The mapped sources by key, each with its pair as given (for messages). */
  Map<String, String> pairsBySource() {
    return written;
  }

  /**
   * The key a column name is compared by: stripped, lower-cased, with every run of white space and
   * hyphens inside as one {@code _} ({@code " First-Name "} and {@code "first name"} give
   * {@code first_name}).
   */
  public static String key(String name) {
    String lower = strip(name).toLowerCase(Locale.ROOT);
    return SEPARATORS.matcher(lower).replaceAll("_");
  }

  /** The text without leading and trailing white space, Unicode spaces included. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Whether a character is white space as a person sees it: Java's, the Unicode spaces, U+0085. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnMapping other && targets.equals(other.targets);
  }

  @Override
  public int hashCode() {
    return targets.hashCode();
  }

  @Override
  public String toString() {
    return "ColumnMapping" + targets;
  }
}
