package io.crmkit.identity.merge;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a field of the golden record is chosen among the values of the merged records. A rule keeps
 * the candidates it prefers; when they still disagree the field's next rule chooses among them, and
 * when no rule is left the survivor's value wins, else the one of the record with the smallest id.
 *
 * <p>Rules are data: a field's rules are a list of these values ({@link SurvivorshipRules}).
 */
public sealed interface SurvivorshipRule {

  /** The rule's name as an explanation shows it: {@code most recent}, {@code source priority}. */
  String name();

  /**
   * The candidates this rule prefers.
   *
   * @param candidates two or more candidates, survivor first then by record id
   * @return a non-empty subset, in the same order
   */
  List<FieldCandidate> prefer(List<FieldCandidate> candidates);

  /** Why the rule chose {@code winner} among {@code candidates}, as a phrase for a person. */
  String because(FieldCandidate winner, List<FieldCandidate> candidates);

  /** The value of the record updated last. */
  static SurvivorshipRule mostRecent() {
    return new MostRecent();
  }

  /** The most complete value: the longest text, the list with the most elements. */
  static SurvivorshipRule mostComplete() {
    return new MostComplete();
  }

  /** The value of the record whose source comes first in {@code sources}; records of other sources come last. */
  static SurvivorshipRule sourcePriority(String... sources) {
    return new SourcePriority(List.of(sources));
  }

  /** The value most records hold. */
  static SurvivorshipRule mostFrequent() {
    return new MostFrequent();
  }

  /** A rule of your own, named for explanations. */
  static SurvivorshipRule userRule(String name, SurvivorshipFunction function) {
    return new UserRule(name, function);
  }

  /** The value of the record with the latest {@code updatedAt}. */
  record MostRecent() implements SurvivorshipRule {

    @Override
    public String name() {
      return "most recent";
    }

    @Override
    public List<FieldCandidate> prefer(List<FieldCandidate> candidates) {
      return keepMax(candidates, Comparator.comparing(FieldCandidate::updatedAt));
    }

    @Override
    public String because(FieldCandidate winner, List<FieldCandidate> candidates) {
      return "its record was updated last, at " + winner.updatedAt();
    }
  }

  /** The most complete value, by {@link FieldCandidate#completeness()}. */
  record MostComplete() implements SurvivorshipRule {

    @Override
    public String name() {
      return "most complete";
    }

    @Override
    public List<FieldCandidate> prefer(List<FieldCandidate> candidates) {
      return keepMax(candidates, Comparator.comparingInt(FieldCandidate::completeness));
    }

    @Override
    public String because(FieldCandidate winner, List<FieldCandidate> candidates) {
      int next = candidates.stream().filter(c -> !c.value().equals(winner.value()))
          .mapToInt(FieldCandidate::completeness).max().orElse(0);
      return "it is the most complete value (" + winner.completeness() + " against " + next + ")";
    }
  }

  /** The value held by the most records. */
  record MostFrequent() implements SurvivorshipRule {

    @Override
    public String name() {
      return "most frequent";
    }

    @Override
    public List<FieldCandidate> prefer(List<FieldCandidate> candidates) {
      Map<Object, Integer> counts = counts(candidates);
      return keepMax(candidates, Comparator.comparingInt(c -> counts.get(c.value())));
    }

    @Override
    public String because(FieldCandidate winner, List<FieldCandidate> candidates) {
      return "it is held by " + counts(candidates).get(winner.value()) + " of " + candidates.size() + " records";
    }

    private static Map<Object, Integer> counts(List<FieldCandidate> candidates) {
      Map<Object, Integer> counts = new HashMap<>();
      candidates.forEach(c -> counts.merge(c.value(), 1, Integer::sum));
      return counts;
    }
  }

  /**
   * The value of the record whose source ranks first; sources are compared white space folded and
   * ignoring case, and records of an unlisted or unknown source rank after all listed ones.
   *
   * @param sources the sources, most trusted first; at least one, no repeats
   */
  record SourcePriority(List<String> sources) implements SurvivorshipRule {
    /** Checks, folds and lower-cases the sources. */
    public SourcePriority {
      CrmValidationException.required("sourcePriority.sources", sources);
      List<String> clean = new ArrayList<>();
      for (String s : sources) {
        String key = key(CrmValidationException.requiredText("sourcePriority.sources", s));
        if (clean.contains(key)) {
          throw CrmValidationException.of("sourcePriority.sources", "duplicate", s, "each source is ranked once");
        }
        clean.add(key);
      }
      if (clean.isEmpty()) {
        throw CrmValidationException.of("sourcePriority.sources", "empty", sources, "rank at least one source");
      }
      sources = List.copyOf(clean);
    }

    @Override
    public String name() {
      return "source priority";
    }

    @Override
    public List<FieldCandidate> prefer(List<FieldCandidate> candidates) {
      return keepMax(candidates, Comparator.comparingInt((FieldCandidate c) -> rank(c)).reversed());
    }

    @Override
    public String because(FieldCandidate winner, List<FieldCandidate> candidates) {
      return winner.source().map(s -> "its source " + s + " ranks " + (rank(winner) + 1) + " in " + sources)
          .orElse("no record has a ranked source");
    }

    /** The rank of a candidate's source: 0 for the first listed, the number of sources when unlisted. */
    int rank(FieldCandidate c) {
      int i = c.source().map(SourcePriority::key).map(sources::indexOf).orElse(-1);
      return i < 0 ? sources.size() : i;
    }

    private static String key(String source) {
      return Folding.fold(source).toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A rule of your own.
   *
   * @param name the name explanations show, white space folded
   * @param function the preference
   */
  record UserRule(String name, SurvivorshipFunction function) implements SurvivorshipRule {
    /** Checks both parts. */
    public UserRule {
      name = Folding.fold(CrmValidationException.requiredText("userRule.name", name));
      CrmValidationException.required("userRule.function", function);
    }

    /**
     * {@inheritDoc}
     *
     * @throws CrmValidationException ({@code userRule.result}) when the function returns nothing or
     *     a value that was not a candidate
     */
    @Override
    public List<FieldCandidate> prefer(List<FieldCandidate> candidates) {
      List<FieldCandidate> preferred = function.prefer(candidates);
      if (preferred == null || preferred.isEmpty() || !candidates.containsAll(preferred)) {
        throw CrmValidationException.of("userRule.result", "subset", preferred,
            "the rule " + name + " must return some of the candidates it was given");
      }
      return candidates.stream().filter(preferred::contains).toList();
    }

    @Override
    public String because(FieldCandidate winner, List<FieldCandidate> candidates) {
      return "the rule " + name + " prefers it";
    }
  }

  private static List<FieldCandidate> keepMax(List<FieldCandidate> candidates, Comparator<FieldCandidate> order) {
    Optional<FieldCandidate> best = candidates.stream().max(order);
    return candidates.stream().filter(c -> order.compare(c, best.orElseThrow()) == 0).toList();
  }
}
