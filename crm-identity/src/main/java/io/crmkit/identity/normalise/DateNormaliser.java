package io.crmkit.identity.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in matching form: ISO {@code yyyy-MM-dd}, read from the usual ways of writing a date.
 *
 * <p>Accepted: {@code 1975-08-18}, {@code 1975-8-18}, {@code 19750818}, {@code 1975/08/18},
 * {@code 1975.08.18}; {@code 18.08.1975} (day first); {@code 18/08/1975} and {@code 18-08-1975},
 * day first or month first as the normaliser says; {@code 18 August 1975}, {@code 18 Aug 1975},
 * {@code August 18, 1975} and {@code Aug 18th 1975} (English month names, any case). Years have
 * four digits: a two-digit year is refused rather than guessed. Impossible dates
 * ({@code 1975-02-30}, month 13) are refused: a refused date is a missing value.
 */
public final class DateNormaliser implements Normaliser {
  private static final DateNormaliser DAY_FIRST = new DateNormaliser(true);
  private static final DateNormaliser MONTH_FIRST = new DateNormaliser(false);

  private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern DAY_MONTH_NAME = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+)\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_NAME_DAY = Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
      Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
      Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
      Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  private final boolean dayFirst;

  private DateNormaliser(boolean dayFirst) {
    this.dayFirst = dayFirst;
  }

  /** Reads {@code 03/04/1975} as 3 April 1975 (most of the world). */
  public static DateNormaliser dayFirst() {
    return DAY_FIRST;
  }

  /** Reads {@code 03/04/1975} as 4 March 1975 (the United States). */
  public static DateNormaliser monthFirst() {
    return MONTH_FIRST;
  }

  /** The date, or empty when the text is not a date in an accepted form or names an impossible one. */
  public Optional<LocalDate> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String text = Folding.fold(raw).toLowerCase(Locale.ROOT);
    Matcher m;
    if ((m = YEAR_FIRST.matcher(text)).matches()) {
      return date(m.group(1), m.group(3), m.group(4));
    }
    if ((m = COMPACT.matcher(text)).matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    if ((m = DOTTED.matcher(text)).matches()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    if ((m = YEAR_LAST.matcher(text)).matches()) {
      return dayFirst ? date(m.group(4), m.group(3), m.group(1)) : date(m.group(4), m.group(1), m.group(3));
    }
    if ((m = DAY_MONTH_NAME.matcher(text)).matches()) {
      return named(m.group(3), m.group(2), m.group(1));
    }
    if ((m = MONTH_NAME_DAY.matcher(text)).matches()) {
      return named(m.group(3), m.group(1), m.group(2));
    }
    return Optional.empty();
  }

  /** The date as ISO {@code yyyy-MM-dd}, or empty when it cannot be read. */
  @Override
  public Optional<String> normalise(String raw) {
    return parse(raw).map(LocalDate::toString);
  }

  @Override
  public String toString() {
    return dayFirst ? "date(day first)" : "date(month first)";
  }

  private static Optional<LocalDate> named(String year, String monthName, String day) {
    Integer month = MONTHS.get(monthName);
    return month == null ? Optional.empty() : date(year, month.toString(), day);
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty(); // 30 February, month 13, day 0
    }
  }
}
