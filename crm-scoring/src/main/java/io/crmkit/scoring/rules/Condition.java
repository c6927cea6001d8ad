package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What must hold for a rule to give its points: a test of a record's field ({@link OnField}) or of
 * the lead's behaviour events ({@link Behaviour}).
 *
 * <p>Texts are compared ignoring case, white space folded on both sides: {@code in("industry",
 * "Software")} holds for {@code software}. On a field with several values (a {@link FieldKind#TEXTS}
 * field such as technologies used), a text test holds when one of the values passes. An absent
 * field passes only {@link Absent}.
 */
public sealed interface Condition {

  /** The condition in words, for an explanation: {@code jobTitle matches /vp|director/}. */
  String describe();

  /** A field holds one text: {@code industry is "Software"}. */
  static Equals equalTo(String field, String value) {
    return new Equals(field, value);
  }

  /** A field holds one of the texts: {@code industry is one of "Software", "Fintech"}. */
  static In in(String field, String... values) {
    CrmValidationException.required("condition.in", values);
    return new In(field, Arrays.asList(values));
  }

  /** A number field lies from {@code min} to {@code max}, both included. */
  static Range range(String field, double min, double max) {
    return new Range(field, OptionalDouble.of(min), OptionalDouble.of(max));
  }

  /** A number field is {@code min} or more. */
  static Range atLeast(String field, double min) {
    return new Range(field, OptionalDouble.of(min), OptionalDouble.empty());
  }

  /** A number field is {@code max} or less. */
  static Range atMost(String field, double max) {
    return new Range(field, OptionalDouble.empty(), OptionalDouble.of(max));
  }

  /** A text field contains a match of a regular expression, ignoring case: {@code \bvp\b|director}. */
  static Matches matches(String field, String pattern) {
    return new Matches(field, pattern);
  }

  /** A text field contains a text, ignoring case: {@code jobTitle contains "student"}. */
  static Contains contains(String field, String text) {
    return new Contains(field, text);
  }

  /** A field has a value. */
  static Present present(String field) {
    return new Present(field);
  }

  /** A field has no value. */
  static Absent absent(String field) {
    return new Absent(field);
  }

  /**
   * The lead did something at least once: {@code event(DEMO_REQUEST)}. Refine it with
   * {@link Behaviour#detailContains}, {@link Behaviour#atLeast}, {@link Behaviour#withinDays} and
   * {@link Behaviour#perEvent}.
   */
  static Behaviour event(String type) {
    return new Behaviour(type, Optional.empty(), Optional.empty(), 1, OptionalInt.empty(), false, OptionalInt.empty());
  }

  /** A test of one field of the record; {@link #field()} names it as the schema does. */
  sealed interface OnField extends Condition {
    /** The field tested, white space folded, as the {@link ScoringSchema} names it. */
    String field();
  }

  /**
   * The field's text equals {@code value}, ignoring case.
   *
   * @param field the field
   * @param value the text, white space folded
   */
  record Equals(String field, String value) implements OnField {
    /** Checks and folds both texts. */
    public Equals {
      field = Words.required("condition.field", field);
      value = Words.required("condition.equals", value);
    }

    @Override
    public String describe() {
      return field + " is " + Words.quoted(value);
    }
  }

  /**
   * The field's text is one of {@code values}, ignoring case.
   *
   * @param field the field
   * @param values the texts, white space folded; at least one, none twice
   */
  record In(String field, List<String> values) implements OnField {
    /** Checks and folds the texts. */
    public In {
      field = Words.required("condition.field", field);
      CrmValidationException.required("condition.in", values);
      if (values.isEmpty()) {
        throw CrmValidationException.of("condition.in", "required", "[]", "give at least one text");
      }
      List<String> folded = new ArrayList<>(values.size());
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < values.size(); i++) {
        String value = Words.required("condition.in[" + i + "]", values.get(i));
        if (!seen.add(Words.key(value))) {
          throw CrmValidationException.of("condition.in[" + i + "]", "duplicate", value, "each text appears once");
        }
        folded.add(value);
      }
      values = List.copyOf(folded);
    }

    @Override
    public String describe() {
      StringBuilder words = new StringBuilder(field).append(" is one of ");
      for (int i = 0; i < values.size(); i++) {
        words.append(i == 0 ? "" : ", ").append(Words.quoted(values.get(i)));
      }
      return words.toString();
    }
  }

  /**
   * The field's number lies within the bounds, both included.
   *
   * @param field the field
   * @param min the lowest number that passes, if any
   * @param max the highest number that passes, if any; at least one bound is given
   */
  record Range(String field, OptionalDouble min, OptionalDouble max) implements OnField {
    /** Checks the bounds: at least one, finite, {@code min <= max}. */
    public Range {
      field = Words.required("condition.field", field);
      CrmValidationException.required("condition.range.min", min);
      CrmValidationException.required("condition.range.max", max);
      if (min.isEmpty() && max.isEmpty()) {
        throw CrmValidationException.of("condition.range", "required", "{}", "give a min, a max or both");
      }
      finite("condition.range.min", min);
      finite("condition.range.max", max);
      if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
        throw CrmValidationException.of("condition.range.max", "order", Words.number(max.getAsDouble()),
            "max is below min " + Words.number(min.getAsDouble()));
      }
    }

    @Override
    public String describe() {
      if (min.isEmpty()) {
        return field + " at most " + Words.number(max.getAsDouble());
      }
      if (max.isEmpty()) {
        return field + " at least " + Words.number(min.getAsDouble());
      }
      return field + " from " + Words.number(min.getAsDouble()) + " to " + Words.number(max.getAsDouble());
    }

    /** Whether {@code value} lies within the bounds; NaN never does. */
    boolean holds(double value) {
      return (min.isEmpty() || value >= min.getAsDouble()) && (max.isEmpty() || value <= max.getAsDouble());
    }

    private static void finite(String field, OptionalDouble bound) {
      if (bound.isPresent() && !Double.isFinite(bound.getAsDouble())) {
        throw CrmValidationException.of(field, "finite", bound.getAsDouble(), "a bound is a finite number");
      }
    }
  }

  /**
   * The field's text contains a match of a regular expression, ignoring case.
   *
   * @param field the field
   * @param pattern the regular expression ({@link java.util.regex.Pattern} syntax); compiled once,
   *     when a model is compiled, never per record
   */
  record Matches(String field, String pattern) implements OnField {
    /** Checks the field and that the expression compiles. */
    public Matches {
      field = Words.required("condition.field", field);
      CrmValidationException.required("condition.matches", pattern);
      if (pattern.isBlank()) {
        throw CrmValidationException.of("condition.matches", "required", pattern, "a non-blank regular expression is required");
      }
      Words.pattern("condition.matches", pattern);
    }

    @Override
    public String describe() {
      return field + " matches /" + pattern + "/";
    }
  }

  /**
   * The field's text contains {@code text}, ignoring case.
   *
   * @param field the field
   * @param text the text looked for, white space folded
   */
  record Contains(String field, String text) implements OnField {
    /** Checks and folds both texts. */
    public Contains {
      field = Words.required("condition.field", field);
      text = Words.required("condition.contains", text);
    }

    @Override
    public String describe() {
      return field + " contains " + Words.quoted(text);
    }
  }

  /**
   * The field has a value.
   *
   * @param field the field
   */
  record Present(String field) implements OnField {
    /** Checks the field. */
    public Present {
      field = Words.required("condition.field", field);
    }

    @Override
    public String describe() {
      return field + " is present";
    }
  }

  /**
   * The field has no value.
   *
   * @param field the field
   */
  record Absent(String field) implements OnField {
    /** Checks the field. */
    public Absent {
      field = Words.required("condition.field", field);
    }

    @Override
    public String describe() {
      return field + " is missing";
    }
  }

  /**
   * The lead did something: at least {@code atLeast} events of a type, about a detail if given,
   * within {@code withinDays} days of the as-of date if given. Events after the as-of date have not
   * happened yet and never count.
   *
   * <p>A rule with this condition gives its points once, decayed by the age of the event that
   * completed the count (the {@code atLeast}-th newest), or with {@code pointsPerEvent} once for each
   * counted event (the newest {@code maxTimes} at most), each decayed by its own age.
   *
   * @param eventType the type of event counted, white space folded and lower-cased
   * @param detailContains a text the event's detail must contain, ignoring case
   * @param detailMatches a regular expression the event's detail must contain a match of, ignoring
   *     case; at most one of the two detail tests
   * @param atLeast how many events it takes, 1 or more
   * @param withinDays how many days back events count, 1 to {@value Decay#MAX_DAYS}; all when absent
   * @param pointsPerEvent whether the points are given for each event rather than once
   * @param maxTimes for points per event, the most events that give points; at least {@code atLeast}
   */
  record Behaviour(
      String eventType,
      Optional<String> detailContains,
      Optional<String> detailMatches,
      int atLeast,
      OptionalInt withinDays,
      boolean pointsPerEvent,
      OptionalInt maxTimes)
      implements Condition {

    /** Checks and normalises every part. */
    public Behaviour {
      eventType = Words.key(Words.required("condition.event", eventType));
      CrmValidationException.required("condition.detailContains", detailContains);
      CrmValidationException.required("condition.detailMatches", detailMatches);
      detailContains = detailContains.map(text -> Words.required("condition.detailContains", text));
      detailMatches.ifPresent(pattern -> {
        if (pattern.isBlank()) {
          throw CrmValidationException.of("condition.detailMatches", "required", pattern,
              "a non-blank regular expression is required");
        }
        Words.pattern("condition.detailMatches", pattern);
      });
      if (detailContains.isPresent() && detailMatches.isPresent()) {
        throw CrmValidationException.of("condition.detailMatches", "exclusive", detailMatches.get(),
            "give detailContains or detailMatches, not both");
      }
      if (atLeast < 1) {
        throw CrmValidationException.of("condition.atLeast", "range", atLeast, "a rule counts at least 1 event");
      }
      CrmValidationException.required("condition.withinDays", withinDays);
      if (withinDays.isPresent() && (withinDays.getAsInt() < 1 || withinDays.getAsInt() > Decay.MAX_DAYS)) {
        throw CrmValidationException.of("condition.withinDays", "range", withinDays.getAsInt(),
            "from 1 to " + Decay.MAX_DAYS + " days");
      }
      CrmValidationException.required("condition.maxTimes", maxTimes);
      if (maxTimes.isPresent() && !pointsPerEvent) {
        throw CrmValidationException.of("condition.maxTimes", "per-event", maxTimes.getAsInt(),
            "maxTimes limits points given per event; the rule gives its points once");
      }
      if (maxTimes.isPresent() && maxTimes.getAsInt() < atLeast) {
        throw CrmValidationException.of("condition.maxTimes", "range", maxTimes.getAsInt(),
            "maxTimes is at least atLeast (" + atLeast + ")");
      }
    }

    /** This condition, counting only events whose detail contains {@code text} (ignoring case). */
    public Behaviour detailContains(String text) {
      return new Behaviour(eventType, Optional.of(CrmValidationException.required("condition.detailContains", text)),
          Optional.empty(), atLeast, withinDays, pointsPerEvent, maxTimes);
    }

    /** This condition, counting only events whose detail contains a match of {@code pattern} (ignoring case). */
    public Behaviour detailMatches(String pattern) {
      return new Behaviour(eventType, Optional.empty(),
          Optional.of(CrmValidationException.required("condition.detailMatches", pattern)),
          atLeast, withinDays, pointsPerEvent, maxTimes);
    }

    /** This condition, holding only when {@code count} events or more counted. */
    public Behaviour atLeast(int count) {
      return new Behaviour(eventType, detailContains, detailMatches, count, withinDays, pointsPerEvent, maxTimes);
    }

    /** This condition, counting only events at most {@code days} days old. */
    public Behaviour withinDays(int days) {
      return new Behaviour(eventType, detailContains, detailMatches, atLeast, OptionalInt.of(days), pointsPerEvent, maxTimes);
    }

    /** This condition, giving the points for each counted event. */
    public Behaviour perEvent() {
      return new Behaviour(eventType, detailContains, detailMatches, atLeast, withinDays, true, OptionalInt.empty());
    }

    /** This condition, giving the points for each counted event, for the newest {@code maxTimes} at most. */
    public Behaviour perEvent(int maxTimes) {
      return new Behaviour(eventType, detailContains, detailMatches, atLeast, withinDays, true, OptionalInt.of(maxTimes));
    }

    @Override
    public String describe() {
      StringBuilder words = new StringBuilder(pointsPerEvent ? "each " : "").append(eventType);
      detailContains.ifPresent(text -> words.append(" about ").append(Words.quoted(text)));
      detailMatches.ifPresent(pattern -> words.append(" about /").append(pattern).append('/'));
      if (atLeast > 1) {
        words.append(pointsPerEvent ? ", once " : " ").append(atLeast).append(" times or more");
      }
      withinDays.ifPresent(days -> words.append(" in the last ").append(days).append(days == 1 ? " day" : " days"));
      maxTimes.ifPresent(times -> words.append(", ").append(times).append(" at most"));
      return words.toString();
    }
  }
}
