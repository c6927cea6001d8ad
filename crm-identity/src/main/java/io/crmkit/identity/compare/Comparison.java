package io.crmkit.identity.compare;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.normalise.Nicknames;
import io.crmkit.identity.normalise.Normaliser;
import io.crmkit.identity.record.IdentityRecord;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How one field of two records is compared: the field, its {@link Normaliser}, and levels tried in
 * order ({@code exact}, then {@code jaro-winkler >= 0.9}...). A pair gets the first level that
 * holds; level {@link #MISSING} when either value is missing (so that missing never counts as
 * disagreement), and the last level, {@code else}, when none holds.
 *
 * <p>Levels are numbered {@code 0} (missing), {@code 1..n} (the given levels in order) and
 * {@code n + 1} (else). With {@link #withTermFrequencies()}, the match model adjusts the exact
 * level's weight by how common the agreed value is ("smith" counts less than "sondergeld").
 */
public final class Comparison {
  /** The level of a pair where either value is missing. */
  public static final int MISSING = 0;

  private static final int PARALLEL_FROM = 20_000;
  private static final int[] NO_GROUPS = new int[0];

  private final String name;
  private final String field;
  private final Normaliser normaliser;
  private final List<ComparisonLevel> levels;
  private final ComparisonLevel[] levelArray;
  private final boolean termFrequencies;
  private final boolean needsPhonetic;
  private final boolean needsDate;

  private Comparison(String name, String field, Normaliser normaliser, List<ComparisonLevel> levels,
      boolean termFrequencies) {
    this.field = CrmValidationException.requiredText("comparison.field", field);
    this.name = CrmValidationException.requiredText("comparison.name", name);
    this.normaliser = CrmValidationException.required("comparison.normaliser", normaliser);
    CrmValidationException.required("comparison.levels", levels);
    if (levels.isEmpty()) {
      throw CrmValidationException.of("comparison.levels", "required", levels, "at least one level");
    }
    Set<ComparisonLevel> seen = new HashSet<>();
    for (ComparisonLevel level : levels) {
      CrmValidationException.required("comparison.levels", level);
      if (!seen.add(level)) {
        throw CrmValidationException.of("comparison.levels", "unique", level.label(), "each level once");
      }
    }
    this.levels = List.copyOf(levels);
    this.levelArray = this.levels.toArray(ComparisonLevel[]::new);
    if (termFrequencies && !levels.contains(ComparisonLevel.exact())) {
      throw CrmValidationException.of("comparison.termFrequencies", "exact-level", name,
          "term frequencies adjust the exact level, which this comparison lacks");
    }
    this.termFrequencies = termFrequencies;
    this.needsPhonetic = levels.stream().anyMatch(l -> l instanceof ComparisonLevel.Phonetic);
    this.needsDate = levels.stream().anyMatch(l -> l instanceof ComparisonLevel.DatesWithin
        || l instanceof ComparisonLevel.DayMonthSwapped);
  }

  /**
   * A comparison of a field, named after it.
   *
   * @throws CrmValidationException naming {@code comparison.field}, {@code comparison.normaliser}
   *     or {@code comparison.levels} (rule {@code required} when none is given, {@code unique} when
   *     one is given twice)
   */
  public static Comparison of(String field, Normaliser normaliser, ComparisonLevel... levels) {
    return new Comparison(field, field, normaliser, List.of(levels), false);
  }

  /** This comparison under another name (two comparisons of one field need two names). */
  public Comparison named(String newName) {
    return new Comparison(newName, field, normaliser, levels, termFrequencies);
  }

  /**
   * This comparison with the exact level's weight adjusted by how common the agreed value is.
   *
   * @throws CrmValidationException naming {@code comparison.termFrequencies} (rule {@code exact-level})
   *     when the comparison has no exact level
   */
  public Comparison withTermFrequencies() {
    return new Comparison(name, field, normaliser, levels, true);
  }

  /** The comparison's name, unique within a model; the field's name unless renamed. */
  public String name() {
    return name;
  }

  /** The record field compared. */
  public String field() {
    return field;
  }

  /** The normaliser that makes the values' matching form. */
  public Normaliser normaliser() {
    return normaliser;
  }

  /** The levels, in the order they are tried. */
  public List<ComparisonLevel> levels() {
    return levels;
  }

  /** Whether the exact level is adjusted for common values. */
  public boolean termFrequencies() {
    return termFrequencies;
  }

  /** The number of levels, missing and else included: {@code levels().size() + 2}. */
  public int levelCount() {
    return levels.size() + 2;
  }

  /** The level number of "none of the levels held". */
  public int elseLevel() {
    return levels.size() + 1;
  }

  /** The level number of the exact level, or -1 when there is none. */
  public int exactLevel() {
    int index = levels.indexOf(ComparisonLevel.exact());
    return index < 0 ? -1 : index + 1;
  }

  /** The labels of all levels by number: {@code missing}, the given levels, {@code else}. */
  public List<String> levelLabels() {
    List<String> labels = new ArrayList<>();
    labels.add("missing");
    levels.forEach(l -> labels.add(l.label()));
    labels.add("else");
    return List.copyOf(labels);
  }

  /** The matching form of a record's value of the field, or {@code null} when it has none. */
  String matchingForm(IdentityRecord record) {
    return normaliser.normalise(record, field).orElse(null);
  }

  /** Prepares the field of many records for comparison (in parallel when there are many). */
  public PreparedColumn prepare(List<IdentityRecord> records) {
    CrmValidationException.required("records", records);
    int n = records.size();
    String[] text = new String[n];
    String[] primary = needsPhonetic ? new String[n] : null;
    String[] alternate = needsPhonetic ? new String[n] : null;
    int[] days = needsDate ? new int[n] : null;
    int[][][] groups = new int[levelArray.length][][];
    for (int k = 0; k < levelArray.length; k++) {
      if (levelArray[k] instanceof ComparisonLevel.Nickname) {
        groups[k] = new int[n][];
      }
    }
    // names and dates repeat: derive each distinct value's codes once
    Map<String, String[]> codes = new ConcurrentHashMap<>();
    IntStream indices = IntStream.range(0, n);
    (n >= PARALLEL_FROM ? indices.parallel() : indices).forEach(i -> {
      String value = matchingForm(records.get(i));
      text[i] = value;
      if (primary != null && value != null) {
        String[] code = codes.computeIfAbsent(value, Comparison::phoneticCodes);
        primary[i] = code[0];
        alternate[i] = code[1];
      }
      if (days != null) {
        days[i] = epochDay(value);
      }
      for (int k = 0; k < groups.length; k++) {
        if (groups[k] != null) {
          groups[k][i] = value == null ? NO_GROUPS : ((ComparisonLevel.Nickname) levelArray[k]).nicknames().groupsOf(value);
        }
      }
    });
    return new PreparedColumn(text, primary, alternate, days, groups);
  }

  /** Prepares the field of one record. */
  public PreparedColumn prepare(IdentityRecord record) {
    return prepare(List.of(record));
  }

  /**
   * The level of a pair: record {@code i} of {@code left} against record {@code j} of
   * {@code right} (the same column twice when deduplicating).
   */
  public int level(PreparedColumn left, int i, PreparedColumn right, int j) {
    String a = left.text[i];
    String b = right.text[j];
    if (a == null || b == null) {
      return MISSING;
    }
    double jaroWinkler = Double.NaN;
    ComparisonLevel[] all = levelArray;
    for (int k = 0; k < all.length; k++) {
      ComparisonLevel level = all[k];
      boolean holds;
      if (level instanceof ComparisonLevel.Exact) {
        holds = a.equals(b);
      } else if (level instanceof ComparisonLevel.JaroWinkler jw) {
        if (Double.isNaN(jaroWinkler)) {
          jaroWinkler = Similarity.jaroWinkler(a, b);
        }
        holds = jaroWinkler >= jw.threshold();
      } else if (level instanceof ComparisonLevel.Levenshtein lev) {
        holds = Similarity.withinEdits(a, b, lev.maxEdits());
      } else if (level instanceof ComparisonLevel.Nickname) {
        holds = a.equals(b) || Nicknames.shareGroup(left.nicknameGroups[k][i], right.nicknameGroups[k][j]);
      } else if (level instanceof ComparisonLevel.Phonetic) {
        holds = soundAlike(left, i, right, j);
      } else if (level instanceof ComparisonLevel.DatesWithin within) {
        int x = left.epochDay[i];
        int y = right.epochDay[j];
        holds = x != PreparedColumn.NO_DATE && y != PreparedColumn.NO_DATE && Math.abs((long) x - y) <= within.days();
      } else {
        holds = daySwapped(left.epochDay[i], right.epochDay[j]);
      }
      if (holds) {
        return k + 1;
      }
    }
    return all.length + 1;
  }

  /** The level of two records' values of the field. */
  public int level(IdentityRecord left, IdentityRecord right) {
    return level(prepare(left), 0, prepare(right), 0);
  }

  private static boolean soundAlike(PreparedColumn left, int i, PreparedColumn right, int j) {
    String p1 = left.phoneticPrimary[i];
    String p2 = right.phoneticPrimary[j];
    if (p1 == null || p2 == null) {
      return false;
    }
    String a1 = left.phoneticAlternate[i];
    String a2 = right.phoneticAlternate[j];
    return p1.equals(p2) || p1.equals(a2) || p2.equals(a1) || (a1 != null && a1.equals(a2));
  }

  private static boolean daySwapped(int x, int y) {
    if (x == PreparedColumn.NO_DATE || y == PreparedColumn.NO_DATE || x == y) {
      return false;
    }
    LocalDate a = LocalDate.ofEpochDay(x);
    LocalDate b = LocalDate.ofEpochDay(y);
    return a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue();
  }

  private static int epochDay(String value) {
    if (value == null) {
      return PreparedColumn.NO_DATE;
    }
    try {
      return Math.toIntExact(LocalDate.parse(value).toEpochDay());
    } catch (DateTimeException | ArithmeticException e) {
      return PreparedColumn.NO_DATE; // not an ISO date: date levels do not hold
    }
  }

  /** A value's primary and alternate Double Metaphone codes, spaces removed first; null where none. */
  private static String[] phoneticCodes(String value) {
    DoubleMetaphone metaphone = new DoubleMetaphone();
    String compact = value.replace(" ", "");
    if (compact.isEmpty()) {
      return new String[2];
    }
    return new String[] {emptyAsNull(metaphone.doubleMetaphone(compact, false)),
        emptyAsNull(metaphone.doubleMetaphone(compact, true))};
  }

  private static String emptyAsNull(String code) {
    return code == null || code.isEmpty() ? null : code;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Comparison c && c.name.equals(name) && c.field.equals(field)
        && c.normaliser.equals(normaliser) && c.levels.equals(levels) && c.termFrequencies == termFrequencies;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, field, normaliser, levels, termFrequencies);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s(%s: %s)%s", name, field, String.join(", ", levelLabels()),
        termFrequencies ? " with term frequencies" : "");
  }
}
