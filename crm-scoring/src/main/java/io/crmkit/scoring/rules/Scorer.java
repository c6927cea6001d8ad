package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.lead.FitGrade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ScoringModel} compiled for one {@link ScoringSchema}: scores records as of a date, and
 * explains a score rule by rule with the same numbers.
 *
 * <pre>{@code
 * Scorer<Lead> scorer = model.compile(ScoringSchemas.lead());
 * Score score = scorer.score(lead, events, asOf);          // numbers, grade, routing
 * ScoreExplanation why = scorer.explain(lead, events, asOf); // the same, with each rule that held
 * }</pre>
 *
 * <p>Compiling resolves every field a rule names to the schema's accessor and every regular
 * expression to a pattern, and lays the model out in flat arrays: scoring a record looks nothing up
 * by name, compiles nothing and allocates little beyond the {@link Score}. Immutable and
 * thread-safe when the schema's accessors are; compile once and share.
 *
 * <p>Events after the as-of instant have not happened yet and never count; an event's age is
 * measured in days of 24 hours from the as-of instant, to the millisecond.
 *
 * @param <R> the type of record scored
 */
public final class Scorer<R> {
  private static final byte EQUALS = 0;
  private static final byte IN = 1;
  private static final byte CONTAINS = 2;
  private static final byte MATCHES = 3;
  private static final byte RANGE = 4;
  private static final byte PRESENT = 5;
  private static final byte ABSENT = 6;
  private static final byte EVENT = 7;
  private static final long DAY_MILLIS = 86_400_000L;
  private static final double DAY = DAY_MILLIS;
  /**
   * The most of its newest times a behaviour rule may have kept in the one pass over a record's events;
   * a rule needing more ({@code atLeast} or {@code maxTimes} above it, with decay) is scored by
   * scanning the events itself.
   */
  private static final int MOST_KEPT = 32;

  private final ScoringModel model;
  private final ScoringSchema<R> schema;

  // Groups: rules of group g are [g == 0 ? 0 : groupEnd[g - 1], groupEnd[g]).
  private final int[] groupEnd;
  private final double[] cap;
  private final boolean[] fitGroup;

  // Rules, in model order.
  private final ScoringRule[] rules;
  private final int[] groupOf;
  private final byte[] kind;
  private final int[] points;
  private final FieldKind[] fieldKind;
  private final ScoringSchema.@Nullable TextAccessor<R>[] text;
  private final ScoringSchema.@Nullable TextsAccessor<R>[] texts;
  private final ScoringSchema.@Nullable NumberAccessor<R>[] number;
  private final @Nullable String[] operand;
  private final String[][] options;
  private final double[] min;
  private final double[] max;
  private final @Nullable Pattern[] pattern;

  // Behaviour rules.
  private final @Nullable String[] eventType;
  private final @Nullable Pattern[] detailPattern;
  private final int[] atLeast;
  private final long[] recency;
  private final boolean[] perEvent;
  private final int[] maxTimes;
  private final double[] halfLifeDays;

  // The one pass over a record's events: the event types behaviour rules name, and for the type
  // at index t the rules of that type, in model order. A rule in none of them scans the events itself.
  private final String[] eventTypes;
  private final int[][] rulesOfType;
  private final boolean hasBehaviour;
  // Per rule: how many of its newest qualifying times the pass keeps (0: none), and where in the
  // record's array of kept times they go; whether the pass sums every qualifying event's decay.
  private final int[] kept;
  private final int[] keptFrom;
  private final int keptTotal;
  private final boolean[] sumsAll;
  private final boolean[] scans;

  // Grades and routing.
  private final int ceiling;
  private final String[] matrixLabels;
  private final String[] namedGrades;
  private final int[] namedMinimum;
  private final RoutingRule[] routing;
  private final int[] routeScore;
  private final @Nullable FitGrade[] routeFit;
  private final String[][] routeGrades;

  /**
   * Compiles {@code model} for {@code schema}.
   *
   * @throws CrmValidationException naming {@code scoringModel.groups[g].rules[r].field}: rule
   *     {@code unknown-field} when the schema has no such field (the message lists those it has),
   *     {@code field-kind} when the condition cannot test the field's kind (a range on a text)
   */
  @SuppressWarnings("unchecked")
  Scorer(ScoringModel model, ScoringSchema<R> schema) {
    this.model = CrmValidationException.required("model", model);
    this.schema = CrmValidationException.required("schema", schema);
    List<RuleGroup> groups = model.groups();
    int n = model.rules().size();
    groupEnd = new int[groups.size()];
    cap = new double[groups.size()];
    fitGroup = new boolean[groups.size()];
    rules = new ScoringRule[n];
    groupOf = new int[n];
    kind = new byte[n];
    points = new int[n];
    fieldKind = new FieldKind[n];
    text = new ScoringSchema.TextAccessor[n];
    texts = new ScoringSchema.TextsAccessor[n];
    number = new ScoringSchema.NumberAccessor[n];
    operand = new String[n];
    options = new String[n][];
    min = new double[n];
    max = new double[n];
    pattern = new Pattern[n];
    eventType = new String[n];
    detailPattern = new Pattern[n];
    atLeast = new int[n];
    recency = new long[n];
    perEvent = new boolean[n];
    maxTimes = new int[n];
    halfLifeDays = new double[n];
    int i = 0;
    for (int g = 0; g < groups.size(); g++) {
      RuleGroup group = groups.get(g);
      cap[g] = group.cap().isPresent() ? group.cap().getAsInt() : Double.POSITIVE_INFINITY;
      fitGroup[g] = group.dimension() == Dimension.FIT;
      for (int r = 0; r < group.rules().size(); r++, i++) {
        ScoringRule rule = group.rules().get(r);
        rules[i] = rule;
        groupOf[i] = g;
        points[i] = rule.points();
        options[i] = new String[0];
        String path = "scoringModel.groups[" + g + "].rules[" + r + "]";
        if (rule.condition() instanceof Condition.Behaviour behaviour) {
          compileBehaviour(i, behaviour, group.decay());
        } else {
          compileField(i, path, rule, (Condition.OnField) rule.condition());
        }
      }
      groupEnd[g] = i;
    }
    kept = new int[n];
    keptFrom = new int[n];
    sumsAll = new boolean[n];
    scans = new boolean[n];
    List<String> types = new ArrayList<>();
    List<List<Integer>> ofType = new ArrayList<>();
    int total = 0;
    boolean behaviour = false;
    for (int r = 0; r < n; r++) {
      if (kind[r] != EVENT) {
        continue;
      }
      behaviour = true;
      int keep = halfLifeDays[r] == 0 ? 0 : !perEvent[r] ? atLeast[r] : maxTimes[r] == Integer.MAX_VALUE ? 0 : maxTimes[r];
      if (keep > MOST_KEPT) {
        scans[r] = true;
        continue;
      }
      kept[r] = keep;
      keptFrom[r] = total;
      total += keep;
      sumsAll[r] = halfLifeDays[r] != 0 && perEvent[r] && maxTimes[r] == Integer.MAX_VALUE;
      int t = types.indexOf(eventType[r]);
      if (t < 0) {
        t = types.size();
        types.add(eventType[r]);
        ofType.add(new ArrayList<>());
      }
      ofType.get(t).add(r);
    }
    eventTypes = types.toArray(String[]::new);
    rulesOfType = ofType.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    keptTotal = total;
    hasBehaviour = behaviour;
    ceiling = model.ceiling();
    matrixLabels = new String[FitGrade.values().length * 3];
    for (FitGrade fit : FitGrade.values()) {
      for (int level = 1; level <= 3; level++) {
        matrixLabels[fit.ordinal() * 3 + level - 1] = fit.name() + level;
      }
    }
    namedGrades = model.grades().stream().map(NamedGrade::name).toArray(String[]::new);
    namedMinimum = model.grades().stream().mapToInt(NamedGrade::minimumScore).toArray();
    routing = model.routing().toArray(RoutingRule[]::new);
    routeScore = new int[routing.length];
    routeFit = new FitGrade[routing.length];
    routeGrades = new String[routing.length][];
    for (int r = 0; r < routing.length; r++) {
      routeScore[r] = routing[r].minimumScore();
      routeFit[r] = routing[r].minimumFit().orElse(null);
      routeGrades[r] = routing[r].grades().toArray(String[]::new);
    }
  }

  private void compileField(int i, String path, ScoringRule rule, Condition.OnField condition) {
    ScoringSchema.Field<R> field = schema.field(condition.field()).orElseThrow(() -> CrmValidationException.of(
        path + ".field", "unknown-field", condition.field(),
        "rule '" + rule.id() + "': " + schema.recordName() + " has no field '" + condition.field() + "'; its fields are "
            + String.join(", ", schema.fields().keySet())
            + (schema.readsCustomFields() ? " and custom fields as " + ScoringSchema.CUSTOM_PREFIX + "<name>" : "")));
    fieldKind[i] = field.kind;
    text[i] = field.text;
    texts[i] = field.texts;
    number[i] = field.number;
    if (condition instanceof Condition.Range range) {
      requireKind(path, rule, condition, field.kind.holdsNumber(), "a range needs a number field");
      kind[i] = RANGE;
      min[i] = range.min().orElse(Double.NEGATIVE_INFINITY);
      max[i] = range.max().orElse(Double.POSITIVE_INFINITY);
    } else if (condition instanceof Condition.Present) {
      kind[i] = PRESENT;
    } else if (condition instanceof Condition.Absent) {
      kind[i] = ABSENT;
    } else {
      requireKind(path, rule, condition, field.kind.holdsText(), "a text test needs a text field");
      if (condition instanceof Condition.Equals equals) {
        kind[i] = EQUALS;
        operand[i] = equals.value();
      } else if (condition instanceof Condition.In in) {
        kind[i] = IN;
        options[i] = in.values().toArray(String[]::new);
      } else if (condition instanceof Condition.Contains contains) {
        kind[i] = CONTAINS;
        operand[i] = contains.text();
      } else {
        kind[i] = MATCHES;
        pattern[i] = Words.pattern(path + ".matches", ((Condition.Matches) condition).pattern());
      }
    }
  }

  private static void requireKind(String path, ScoringRule rule, Condition.OnField condition, boolean fits, String need) {
    if (!fits) {
      throw CrmValidationException.of(path + ".field", "field-kind", condition.field(),
          "rule '" + rule.id() + "': " + need + "; '" + condition.field() + "' is not one");
    }
  }

  private void compileBehaviour(int i, Condition.Behaviour behaviour, Decay decay) {
    kind[i] = EVENT;
    eventType[i] = behaviour.eventType();
    operand[i] = behaviour.detailContains().orElse(null);
    detailPattern[i] = behaviour.detailMatches().map(p -> Words.pattern("condition.detailMatches", p)).orElse(null);
    atLeast[i] = behaviour.atLeast();
    long days = behaviour.withinDays().isPresent() ? behaviour.withinDays().getAsInt() : Long.MAX_VALUE;
    if (decay instanceof Decay.Window window) {
      days = Math.min(days, window.days());
    }
    recency[i] = days == Long.MAX_VALUE ? Long.MAX_VALUE : days * DAY_MILLIS;
    perEvent[i] = behaviour.pointsPerEvent();
    maxTimes[i] = behaviour.maxTimes().orElse(Integer.MAX_VALUE);
    halfLifeDays[i] = decay instanceof Decay.HalfLife halfLife ? halfLife.days() : 0;
  }

  /** The model compiled. */
  public ScoringModel model() {
    return model;
  }

  /** The schema records are read through. */
  public ScoringSchema<R> schema() {
    return schema;
  }

  /** The score of a record as of {@code asOf}, with the behaviour events the schema reads from it. */
  public Score score(R record, Instant asOf) {
    CrmValidationException.required("record", record);
    return score(record, schema.eventsOf(record), asOf);
  }

  /**
   * The score of a record as of {@code asOf}, given its behaviour events.
   *
   * @param record the record
   * @param events the record's behaviour events, in any order; a random-access list is fastest
   * @param asOf the instant the score is judged at: decay and recency count back from it
   * @throws CrmValidationException for a missing argument, or rule {@code range} naming
   *     {@code asOf} beyond what epoch milliseconds hold
   */
  public Score score(R record, List<BehaviourEvent> events, Instant asOf) {
    CrmValidationException.required("record", record);
    CrmValidationException.required("events", events);
    long now = BehaviourEvent.checkMillis("asOf", CrmValidationException.required("asOf", asOf));
    double[] behaviour = new double[rules.length];
    if (hasBehaviour) {
      behaviourPoints(events, now, behaviour, new int[rules.length]);
    }
    double fit = 0;
    double engagement = 0;
    double positive = 0;
    double negative = 0;
    int start = 0;
    for (int g = 0; g < groupEnd.length; g++) {
      int end = groupEnd[g];
      double pos = 0;
      double neg = 0;
      for (int i = start; i < end; i++) {
        double p = kind[i] == EVENT ? behaviour[i] : rulePoints(i, record);
        if (p > 0) {
          pos += p;
        } else {
          neg += p;
        }
      }
      double scale = capScale(g, pos, neg);
      double capped = pos * scale + neg;
      if (fitGroup[g]) {
        fit += capped;
      } else {
        engagement += capped;
      }
      positive += pos * scale;
      negative += neg;
      start = end;
    }
    return result(fit, engagement, positive + negative);
  }

  /** The explanation of a record's score as of {@code asOf}, with the behaviour events the schema reads from it. */
  public ScoreExplanation explain(R record, Instant asOf) {
    CrmValidationException.required("record", record);
    return explain(record, schema.eventsOf(record), asOf);
  }

  /**
   * The explanation of a record's score as of {@code asOf}: the score {@link #score(Object, List,
   * Instant)} gives, every rule that held and each group's points.
   *
   * @throws CrmValidationException as {@link #score(Object, List, Instant)}
   */
  public ScoreExplanation explain(R record, List<BehaviourEvent> events, Instant asOf) {
    CrmValidationException.required("record", record);
    CrmValidationException.required("events", events);
    long now = BehaviourEvent.checkMillis("asOf", CrmValidationException.required("asOf", asOf));
    double[] decayed = new double[rules.length];
    boolean[] held = new boolean[rules.length];
    int[] counted = new int[rules.length];
    if (hasBehaviour) {
      behaviourPoints(events, now, decayed, counted);
    }
    double[] scale = new double[groupEnd.length];
    List<GroupTotal> groups = new ArrayList<>(groupEnd.length);
    double fit = 0;
    double engagement = 0;
    double positive = 0;
    double negative = 0;
    int start = 0;
    for (int g = 0; g < groupEnd.length; g++) {
      int end = groupEnd[g];
      double pos = 0;
      double neg = 0;
      for (int i = start; i < end; i++) {
        double p = kind[i] == EVENT ? decayed[i] : rulePoints(i, record);
        decayed[i] = p;
        if (kind[i] == EVENT) {
          held[i] = counted[i] >= atLeast[i];
        } else {
          held[i] = p != 0;
        }
        if (p > 0) {
          pos += p;
        } else {
          neg += p;
        }
      }
      scale[g] = capScale(g, pos, neg);
      double capped = pos * scale[g] + neg;
      if (fitGroup[g]) {
        fit += capped;
      } else {
        engagement += capped;
      }
      positive += pos * scale[g];
      negative += neg;
      RuleGroup group = model.groups().get(g);
      groups.add(new GroupTotal(group.name(), group.dimension(), pos + neg, group.cap(), capped));
      start = end;
    }
    double total = positive + negative;
    double upper = total > ceiling ? (ceiling - negative) / positive : 1;
    double lower = total < 0 ? positive / -negative : 1;
    List<RuleContribution> contributions = new ArrayList<>();
    for (int i = 0; i < rules.length; i++) {
      if (!held[i]) {
        continue;
      }
      double capped = decayed[i] > 0 ? decayed[i] * scale[groupOf[i]] : decayed[i];
      double share = capped > 0 ? capped * upper : capped * lower;
      RuleGroup group = model.groups().get(groupOf[i]);
      contributions.add(new RuleContribution(rules[i].id(), rules[i].label(), group.name(), group.dimension(),
          points[i], counted[i], decayed[i], capped, share));
    }
    return new ScoreExplanation(result(fit, engagement, total), contributions, groups, total);
  }

  /** The factor a group's positive points are scaled by to keep the group within its cap. */
  private double capScale(int g, double pos, double neg) {
    return pos + neg > cap[g] ? (cap[g] - neg) / pos : 1;
  }

  private Score result(double fit, double engagement, double total) {
    double bounded = total > ceiling ? ceiling : total < 0 ? 0 : total;
    FitGrade fitGrade = model.fitGrades().gradeOf(fit);
    int level = model.engagementLevels().levelOf(engagement);
    int whole = (int) Math.round(bounded);
    String grade = namedGrades.length == 0 ? matrixLabels[fitGrade.ordinal() * 3 + level - 1] : named(whole);
    for (int r = 0; r < routing.length; r++) {
      if (routes(r, whole, fitGrade, grade)) {
        RoutingRule rule = routing[r];
        return new Score(bounded, fit, engagement, fitGrade, level, grade, rule.lifecycleStage(), rule.leadStatus());
      }
    }
    return new Score(bounded, fit, engagement, fitGrade, level, grade, Optional.empty(), Optional.empty());
  }

  /** Whether routing rule {@code r} holds: as {@link RoutingRule#routes}, over arrays. */
  private boolean routes(int r, int whole, FitGrade fitGrade, String grade) {
    FitGrade minimumFit = routeFit[r];
    if (whole < routeScore[r] || minimumFit != null && !fitGrade.isAtLeast(minimumFit)) {
      return false;
    }
    String[] grades = routeGrades[r];
    if (grades.length == 0) {
      return true;
    }
    for (String label : grades) {
      if (label.equalsIgnoreCase(grade)) {
        return true;
      }
    }
    return false;
  }

  private String named(int whole) {
    for (int k = 0; k < namedGrades.length; k++) {
      if (whole >= namedMinimum[k]) {
        return namedGrades[k];
      }
    }
    return namedGrades[namedGrades.length - 1];
  }

  /** The points field rule {@code i} gives; 0 when it does not hold. */
  private double rulePoints(int i, R record) {
    switch (kind[i]) {
      case PRESENT:
        return present(i, record) ? points[i] : 0;
      case ABSENT:
        return present(i, record) ? 0 : points[i];
      case RANGE:
        double value = number[i].number(record);
        return value >= min[i] && value <= max[i] ? points[i] : 0;
      default:
        return textHolds(i, record) ? points[i] : 0;
    }
  }

  private boolean present(int i, R record) {
    switch (fieldKind[i]) {
      case NUMBER:
        return !Double.isNaN(number[i].number(record));
      case TEXTS:
        for (String value : texts[i].texts(record)) {
          if (!value.isEmpty()) {
            return true;
          }
        }
        return false;
      default:
        String value = text[i].text(record);
        return value != null && !value.isEmpty();
    }
  }

  private boolean textHolds(int i, R record) {
    if (fieldKind[i] == FieldKind.TEXTS) {
      Collection<String> values = texts[i].texts(record);
      for (String value : values) {
        if (!value.isEmpty() && textTest(i, value)) {
          return true;
        }
      }
      return false;
    }
    String value = text[i].text(record);
    return value != null && !value.isEmpty() && textTest(i, value);
  }

  private boolean textTest(int i, String value) {
    switch (kind[i]) {
      case EQUALS:
        return value.equalsIgnoreCase(operand[i]);
      case IN:
        for (String option : options[i]) {
          if (value.equalsIgnoreCase(option)) {
            return true;
          }
        }
        return false;
      case CONTAINS:
        return Words.containsIgnoreCase(value, operand[i]);
      default:
        return pattern[i].matcher(value).find();
    }
  }

  /**
   * Scores every behaviour rule in one pass over the events: fills {@code decayed} with the points
   * each gives after decay (0 when it does not hold) and {@code count} with how many events each
   * counts. Entries of field rules are left alone.
   *
   * <p>Each event is tested only against the rules of its type, and its detail once per such rule.
   * A rule keeps its count and, when decay needs them, the few newest times it counted (the
   * {@code atLeast}-th newest gives a once-only rule's decay; the newest {@code maxTimes} a
   * per-event rule's). The numbers are those the event-by-event definitions give, summed in the
   * same order, to the last bit.
   */
  private void behaviourPoints(List<BehaviourEvent> events, long now, double[] decayed, int[] count) {
    long[] times = new long[keptTotal];
    double[] sums = new double[rules.length];
    for (int k = 0, n = events.size(); k < n; k++) {
      BehaviourEvent event = events.get(k);
      int[] candidates = rulesOf(event.type());
      if (candidates == null) {
        continue;
      }
      long t = event.occurredAt().toEpochMilli();
      if (t > now) {
        continue;
      }
      for (int i : candidates) {
        if (t < oldest(i, now) || !detailHolds(i, event)) {
          continue;
        }
        int c = count[i]++;
        if (kept[i] > 0) {
          keep(times, keptFrom[i], kept[i], c, t);
        } else if (sumsAll[i]) {
          sums[i] += decay(halfLifeDays[i], now, t);
        }
      }
    }
    for (int i = 0; i < rules.length; i++) {
      if (kind[i] != EVENT) {
        continue;
      }
      if (scans[i]) {
        count[i] = count(i, events, now);
        decayed[i] = behaviourPoints(i, events, now);
      } else if (count[i] >= atLeast[i]) {
        decayed[i] = points[i] * tallyWeight(i, count[i], times, sums[i], now);
      }
    }
  }

  /** The behaviour rules of an event type, in model order; null when no rule the pass serves names it. */
  private int @Nullable [] rulesOf(String type) {
    for (int t = 0; t < eventTypes.length; t++) {
      if (eventTypes[t].equals(type)) {
        return rulesOfType[t];
      }
    }
    return null;
  }

  /**
   * Keeps time {@code t}, the {@code c}-th (from 0) a rule counted, among the newest {@code size}
   * it counted, at {@code times[from, from + size)}. The times kept stay in the order they came,
   * so that sums over them run in event order: when full, the oldest (earliest first) is dropped
   * if {@code t} is newer and the rest move up.
   */
  private static void keep(long[] times, int from, int size, int c, long t) {
    if (c < size) {
      times[from + c] = t;
      return;
    }
    int end = from + size;
    int oldest = from;
    for (int k = from + 1; k < end; k++) {
      if (times[k] < times[oldest]) {
        oldest = k;
      }
    }
    if (t > times[oldest]) {
      System.arraycopy(times, oldest + 1, times, oldest, end - oldest - 1);
      times[end - 1] = t;
    }
  }

  /**
   * The decay weight of behaviour rule {@code i}, which holds with {@code count} events, from what
   * the pass kept: as {@link #weight}, which reads the events instead.
   */
  private double tallyWeight(int i, int count, long[] times, double sum, long now) {
    double halfLife = halfLifeDays[i];
    int given = Math.min(count, maxTimes[i]);
    if (halfLife == 0) {
      return perEvent[i] ? given : 1;
    }
    if (sumsAll[i]) {
      return sum;
    }
    int from = keptFrom[i];
    int filled = Math.min(count, kept[i]);
    // Once the rule holds (or, per event, is limited) the kept times are full and the oldest of
    // them is the n-th newest the rule counted.
    long cut = Long.MAX_VALUE;
    for (int k = from; k < from + filled; k++) {
      cut = Math.min(cut, times[k]);
    }
    if (!perEvent[i]) {
      return decay(halfLife, now, cut);
    }
    boolean limited = count > maxTimes[i];
    double total = 0;
    int above = 0;
    for (int k = from; k < from + filled; k++) {
      if (!limited || times[k] > cut) {
        total += decay(halfLife, now, times[k]);
        above++;
      }
    }
    return limited ? total + (given - above) * decay(halfLife, now, cut) : total;
  }

  /** Whether an event's detail passes behaviour rule {@code i}'s detail test, if it has one. */
  private boolean detailHolds(int i, BehaviourEvent event) {
    String contains = operand[i];
    Pattern matches = detailPattern[i];
    if (contains == null && matches == null) {
      return true;
    }
    String detail = event.detail().orElse(null);
    if (detail == null) {
      return false;
    }
    return contains != null ? Words.containsIgnoreCase(detail, contains) : matches.matcher(detail).find();
  }

  /** The points behaviour rule {@code i} gives after decay, scanning the events itself. */
  private double behaviourPoints(int i, List<BehaviourEvent> events, long now) {
    int count = count(i, events, now);
    if (count < atLeast[i]) {
      return 0;
    }
    return points[i] * weight(i, count, events, now);
  }

  /** How many events rule {@code i} counts. */
  private int count(int i, List<BehaviourEvent> events, long now) {
    long oldest = oldest(i, now);
    int count = 0;
    for (int k = 0, n = events.size(); k < n; k++) {
      if (counts(i, events.get(k), now, oldest)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The decay weight of a behaviour rule that holds: of the event that completed the count for a
   * rule giving its points once; summed over the newest {@code maxTimes} events for a per-event rule.
   */
  private double weight(int i, int count, List<BehaviourEvent> events, long now) {
    double halfLife = halfLifeDays[i];
    int given = Math.min(count, maxTimes[i]);
    if (halfLife == 0) {
      return perEvent[i] ? given : 1;
    }
    long oldest = oldest(i, now);
    if (!perEvent[i]) {
      return decay(halfLife, now, newest(i, events, now, oldest, atLeast[i]));
    }
    boolean limited = count > maxTimes[i];
    long cut = limited ? newest(i, events, now, oldest, maxTimes[i]) : Long.MIN_VALUE;
    double sum = 0;
    int above = 0;
    for (int k = 0, n = events.size(); k < n; k++) {
      BehaviourEvent event = events.get(k);
      if (counts(i, event, now, oldest)) {
        long t = event.occurredAt().toEpochMilli();
        if (!limited || t > cut) {
          sum += decay(halfLife, now, t);
          above++;
        }
      }
    }
    return limited ? sum + (given - above) * decay(halfLife, now, cut) : sum;
  }

  /** The share of its points an event at {@code t} keeps at {@code now}: as {@link Decay.HalfLife#weight}. */
  private static double decay(double halfLifeDays, long now, long t) {
    double ageMillis = (double) now - (double) t;
    return ageMillis <= 0 ? 1 : Math.pow(0.5, (ageMillis / DAY) / halfLifeDays);
  }

  /** The time of the {@code n}-th newest event rule {@code i} counts; at least {@code n} are counted. */
  private long newest(int i, List<BehaviourEvent> events, long now, long oldest, int n) {
    long bound = Long.MAX_VALUE;
    boolean first = true;
    int remaining = n;
    while (true) {
      long best = Long.MIN_VALUE;
      int ties = 0;
      for (int k = 0, size = events.size(); k < size; k++) {
        BehaviourEvent event = events.get(k);
        if (counts(i, event, now, oldest)) {
          long t = event.occurredAt().toEpochMilli();
          if (first || t < bound) {
            if (ties == 0 || t > best) {
              best = t;
              ties = 1;
            } else if (t == best) {
              ties++;
            }
          }
        }
      }
      remaining -= ties;
      if (remaining <= 0 || ties == 0) {
        return best;
      }
      bound = best;
      first = false;
    }
  }

  /** The oldest instant, in epoch milliseconds, of an event rule {@code i} counts. */
  private long oldest(int i, long now) {
    return recency[i] == Long.MAX_VALUE || now < Long.MIN_VALUE + recency[i] ? Long.MIN_VALUE : now - recency[i];
  }

  private boolean counts(int i, BehaviourEvent event, long now, long oldest) {
    if (!event.type().equals(eventType[i])) {
      return false;
    }
    long t = event.occurredAt().toEpochMilli();
    return t <= now && t >= oldest && detailHolds(i, event);
  }
}
