package io.crmkit.benchmarks;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.AvailableTrigger;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TriggerDefinition;
import io.crmkit.lifecycle.TriggerName;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.core.lead.FitGrade;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Made-up B2B leads, each as the {@link B2bJourney} that the guards of the B2B lead lifecycle read,
 * and the script of triggers each is driven through: the same leads and scripts for the same seed,
 * number of attempts and lifecycle, on any machine.
 *
 * <p>The facts of a lead decide how far it gets. In percent: {@value #PERCENT_SCORED} are scored,
 * evenly from 0 to 100 (so about 40% of those reach the threshold of 60);
 * {@value #PERCENT_GRADED} are graded for fit, A {@value #PERCENT_FIT_A}, B {@value #PERCENT_FIT_B},
 * C {@value #PERCENT_FIT_C}, D the rest; {@value #PERCENT_REJECTION_REASON} carry a rejection
 * reason, {@value #PERCENT_OPPORTUNITY} an opened opportunity, {@value #PERCENT_FIRST_CONTACT} a
 * first contact by customer success and {@value #PERCENT_KICKOFF} a booked kickoff, each drawn on its
 * own.
 *
 * <p>A lead's script is what a CRM would try on it, found by walking the lifecycle from its entry
 * stage and following the lifecycle's answer to each attempt, so each attempt is made from where the
 * lead really is. At each step the attempt is a trigger that leads out of the lead's stage: in
 * {@value #PERCENT_READY}% of the steps where one is ready (its exit criteria hold) a ready one,
 * otherwise any, which is refused when its criteria do not hold; in {@value #PERCENT_STRAY}% of the
 * steps a trigger drawn from all, most of which do not lead out of the stage (a mistaken click, a
 * repeated sync). The script ends at a terminal stage, after {@value #GIVE_UP_AFTER} refusals in a
 * row (the CRM waits for the lead's facts to change) or at {@value #MAX_ATTEMPTS_PER_LEAD}
 * attempts. Leads are made until their scripts hold the number of attempts asked for; the last
 * script is cut short to fit. A script is kept as trigger indexes into the lifecycle's
 * {@link LifecycleDefinition#triggers()}, and both sides of {@link LeadLifecycleBenchmark} replay it.
 */
public final class SampleLeads {
  /** The most attempts in one lead's script. */
  public static final int MAX_ATTEMPTS_PER_LEAD = 12;

  /** The refusals in a row after which a script ends. */
  public static final int GIVE_UP_AFTER = 2;

  /** The share of steps, in percent, that try a ready trigger when there is one. */
  static final int PERCENT_READY = 85;

  /** The share of steps, in percent, that try a trigger drawn from all. */
  static final int PERCENT_STRAY = 5;

  static final int PERCENT_SCORED = 95;
  static final int PERCENT_GRADED = 90;
  static final int PERCENT_FIT_A = 20;
  static final int PERCENT_FIT_B = 35;
  static final int PERCENT_FIT_C = 30;
  static final int PERCENT_REJECTION_REASON = 40;
  static final int PERCENT_OPPORTUNITY = 70;
  static final int PERCENT_FIRST_CONTACT = 85;
  static final int PERCENT_KICKOFF = 70;

  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
  private static final Instant WALKED_AT = Instant.parse("2026-01-05T09:00:00Z");
  private static final List<String> REJECTION_REASONS = List.of(
      "no budget this year", "student or job seeker", "already a customer", "competitor", "wrong region");

  private final List<B2bJourney> leads;
  private final byte[] scripts;
  private final int[] scriptStarts;

  private SampleLeads(List<B2bJourney> leads, byte[] scripts, int[] scriptStarts) {
    this.leads = List.copyOf(leads);
    this.scripts = scripts;
    this.scriptStarts = scriptStarts;
  }

  /**
   * Makes leads and their scripts on a lifecycle, until the scripts hold a number of attempts.
   *
   * @param seed the seed of the random draws
   * @param attempts how many attempts the scripts hold together, at least 1
   * @param lifecycle the lifecycle whose triggers the scripts try, walked from its first entry stage
   * @throws CrmValidationException field {@code attempts}, rule {@code range}, for fewer than one
   */
  public static SampleLeads make(long seed, int attempts, LifecycleDefinition<B2bJourney> lifecycle) {
    if (attempts < 1) {
      throw CrmValidationException.of("attempts", "range", attempts, "at least one attempt");
    }
    CrmValidationException.required("lifecycle", lifecycle);
    List<TriggerName> triggers = lifecycle.triggers().stream().map(TriggerDefinition::name).toList();
    Map<TriggerName, Integer> index = new HashMap<>();
    for (int t = 0; t < triggers.size(); t++) {
      index.put(triggers.get(t), t);
    }
    LifecycleState entered = lifecycle.start(lifecycle.entryStages().get(0), WALKED_AT, Actor.automatic()).state();
    SplittableRandom random = new SplittableRandom(seed);
    List<B2bJourney> leads = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    byte[] scripts = new byte[attempts];
    int k = 0;
    while (k < attempts) {
      B2bJourney lead = journey(random, leads.size() + 1);
      leads.add(lead);
      starts.add(k);
      LifecycleState state = entered;
      int refusedInARow = 0;
      for (int end = Math.min(attempts, k + MAX_ATTEMPTS_PER_LEAD); k < end && refusedInARow < GIVE_UP_AFTER; k++) {
        TriggerName trigger = nextAttempt(random, lifecycle.availableTriggers(state, lead), triggers);
        scripts[k] = (byte) (int) index.get(trigger);
        if (lifecycle.transition(state, trigger, lead, WALKED_AT) instanceof TransitionResult.Accepted moved) {
          state = moved.state();
          refusedInARow = 0;
        } else {
          refusedInARow++;
        }
        if (lifecycle.stage(state.stage()).orElseThrow().terminal()) {
          k++;
          break;
        }
      }
    }
    int[] scriptStarts = new int[starts.size() + 1];
    for (int i = 0; i < starts.size(); i++) {
      scriptStarts[i] = starts.get(i);
    }
    scriptStarts[starts.size()] = attempts;
    return new SampleLeads(leads, scripts, scriptStarts);
  }

  /** How many leads there are. */
  public int count() {
    return leads.size();
  }

  /** How many attempts the scripts hold together. */
  public int attempts() {
    return scripts.length;
  }

  /** The leads, in order. */
  public List<B2bJourney> leads() {
    return leads;
  }

  /** A lead, counting from 0. */
  public B2bJourney lead(int index) {
    return leads.get(index);
  }

  /** How many attempts a lead's script holds, from 1 to {@value #MAX_ATTEMPTS_PER_LEAD}. */
  public int scriptLength(int lead) {
    return scriptStarts[lead + 1] - scriptStarts[lead];
  }

  /**
   * The trigger of an attempt in a lead's script: an index into the lifecycle's
   * {@link LifecycleDefinition#triggers()}.
   *
   * @param lead the lead, counting from 0
   * @param attempt the attempt, from 0 to {@link #scriptLength(int)} - 1
   * @throws CrmValidationException field {@code attempt}, rule {@code range}, outside the script
   */
  public int trigger(int lead, int attempt) {
    if (attempt < 0 || attempt >= scriptLength(lead)) {
      throw CrmValidationException.of("attempt", "range", attempt, "from 0 to " + (scriptLength(lead) - 1));
    }
    return scripts[scriptStarts[lead] + attempt];
  }

  /** Every script one after the other; a copy. */
  public byte[] scripts() {
    return scripts.clone();
  }

  /**
   * Where each lead's script starts in {@link #scripts()}, and after the last the number of
   * attempts: lead {@code i}'s script is from {@code starts[i]} to {@code starts[i + 1]}; a copy.
   */
  public int[] scriptStarts() {
    return scriptStarts.clone();
  }

  private static TriggerName nextAttempt(
      SplittableRandom random, List<AvailableTrigger> available, List<TriggerName> triggers) {
    if (available.isEmpty() || chance(random, PERCENT_STRAY)) {
      return triggers.get(random.nextInt(triggers.size()));
    }
    List<AvailableTrigger> ready = available.stream().filter(t -> t.unmet().isEmpty()).toList();
    List<AvailableTrigger> pool = !ready.isEmpty() && chance(random, PERCENT_READY) ? ready : available;
    return pool.get(random.nextInt(pool.size())).trigger();
  }

  private static B2bJourney journey(SplittableRandom random, int number) {
    LocalDate created = FIRST_DAY.plusDays(random.nextInt(365));
    B2bJourney journey = B2bJourney.of(LeadId.of(String.format(Locale.ROOT, "lead-%07d", number)));
    if (chance(random, PERCENT_SCORED)) {
      journey = journey.withScore(random.nextInt(101));
    }
    if (chance(random, PERCENT_GRADED)) {
      int grade = random.nextInt(100);
      journey = journey.withFit(grade < PERCENT_FIT_A ? FitGrade.A
          : grade < PERCENT_FIT_A + PERCENT_FIT_B ? FitGrade.B
          : grade < PERCENT_FIT_A + PERCENT_FIT_B + PERCENT_FIT_C ? FitGrade.C
          : FitGrade.D);
    }
    if (chance(random, PERCENT_REJECTION_REASON)) {
      journey = journey.withRejectionReason(REJECTION_REASONS.get(random.nextInt(REJECTION_REASONS.size())));
    }
    if (chance(random, PERCENT_OPPORTUNITY)) {
      journey = journey.withOpportunity(OpportunityId.of(String.format(Locale.ROOT, "opp-%07d", number)));
    }
    if (chance(random, PERCENT_FIRST_CONTACT)) {
      journey = journey.withFirstContactAt(
          created.plusDays(60 + random.nextInt(90)).atStartOfDay(ZoneOffset.UTC).plusHours(8 + random.nextInt(10))
              .toInstant());
    }
    if (chance(random, PERCENT_KICKOFF)) {
      journey = journey.withKickoffOn(created.plusDays(160 + random.nextInt(30)));
    }
    return journey;
  }

  private static boolean chance(SplittableRandom random, int percent) {
    return random.nextInt(100) < percent;
  }
}
