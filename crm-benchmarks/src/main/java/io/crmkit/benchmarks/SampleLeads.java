package io.crmkit.benchmarks;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.UserId;
import io.crmkit.core.value.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up B2B leads and the script of triggers each is driven through: the same leads and scripts
 * for the same seed and count, on any machine.
 *
 * <p>The facts of a lead decide how far it gets. Scores are spread evenly from 0 to 100, so about
 * 40% reach the threshold of 60; {@value #PERCENT_FIT}% fit the ideal customer profile. Of the rest,
 * in percent: an owner {@value #PERCENT_OWNER}, a rejection reason {@value #PERCENT_REJECTION_REASON},
 * an opportunity amount {@value #PERCENT_AMOUNT}, an agreed close date {@value #PERCENT_CLOSE_DATE},
 * a loss reason {@value #PERCENT_LOSS_REASON}, a booked kickoff {@value #PERCENT_KICKOFF}, a signed
 * renewal {@value #PERCENT_RENEWAL} and an expansion amount {@value #PERCENT_EXPANSION}, each drawn on
 * its own. So about a quarter of the leads become MQLs, a few percent reach expansion, and most
 * stop along the way at a refused guard.
 *
 * <p>A lead's script is every trigger of the lifecycle once, in the order the lifecycle declares
 * them (qualify, disqualify, accept, reject, ... expand), with one more trigger drawn at random put
 * at a random place: a mistaken click or a repeated sync. So a script holds
 * {@value #ATTEMPTS_PER_LEAD} attempts, and many are refused because the trigger does not lead out
 * of the lead's stage at that point.
 */
public final class SampleLeads {
  /**
   * The triggers of the lifecycle, as many as {@link B2bLeadLifecycleForBenchmark#TRIGGERS} (a
   * constant, for {@code @OperationsPerInvocation}): a script's entries are their indexes, from 0.
   */
  public static final int TRIGGERS = 10;

  /** The attempts in each lead's script: every trigger once and one more. */
  public static final int ATTEMPTS_PER_LEAD = TRIGGERS + 1;

  static final int PERCENT_FIT = 70;
  static final int PERCENT_OWNER = 75;
  static final int PERCENT_REJECTION_REASON = 40;
  static final int PERCENT_AMOUNT = 70;
  static final int PERCENT_CLOSE_DATE = 50;
  static final int PERCENT_LOSS_REASON = 60;
  static final int PERCENT_KICKOFF = 85;
  static final int PERCENT_RENEWAL = 60;
  static final int PERCENT_EXPANSION = 40;

  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
  private static final List<String> REJECTION_REASONS = List.of(
      "no budget this year", "student or job seeker", "already a customer", "competitor", "wrong region");
  private static final List<String> LOSS_REASONS = List.of(
      "price", "chose a competitor", "no decision", "timing", "missing feature");

  private final List<SampleLead> leads;
  private final byte[] scripts;

  private SampleLeads(List<SampleLead> leads, byte[] scripts) {
    this.leads = List.copyOf(leads);
    this.scripts = scripts;
  }

  /**
   * Makes leads and their scripts.
   *
   * @param seed the seed of the random draws
   * @param count how many leads, at least 1
   * @throws CrmValidationException field {@code count}, rule {@code range}, for fewer than one lead
   */
  public static SampleLeads make(long seed, int count) {
    if (count < 1) {
      throw CrmValidationException.of("count", "range", count, "at least one lead");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<SampleLead> leads = new ArrayList<>(count);
    byte[] scripts = new byte[count * ATTEMPTS_PER_LEAD];
    for (int i = 0; i < count; i++) {
      leads.add(lead(random));
      script(random, scripts, i * ATTEMPTS_PER_LEAD);
    }
    return new SampleLeads(leads, scripts);
  }

  /** How many leads there are. */
  public int count() {
    return leads.size();
  }

  /** The leads, in order. */
  public List<SampleLead> leads() {
    return leads;
  }

  /** A lead, counting from 0. */
  public SampleLead lead(int index) {
    return leads.get(index);
  }

  /**
   * The trigger of an attempt in a lead's script: an index into
   * {@link B2bLeadLifecycleForBenchmark#TRIGGERS}.
   *
   * @param lead the lead, counting from 0
   * @param attempt the attempt, from 0 to {@value #ATTEMPTS_PER_LEAD} - 1
   */
  public int trigger(int lead, int attempt) {
    if (attempt < 0 || attempt >= ATTEMPTS_PER_LEAD) {
      throw CrmValidationException.of("attempt", "range", attempt, "from 0 to " + (ATTEMPTS_PER_LEAD - 1));
    }
    return scripts[lead * ATTEMPTS_PER_LEAD + attempt];
  }

  /** Every script one after the other, {@value #ATTEMPTS_PER_LEAD} entries per lead; a copy. */
  public byte[] scripts() {
    return scripts.clone();
  }

  private static SampleLead lead(SplittableRandom random) {
    SampleLead lead = SampleLead.scored(random.nextInt(SampleLead.MAX_SCORE + 1), chance(random, PERCENT_FIT));
    LocalDate created = FIRST_DAY.plusDays(random.nextInt(365));
    if (chance(random, PERCENT_OWNER)) {
      lead = lead.withOwner(UserId.of("rep-" + (1 + random.nextInt(40))));
    }
    if (chance(random, PERCENT_REJECTION_REASON)) {
      lead = lead.withRejectionReason(REJECTION_REASONS.get(random.nextInt(REJECTION_REASONS.size())));
    }
    if (chance(random, PERCENT_AMOUNT)) {
      lead = lead.withOpportunityAmount(Money.ofMinor(100_000L * (5 + random.nextInt(500)), "EUR"));
    }
    if (chance(random, PERCENT_CLOSE_DATE)) {
      lead = lead.withCloseDate(created.plusDays(30 + random.nextInt(120)));
    }
    if (chance(random, PERCENT_LOSS_REASON)) {
      lead = lead.withLossReason(LOSS_REASONS.get(random.nextInt(LOSS_REASONS.size())));
    }
    if (chance(random, PERCENT_KICKOFF)) {
      lead = lead.withKickoffDate(created.plusDays(160 + random.nextInt(30)));
    }
    if (chance(random, PERCENT_RENEWAL)) {
      lead = lead.withRenewalDate(created.plusDays(530 + random.nextInt(30)));
    }
    if (chance(random, PERCENT_EXPANSION)) {
      lead = lead.withExpansionAmount(Money.ofMinor(50_000L * (1 + random.nextInt(200)), "EUR"));
    }
    return lead;
  }

  private static void script(SplittableRandom random, byte[] scripts, int start) {
    int extraAt = random.nextInt(ATTEMPTS_PER_LEAD);
    byte extra = (byte) random.nextInt(TRIGGERS);
    int trigger = 0;
    for (int k = 0; k < ATTEMPTS_PER_LEAD; k++) {
      scripts[start + k] = k == extraAt ? extra : (byte) trigger++;
    }
  }

  private static boolean chance(SplittableRandom random, int percent) {
    return random.nextInt(100) < percent;
  }
}
