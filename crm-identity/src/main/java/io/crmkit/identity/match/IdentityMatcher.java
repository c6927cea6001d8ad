package io.crmkit.identity.match;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.block.Blocker;
import io.crmkit.identity.block.BlockingRule;
import io.crmkit.identity.block.Blocking;
import io.crmkit.identity.block.CandidatePairs;
import io.crmkit.identity.cluster.Clusterer;
import io.crmkit.identity.cluster.Clusters;
import io.crmkit.identity.cluster.Link;
import io.crmkit.identity.compare.Comparison;
import io.crmkit.identity.compare.ComparisonLevel;
import io.crmkit.identity.record.IdentityRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Finds the records that are the same person or company, within one list (deduplication) or
 * between two (linkage), with a Fellegi-Sunter model trained without labels.
 *
 * <p>A run prepares every field once, picks candidate pairs by the settings' blocking rules,
 * compares each pair field by field, trains the model by expectation maximisation (unless one is
 * given), scores and decides each pair (deterministic rules first), and clusters the matches
 * without chaining past the maximum cluster size. Records are taken in id order, so the same
 * records in any order give the same model, pairs and clusters. Comparisons run in parallel on the
 * common fork-join pool.
 *
 * <pre>{@code
 * IdentityMatcher matcher = IdentityMatcher.of(settings);
 * MatchRun run = matcher.deduplicate(records);
 * run.clusters().duplicates();                         // the clusters of 2 or more records
 * run.explain("rec-1", "rec-2").describe();            // why, as a weight waterfall
 * MatchIndex index = run.index();                      // match new records without a rerun
 * }</pre>
 */
public final class IdentityMatcher {
  private static final int CHUNK = 8_192;

  private final MatchSettings settings;
  private final Blocker blocker;
  private final Scorer scorer;

  private IdentityMatcher(MatchSettings settings) {
    this.settings = settings;
    this.blocker = Blocker.of(settings.effectiveBlockingRules());
    this.scorer = new Scorer(settings);
  }

  /** A matcher with these settings. */
  public static IdentityMatcher of(MatchSettings settings) {
    return new IdentityMatcher(CrmValidationException.required("settings", settings));
  }

  /** The settings. */
  public MatchSettings settings() {
    return settings;
  }

  /**
   * Trains a model on one list of records, for deduplication.
   *
   * @throws CrmValidationException naming {@code records} (rule {@code too-few}) when blocking
   *     finds no candidate pair to learn from, or {@code records.id} (rule {@code unique}) when
   *     two records share an id
   */
  public TrainedModel train(List<IdentityRecord> records) {
    PreparedRecords prepared = PreparedRecords.of(settings, records, "records");
    Blocking blocking = blocker.deduplicate(prepared.size(), prepared::field);
    return train(prepared, prepared, false, patterns(blocking.pairs(), prepared, prepared), blocking);
  }

  /**
   * Trains a model on two lists of records, for linkage.
   *
   * @throws CrmValidationException as {@link #train(List)}; ids must be unique across both lists
   */
  public TrainedModel train(List<IdentityRecord> left, List<IdentityRecord> right) {
    PreparedRecords[] sides = sides(left, right);
    Blocking blocking = blocker.link(sides[0].size(), sides[0]::field, sides[1].size(), sides[1]::field);
    return train(sides[0], sides[1], true, patterns(blocking.pairs(), sides[0], sides[1]), blocking);
  }

  /**
   * Deduplicates records: trains a model on them, then scores, decides and clusters.
   *
   * @throws CrmValidationException as {@link #train(List)}
   */
  public MatchRun deduplicate(List<IdentityRecord> records) {
    PreparedRecords prepared = PreparedRecords.of(settings, records, "records");
    Blocking blocking = blocker.deduplicate(prepared.size(), prepared::field);
    long[] patterns = patterns(blocking.pairs(), prepared, prepared);
    TrainedModel trained = train(prepared, prepared, false, patterns, blocking);
    return apply(prepared, prepared, false, blocking, patterns, trained.model(), Optional.of(trained.report()));
  }

  /**
   * Deduplicates records with a model trained before (on these records or others); no training.
   *
   * @throws CrmValidationException naming {@code model.fields} when the model's comparisons are not the settings'
   */
  public MatchRun deduplicate(List<IdentityRecord> records, FellegiSunterModel model) {
    CrmValidationException.required("model", model);
    PreparedRecords prepared = PreparedRecords.of(settings, records, "records");
    Blocking blocking = blocker.deduplicate(prepared.size(), prepared::field);
    long[] patterns = patterns(blocking.pairs(), prepared, prepared);
    return apply(prepared, prepared, false, blocking, patterns, model, Optional.empty());
  }

  /**
   * Links two lists of records: trains a model on their cross pairs, then scores, decides and
   * clusters. Only pairs with one record from each list are compared.
   *
   * @throws CrmValidationException as {@link #train(List, List)}
   */
  public MatchRun link(List<IdentityRecord> left, List<IdentityRecord> right) {
    PreparedRecords[] sides = sides(left, right);
    Blocking blocking = blocker.link(sides[0].size(), sides[0]::field, sides[1].size(), sides[1]::field);
    long[] patterns = patterns(blocking.pairs(), sides[0], sides[1]);
    TrainedModel trained = train(sides[0], sides[1], true, patterns, blocking);
    return apply(sides[0], sides[1], true, blocking, patterns, trained.model(), Optional.of(trained.report()));
  }

  /** Links two lists of records with a model trained before; no training. */
  public MatchRun link(List<IdentityRecord> left, List<IdentityRecord> right, FellegiSunterModel model) {
    CrmValidationException.required("model", model);
    PreparedRecords[] sides = sides(left, right);
    Blocking blocking = blocker.link(sides[0].size(), sides[0]::field, sides[1].size(), sides[1]::field);
    long[] patterns = patterns(blocking.pairs(), sides[0], sides[1]);
    return apply(sides[0], sides[1], true, blocking, patterns, model, Optional.empty());
  }

  private PreparedRecords[] sides(List<IdentityRecord> left, List<IdentityRecord> right) {
    PreparedRecords l = PreparedRecords.of(settings, left, "left");
    PreparedRecords r = PreparedRecords.of(settings, right, "right");
    for (String id : r.ids) {
      if (l.indexOf(id) >= 0) {
        throw CrmValidationException.of("records.id", "unique", id, "a record id is used once across both lists");
      }
    }
    return new PreparedRecords[] {l, r};
  }

  Scorer scorer() {
    return scorer;
  }

  Blocker blocker() {
    return blocker;
  }

  private long[] patterns(CandidatePairs pairs, PreparedRecords left, PreparedRecords right) {
    long[] patterns = new long[pairs.size()];
    int chunks = (pairs.size() + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks).parallel().forEach(chunk -> {
      int end = Math.min(pairs.size(), (chunk + 1) * CHUNK);
      for (int k = chunk * CHUNK; k < end; k++) {
        patterns[k] = scorer.pattern(left, pairs.left(k), right, pairs.right(k));
      }
    });
    return patterns;
  }

  private TrainedModel train(PreparedRecords left, PreparedRecords right, boolean link, long[] patterns,
      Blocking blocking) {
    if (patterns.length == 0) {
      throw CrmValidationException.of("records", "too-few", left.size() + (link ? right.size() : 0),
          "training needs candidate pairs: records that share a blocking key");
    }
    TrainingOptions options = settings.training();
    Comparison[] comparisons = scorer.comparisons();
    int[] levelCounts = scorer.levelCounts();
    RandomPairs random = randomPairLevels(left, right, link);
    double[][] u = new double[comparisons.length][];
    double[][] startM = new double[comparisons.length][];
    for (int c = 0; c < comparisons.length; c++) {
      u[c] = startingU(random.counts[c]);
      startM[c] = startingM(comparisons[c]);
    }
    List<TrainingSession> sessions = new ArrayList<>();
    List<String> untrained = new ArrayList<>();
    double[][] m;
    double prior;
    List<PatternInBlocks> distinct = PatternInBlocks.count(patterns, blocking);
    if (options.estimation() == Estimation.CANDIDATE_PAIRS) {
      PatternCounts all = PatternCounts.of(scorer, distinct, mask -> true, new boolean[comparisons.length]);
      ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(all.levels, all.counts, levelCounts, startM, u,
          0.1, false, options);
      sessions.add(new TrainingSession("candidate pairs", patterns.length, List.of(), fit.iterations(), fit.converged()));
      m = fit.m();
      u = fit.u();
      prior = fit.prior();
    } else {
      double[][] mSum = new double[comparisons.length][];
      int[] trainedIn = new int[comparisons.length];
      for (int c = 0; c < comparisons.length; c++) {
        mSum[c] = new double[levelCounts[c]];
      }
      List<BlockingRule> rules = blocker.rules();
      for (int r = 0; r < rules.size(); r++) {
        int rule = r;
        boolean[] leftOut = new boolean[comparisons.length];
        List<String> leftOutNames = new ArrayList<>();
        for (int c = 0; c < comparisons.length; c++) {
          if (rules.get(r).fields().contains(comparisons[c].field())) {
            leftOut[c] = true;
            leftOutNames.add(comparisons[c].name());
          }
        }
        PatternCounts session = PatternCounts.of(scorer, distinct, mask -> (mask & (1L << rule)) != 0, leftOut);
        if (session.pairs == 0 || leftOutNames.size() == comparisons.length) {
          continue;
        }
        ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(session.levels, session.counts, levelCounts,
            startM, u, 0.5, true, options);
        sessions.add(new TrainingSession(rules.get(r).name(), session.pairs, leftOutNames, fit.iterations(),
            fit.converged()));
        for (int c = 0; c < comparisons.length; c++) {
          if (!leftOut[c] && session.present[c] > 0) {
            for (int level = 1; level < levelCounts[c]; level++) {
              mSum[c][level] += fit.m()[c][level];
            }
            trainedIn[c]++;
          }
        }
      }
      m = new double[comparisons.length][];
      for (int c = 0; c < comparisons.length; c++) {
        if (trainedIn[c] == 0) {
          m[c] = startM[c];
          untrained.add(comparisons[c].name());
        } else {
          m[c] = new double[levelCounts[c]];
          m[c][0] = 1.0;
          for (int level = 1; level < levelCounts[c]; level++) {
            m[c][level] = mSum[c][level] / trainedIn[c];
          }
        }
      }
      PatternCounts all = PatternCounts.of(scorer, distinct, mask -> true, new boolean[comparisons.length]);
      double[] weights = new double[all.levels.length];
      for (int p = 0; p < weights.length; p++) {
        for (int c = 0; c < comparisons.length; c++) {
          int level = all.levels[p][c];
          weights[p] += level == 0 ? 0 : Math.log(m[c][level] / u[c][level]) / Math.log(2);
        }
      }
      long possible = link ? (long) left.size() * right.size() : (long) left.size() * (left.size() - 1) / 2;
      ExpectationMaximisation.Fit fit = ExpectationMaximisation.prior(weights, all.counts, possible, options);
      sessions.add(new TrainingSession("prior", possible, List.of(), fit.iterations(), fit.converged()));
      prior = fit.prior();
    }
    List<FieldParameters> fields = new ArrayList<>();
    for (int c = 0; c < comparisons.length; c++) {
      fields.add(new FieldParameters(comparisons[c].name(), comparisons[c].levelLabels(), boxed(m[c]), boxed(u[c])));
    }
    FellegiSunterModel model = new FellegiSunterModel(prior, fields);
    return new TrainedModel(model, new TrainingReport(options.estimation(), patterns.length, random.pairs, sessions,
        untrained));
  }

  /**
   * A distinct pattern with the rules in whose blocks its pairs are (bit {@code r} for rule
   * {@code r}), and how many candidate pairs share both.
   */
  private record PatternInBlocks(long pattern, long rules, long count) {
    static List<PatternInBlocks> count(long[] patterns, Blocking blocking) {
      CandidatePairs pairs = blocking.pairs();
      Map<PatternInBlocks, long[]> counted = new HashMap<>();
      for (int k = 0; k < patterns.length; k++) {
        long mask = 0;
        for (int r = 0; r < blocking.rules(); r++) {
          if (blocking.sameBlock(r, pairs.left(k), pairs.right(k))) {
            mask |= 1L << r;
          }
        }
        counted.computeIfAbsent(new PatternInBlocks(patterns[k], mask, 0), p -> new long[1])[0]++;
      }
      List<PatternInBlocks> distinct = new ArrayList<>(counted.size());
      counted.forEach((key, count) -> distinct.add(new PatternInBlocks(key.pattern(), key.rules(), count[0])));
      distinct.sort(Comparator.comparingLong(PatternInBlocks::pattern).thenComparingLong(PatternInBlocks::rules));
      return distinct;
    }
  }

  /** Distinct patterns and their counts among chosen pairs, some comparisons set to missing. */
  private static final class PatternCounts {
    int[][] levels = new int[0][];
    long[] counts = new long[0];
    long pairs;
    long[] present = new long[0];

    static PatternCounts of(Scorer scorer, List<PatternInBlocks> distinct, java.util.function.LongPredicate inRules,
        boolean[] leftOut) {
      Map<Long, long[]> counted = new HashMap<>();
      PatternCounts out = new PatternCounts();
      out.present = new long[leftOut.length];
      for (PatternInBlocks entry : distinct) {
        if (!inRules.test(entry.rules())) {
          continue;
        }
        long pattern = entry.pattern();
        for (int c = 0; c < leftOut.length; c++) {
          int level = scorer.level(pattern, c);
          if (leftOut[c]) {
            pattern -= scorer.place(c) * level;
          } else if (level != 0) {
            out.present[c] += entry.count();
          }
        }
        counted.computeIfAbsent(pattern, p -> new long[1])[0] += entry.count();
        out.pairs += entry.count();
      }
      long[] patterns = counted.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      out.levels = new int[patterns.length][];
      out.counts = new long[patterns.length];
      for (int p = 0; p < patterns.length; p++) {
        out.levels[p] = scorer.levels(patterns[p]);
        out.counts[p] = counted.get(patterns[p])[0];
      }
      return out;
    }
  }

  private static List<Double> boxed(double[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  /** Level counts by comparison among random pairs: every pair when there are no more than asked for. */
  private record RandomPairs(long[][] counts, long pairs) {}

  private RandomPairs randomPairLevels(PreparedRecords left, PreparedRecords right, boolean link) {
    int[] levelCounts = scorer.levelCounts();
    long possible = link ? (long) left.size() * right.size() : (long) left.size() * (left.size() - 1) / 2;
    int wanted = settings.training().randomPairs();
    long[][] counts = new long[levelCounts.length][];
    for (int c = 0; c < counts.length; c++) {
      counts[c] = new long[levelCounts[c]];
    }
    long pairs;
    if (possible <= wanted) {
      for (int i = 0; i < left.size(); i++) {
        for (int j = link ? 0 : i + 1; j < right.size(); j++) {
          tally(counts, scorer.pattern(left, i, right, j));
        }
      }
      pairs = possible;
    } else {
      SplittableRandom random = new SplittableRandom(settings.training().seed());
      int[] is = new int[wanted];
      int[] js = new int[wanted];
      for (int k = 0; k < wanted; k++) {
        int i = random.nextInt(left.size());
        int j;
        if (link) {
          j = random.nextInt(right.size());
        } else {
          j = random.nextInt(left.size() - 1);
          if (j >= i) {
            j++;
          }
        }
        is[k] = i;
        js[k] = j;
      }
      long[] sampled = new long[wanted];
      IntStream.range(0, (wanted + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
        int end = Math.min(wanted, (chunk + 1) * CHUNK);
        for (int k = chunk * CHUNK; k < end; k++) {
          sampled[k] = scorer.pattern(left, is[k], right, js[k]);
        }
      });
      for (long pattern : sampled) {
        tally(counts, pattern);
      }
      pairs = wanted;
    }
    return new RandomPairs(counts, pairs);
  }

  private void tally(long[][] counts, long pattern) {
    for (int c = 0; c < counts.length; c++) {
      counts[c][scorer.level(pattern, c)]++;
    }
  }

  /** u from random pairs, each level seen at least half a time so none starts at zero. */
  private static double[] startingU(long[] counts) {
    double[] u = new double[counts.length];
    u[0] = 1.0;
    double total = 0;
    for (int level = 1; level < counts.length; level++) {
      total += counts[level] + 0.5;
    }
    for (int level = 1; level < counts.length; level++) {
      u[level] = (counts[level] + 0.5) / total;
    }
    return u;
  }

  /** m to start from: most matches on the first level, halving level by level, 5% on else. */
  private static double[] startingM(Comparison comparison) {
    int levels = comparison.levels().size();
    double[] m = new double[levels + 2];
    m[0] = 1.0;
    m[levels + 1] = 0.05;
    double share = 0;
    for (int level = 1; level <= levels; level++) {
      share += Math.pow(0.5, level - 1);
    }
    for (int level = 1; level <= levels; level++) {
      m[level] = 0.95 * Math.pow(0.5, level - 1) / share;
    }
    if (comparison.levels().get(0) instanceof ComparisonLevel.Exact && levels == 1) {
      m[1] = 0.95;
    }
    return m;
  }

  private MatchRun apply(PreparedRecords left, PreparedRecords right, boolean link, Blocking blocking,
      long[] patterns, FellegiSunterModel model, Optional<TrainingReport> training) {
    TermFrequencies[] frequencies = link ? scorer.termFrequencies(left, right) : scorer.termFrequencies(left);
    Scorer.Weigher weigher = scorer.new Weigher(model, frequencies);
    CandidatePairs pairs = blocking.pairs();
    int chunks = (pairs.size() + CHUNK - 1) / CHUNK;
    List<List<ScoredPair>> decided = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
      List<ScoredPair> kept = new ArrayList<>();
      int end = Math.min(pairs.size(), (chunk + 1) * CHUNK);
      for (int k = chunk * CHUNK; k < end; k++) {
        weigher.scoreIfKept(patterns[k], left, pairs.left(k), right, pairs.right(k)).ifPresent(kept::add);
      }
      return kept;
    }).toList();
    List<ScoredPair> matches = new ArrayList<>();
    List<ScoredPair> reviews = new ArrayList<>();
    for (List<ScoredPair> chunk : decided) {
      for (ScoredPair pair : chunk) {
        (pair.decision() == Decision.MATCH ? matches : reviews).add(pair);
      }
    }
    Comparator<ScoredPair> byIds = Comparator.comparing(ScoredPair::leftId).thenComparing(ScoredPair::rightId);
    matches.sort(byIds);
    reviews.sort(byIds);
    List<String> ids = new ArrayList<>(Arrays.asList(left.ids));
    if (link) {
      ids.addAll(Arrays.asList(right.ids));
    }
    List<Link> links = new ArrayList<>(matches.size());
    for (ScoredPair match : matches) {
      links.add(Link.of(match.leftId(), match.rightId(),
          match.rule().isPresent() ? Double.POSITIVE_INFINITY : match.weight()));
    }
    Clusters clusters = Clusterer.withMaxSize(settings.maxClusterSize()).cluster(ids, links);
    return new MatchRun(this, weigher, left, right, link, blocking, clusters, matches, reviews, training);
  }
}
