package io.crmkit.benchmarks;

import io.crmkit.lifecycle.Criteria;
import io.crmkit.lifecycle.ExitCriterion;
import io.crmkit.lifecycle.LifecycleDefinition;
import java.util.List;

/**
 * The B2B lead lifecycle that {@link LeadLifecycleBenchmark} drives, declared with crmkit's
 * lifecycle builder over a {@link SampleLead}: lead, marketing qualified lead (MQL), sales accepted
 * lead (SAL), sales qualified opportunity (SQL), closed won or lost, then onboarding, renewal and
 * expansion.
 *
 * <table>
 *   <caption>Triggers, in the order declared (the order of a lead's script)</caption>
 *   <tr><th>trigger</th><th>from</th><th>to</th><th>exit criteria</th></tr>
 *   <tr><td>qualify</td><td>lead</td><td>MQL</td><td>score at least {@value #SCORE_THRESHOLD}; fits the ideal customer profile</td></tr>
 *   <tr><td>disqualify</td><td>lead</td><td>disqualified</td><td>does not fit the ideal customer profile</td></tr>
 *   <tr><td>accept</td><td>MQL</td><td>SAL</td><td>an owner is assigned</td></tr>
 *   <tr><td>reject</td><td>MQL</td><td>sales rejected</td><td>a rejection reason is given</td></tr>
 *   <tr><td>convert</td><td>SAL</td><td>SQL</td><td>the opportunity amount is known</td></tr>
 *   <tr><td>win</td><td>SQL</td><td>closed won</td><td>the close date is agreed; the opportunity amount is known</td></tr>
 *   <tr><td>lose</td><td>SQL</td><td>closed lost</td><td>a loss reason is given</td></tr>
 *   <tr><td>start onboarding</td><td>closed won</td><td>onboarding</td><td>the kickoff is booked</td></tr>
 *   <tr><td>renew</td><td>onboarding, expansion</td><td>renewal</td><td>the renewal is signed</td></tr>
 *   <tr><td>expand</td><td>renewal</td><td>expansion</td><td>the expansion amount is known</td></tr>
 * </table>
 *
 * <p>Disqualified, sales rejected and closed lost are terminal. Renewal and expansion share a rank,
 * so a customer alternates between them without moving back. No transition goes back, so the
 * automation that drives the benchmark may take every one of them.
 *
 * <p>This is the benchmark's own declaration, written before crm-lifecycle shipped a B2B lead
 * lifecycle; {@link SpringLeadStateMachine} declares the same states, events and guards.
 */
public final class B2bLeadLifecycleForBenchmark {
  /** The score a lead needs to become marketing qualified, in points. */
  public static final int SCORE_THRESHOLD = 60;

  /** The stages, in the order declared. */
  public static final List<String> STAGES = List.of(
      "lead", "disqualified", "MQL", "sales rejected", "SAL", "SQL", "closed lost", "closed won",
      "onboarding", "renewal", "expansion");

  /** The triggers, in the order declared. */
  public static final List<String> TRIGGERS = List.of(
      "qualify", "disqualify", "accept", "reject", "convert", "win", "lose", "start onboarding", "renew",
      "expand");

  private static final ExitCriterion<SampleLead> SCORE_AT_THRESHOLD = Criteria.that(
      "score at threshold", "the score is at least " + SCORE_THRESHOLD,
      lead -> lead.scoresAtLeast(SCORE_THRESHOLD), "the score is below " + SCORE_THRESHOLD);

  private static final ExitCriterion<SampleLead> FITS_PROFILE = Criteria.that(
      "fits ideal customer profile", "the company fits the ideal customer profile",
      SampleLead::fitsIdealCustomerProfile, "the company does not fit the ideal customer profile");

  private static final ExitCriterion<SampleLead> OPPORTUNITY_SIZED =
      Criteria.fieldFilled("opportunity sized", "opportunity amount", SampleLead::opportunityAmount);

  private B2bLeadLifecycleForBenchmark() {}

  /** The lifecycle, built and checked; immutable and shared by every lead. */
  public static LifecycleDefinition<SampleLead> definition() {
    return LifecycleDefinition.<SampleLead>builder("B2B lead")
        .entryStage("lead", 0)
        .terminalStage("disqualified", 0)
        .stage("MQL", 1, s -> s.label("Marketing qualified lead"))
        .terminalStage("sales rejected", 2)
        .stage("SAL", 2, s -> s.label("Sales accepted lead"))
        .stage("SQL", 3, s -> s.label("Sales qualified opportunity"))
        .terminalStage("closed lost", 4)
        .stage("closed won", 4)
        .stage("onboarding", 5)
        .stage("renewal", 6)
        .stage("expansion", 6)
        .triggers(TRIGGERS.toArray(String[]::new))
        .transition("qualify", "lead", "MQL", t -> t.requires(SCORE_AT_THRESHOLD, FITS_PROFILE))
        .transition("disqualify", "lead", "disqualified", t -> t.requires(Criteria.not(
            "outside ideal customer profile", "the company does not fit the ideal customer profile", FITS_PROFILE)))
        .transition("accept", "MQL", "SAL", t -> t.requires(
            Criteria.fieldFilled("owner assigned", "owner", SampleLead::owner)))
        .transition("reject", "MQL", "sales rejected", t -> t.requires(
            Criteria.fieldFilled("rejection reason given", "rejection reason", SampleLead::rejectionReason)))
        .transition("convert", "SAL", "SQL", t -> t.requires(OPPORTUNITY_SIZED))
        .transition("win", "SQL", "closed won", t -> t.requires(
            Criteria.dateAgreed("close date agreed", "close date", SampleLead::closeDate), OPPORTUNITY_SIZED))
        .transition("lose", "SQL", "closed lost", t -> t.requires(
            Criteria.fieldFilled("loss reason given", "loss reason", SampleLead::lossReason)))
        .transition("start onboarding", "closed won", "onboarding", t -> t.requires(
            Criteria.dateAgreed("kickoff booked", "kickoff date", SampleLead::kickoffDate)))
        .transition("renew", move -> move.from("onboarding", "expansion").to("renewal").requires(
            Criteria.dateAgreed("renewal signed", "renewal date", SampleLead::renewalDate)))
        .transition("expand", "renewal", "expansion", t -> t.requires(
            Criteria.fieldFilled("expansion sized", "expansion amount", SampleLead::expansionAmount)))
        .build();
  }
}
