package io.crmkit.lifecycle.shipped;

import static io.crmkit.lifecycle.shipped.LifecycleTimers.CALENDAR_TIME;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.TIME_IN_STAGE;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.lifecycle.Criteria;
import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.CriterionRegistry;
import io.crmkit.lifecycle.ExitCriterion;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TriggerName;
import io.crmkit.lifecycle.shipped.OpportunityCriteria.Source;
import java.util.List;
import java.util.Optional;

/**
 * The opportunity lifecycle: Discovery, Solution fit, Proposal, Commit, then Closed won or Closed
 * lost, each stage left only when its exit criteria can be observed in the record
 * ({@link OpportunityEvidence}), and each stage standing for a crm-core
 * {@link io.crmkit.core.opportunity.Stage} with its default probability and forecast category
 * ({@link OpportunityOptions#coreStage}).
 *
 * <pre>
 * Discovery(1) -advance-> Solution fit(2) -advance-> Proposal(3) -advance-> Commit(4) -win-> Closed won(5)
 *   every open stage -lose-> Closed lost(5);  step back: one open stage down, by a person with a reason
 * </pre>
 *
 * <p>Exit criteria, by id, with the evidence each reads (kinds are activity subjects up to a colon):
 *
 * <ul>
 *   <li>Discovery is complete only when the problem and the success measures are written in the
 *       notes and confirmed by the buyer: "{@value #PROBLEM_WRITTEN_ID}" and
 *       "{@value #SUCCESS_MEASURES_WRITTEN_ID}" (notes of kind {@value #PROBLEM} and
 *       {@value #SUCCESS_MEASURES}), "{@value #BUYER_CONFIRMED_ID}" (an e-mail of kind
 *       {@value #BUYER_CONFIRMATION});
 *   <li>Solution fit only when a demo or pilot matched the buyer's use case and the buyer named the
 *       decision process: "{@value #DEMO_OR_PILOT_HELD_ID}" (a meeting or call of kind
 *       {@value #DEMO} or {@value #PILOT} is held), "{@value #USE_CASE_MATCHED_ID}" (a note of kind
 *       {@value #USE_CASE_MATCH}), "{@value #DECISION_PROCESS_NAMED_ID}" (a note of kind
 *       {@value #DECISION_PROCESS}) and "{@value #DECISION_MAKER_NAMED_ID}" (a contact in the role
 *       Decision maker);
 *   <li>Proposal only when pricing, scope and dates are agreed in writing:
 *       "{@value #PRICING_AGREED_ID}", "{@value #SCOPE_AGREED_ID}", "{@value #DATES_AGREED_ID}"
 *       (e-mails of kind {@value #PRICING_AGREED}, {@value #SCOPE_AGREED}, {@value #DATES_AGREED}),
 *       and, as Commit means internal approvals under way with named approvers and target dates,
 *       "{@value #APPROVALS_UNDER_WAY_ID}" (tasks of kind {@value #APPROVAL}, each with an owner and
 *       a due time);
 *   <li>Commit is won only when "{@value #APPROVALS_GRANTED_ID}" (every approval task done).
 * </ul>
 *
 * <p>Each open stage starts the {@value LifecycleTimers#TIME_IN_STAGE} timer on entry (calendar
 * days) and stops it on exit. The definition with the default options ships as the resource
 * {@value #JSON_RESOURCE} ({@link #shippedJson()}), read with {@link #criteria()}.
 */
public final class OpportunityLifecycle {
  /** The lifecycle's name. */
  public static final String NAME = "Opportunity";
  /** The class-path resource of the definition with the default options. */
  public static final String JSON_RESOURCE = "/io/crmkit/lifecycle/shipped/opportunity.json";

  /** First conversations: is there a problem worth solving; the entry stage. */
  public static final StageName DISCOVERY = StageName.of("Discovery");
  /** The solution fits the need. */
  public static final StageName SOLUTION_FIT = StageName.of("Solution fit");
  /** A proposal is with the buyer. */
  public static final StageName PROPOSAL = StageName.of("Proposal");
  /** Terms agreed; internal approvals under way. */
  public static final StageName COMMIT = StageName.of("Commit");
  /** Won; terminal. */
  public static final StageName CLOSED_WON = StageName.of("Closed won");
  /** Lost; terminal. */
  public static final StageName CLOSED_LOST = StageName.of("Closed lost");
  /** The stages, in the lifecycle's order. */
  public static final List<StageName> STAGES =
      List.of(DISCOVERY, SOLUTION_FIT, PROPOSAL, COMMIT, CLOSED_WON, CLOSED_LOST);

  /** Moves a deal to the next open stage. */
  public static final TriggerName ADVANCE = TriggerName.of("advance");
  /** Commit to Closed won. */
  public static final TriggerName WIN = TriggerName.of("win");
  /** Any open stage to Closed lost. */
  public static final TriggerName LOSE = TriggerName.of("lose");
  /** One open stage back, by a person giving a reason. */
  public static final TriggerName STEP_BACK = TriggerName.of("step back");

  /** The kind of note that writes down the buyer's problem. */
  public static final String PROBLEM = "Problem";
  /** The kind of note that writes down the success measures. */
  public static final String SUCCESS_MEASURES = "Success measures";
  /** The kind of e-mail in which the buyer confirms problem and success measures. */
  public static final String BUYER_CONFIRMATION = "Buyer confirmation";
  /** The kind of meeting that demonstrates the product on the buyer's use case. */
  public static final String DEMO = "Demo";
  /** The kind of meeting or call that reviews a pilot on the buyer's use case. */
  public static final String PILOT = "Pilot";
  /** The kind of note that records that the demo or pilot matched the buyer's use case. */
  public static final String USE_CASE_MATCH = "Use case match";
  /** The kind of note that writes down the decision process the buyer named. */
  public static final String DECISION_PROCESS = "Decision process";
  /** The kind of e-mail that agrees the pricing in writing. */
  public static final String PRICING_AGREED = "Pricing agreed";
  /** The kind of e-mail that agrees the scope in writing. */
  public static final String SCOPE_AGREED = "Scope agreed";
  /** The kind of e-mail that agrees the dates in writing. */
  public static final String DATES_AGREED = "Dates agreed";
  /** The kind of task that is an internal approval: its owner approves by its due time. */
  public static final String APPROVAL = "Approval";

  /** The id of the criterion that the problem is written in the notes. */
  public static final String PROBLEM_WRITTEN_ID = "problem written";
  /** The id of the criterion that the success measures are written in the notes. */
  public static final String SUCCESS_MEASURES_WRITTEN_ID = "success measures written";
  /** The id of the criterion that the buyer confirmed problem and success measures. */
  public static final String BUYER_CONFIRMED_ID = "buyer confirmed";
  /** The id of the criterion that a demo or a pilot was held. */
  public static final String DEMO_OR_PILOT_HELD_ID = "demo or pilot held";
  /** The id of the criterion that the demo or pilot matched the buyer's use case. */
  public static final String USE_CASE_MATCHED_ID = "use case matched";
  /** The id of the criterion that the buyer named the decision process. */
  public static final String DECISION_PROCESS_NAMED_ID = "decision process named";
  /** The id of the criterion that a decision maker is named among the contacts. */
  public static final String DECISION_MAKER_NAMED_ID = "decision maker named";
  /** The id of the criterion that the pricing is agreed in writing. */
  public static final String PRICING_AGREED_ID = "pricing agreed in writing";
  /** The id of the criterion that the scope is agreed in writing. */
  public static final String SCOPE_AGREED_ID = "scope agreed in writing";
  /** The id of the criterion that the dates are agreed in writing. */
  public static final String DATES_AGREED_ID = "dates agreed in writing";
  /** The id of the criterion that internal approvals are under way with approvers and target dates. */
  public static final String APPROVALS_UNDER_WAY_ID = "approvals under way";
  /** The id of the criterion that every internal approval is granted. */
  public static final String APPROVALS_GRANTED_ID = "approvals granted";

  /** The code of a violation: no e-mail of the required kind is logged. */
  public static final String EMAIL_MISSING = "email_missing";
  /** The code of a violation: no meeting of the required kind is held. */
  public static final String MEETING_MISSING = "meeting_missing";
  /** The code of a violation: an approval task has no owner. */
  public static final String APPROVER_MISSING = "approver_missing";
  /** The code of a violation: an approval task has no due time. */
  public static final String TARGET_DATE_MISSING = "target_date_missing";
  /** The code of a violation: an approval task is not done. */
  public static final String APPROVAL_PENDING = "approval_pending";

  private static final CriterionRegistry<OpportunityEvidence> CRITERIA = CriterionRegistry.of(
      Criteria.notePresent(PROBLEM_WRITTEN_ID, PROBLEM, OpportunityEvidence::noteKinds),
      Criteria.notePresent(SUCCESS_MEASURES_WRITTEN_ID, SUCCESS_MEASURES, OpportunityEvidence::noteKinds),
      logged(BUYER_CONFIRMED_ID, Source.EMAIL, BUYER_CONFIRMATION),
      Criteria.any(DEMO_OR_PILOT_HELD_ID, "a demo or a pilot is held",
          logged("demo held", Source.MEETING, DEMO), logged("pilot held", Source.MEETING, PILOT)),
      Criteria.notePresent(USE_CASE_MATCHED_ID, USE_CASE_MATCH, OpportunityEvidence::noteKinds),
      Criteria.notePresent(DECISION_PROCESS_NAMED_ID, DECISION_PROCESS, OpportunityEvidence::noteKinds),
      Criteria.contactRoleNamed(
          DECISION_MAKER_NAMED_ID, OpportunityContactRole.DECISION_MAKER, OpportunityEvidence::contactRoles),
      logged(PRICING_AGREED_ID, Source.EMAIL, PRICING_AGREED),
      logged(SCOPE_AGREED_ID, Source.EMAIL, SCOPE_AGREED),
      logged(DATES_AGREED_ID, Source.EMAIL, DATES_AGREED),
      new OpportunityCriteria.ApprovalsUnderWay(CriterionId.of(APPROVALS_UNDER_WAY_ID)),
      new OpportunityCriteria.ApprovalsGranted(CriterionId.of(APPROVALS_GRANTED_ID)));

  private OpportunityLifecycle() {}

  /** The lifecycle with the {@linkplain OpportunityOptions#defaults() default options}. */
  public static LifecycleDefinition<OpportunityEvidence> definition() {
    return Default.DEFINITION;
  }

  /** The lifecycle with the given options. */
  public static LifecycleDefinition<OpportunityEvidence> definition(OpportunityOptions options) {
    CrmValidationException.required("options", options);
    SideEffect startTimer = LifecycleTimers.start(
        TIME_IN_STAGE, LifecycleTimers.days(options.timeInStageDays()), CALENDAR_TIME);
    SideEffect stopTimer = SideEffect.stopTimer(TIME_IN_STAGE);
    return LifecycleDefinition.builder(NAME, CRITERIA)
        .stage("Discovery", 1, s -> s.entry().onEnter(startTimer).onExit(stopTimer))
        .stage("Solution fit", 2, s -> s.onEnter(startTimer).onExit(stopTimer))
        .stage("Proposal", 3, s -> s.onEnter(startTimer).onExit(stopTimer))
        .stage("Commit", 4, s -> s.onEnter(startTimer).onExit(stopTimer))
        .terminalStage("Closed won", 5)
        .terminalStage("Closed lost", 5)
        .triggers("advance", "win", "lose")
        .trigger("step back")
        .transition("advance", "Discovery", "Solution fit", t -> t
            .requires(PROBLEM_WRITTEN_ID, SUCCESS_MEASURES_WRITTEN_ID, BUYER_CONFIRMED_ID)
            .emits("discovery completed"))
        .transition("advance", "Solution fit", "Proposal", t -> t
            .requires(DEMO_OR_PILOT_HELD_ID, USE_CASE_MATCHED_ID, DECISION_PROCESS_NAMED_ID, DECISION_MAKER_NAMED_ID)
            .emits("solution fit confirmed"))
        .transition("advance", "Proposal", "Commit", t -> t
            .requires(PRICING_AGREED_ID, SCOPE_AGREED_ID, DATES_AGREED_ID, APPROVALS_UNDER_WAY_ID)
            .emits("deal committed"))
        .transition("win", "Commit", "Closed won", t -> t.requires(APPROVALS_GRANTED_ID).emits("deal won"))
        .transition("lose", t -> t
            .from("Discovery", "Solution fit", "Proposal", "Commit")
            .to("Closed lost")
            .emits("deal lost"))
        .transition("step back", "Solution fit", "Discovery")
        .transition("step back", "Proposal", "Solution fit")
        .transition("step back", "Commit", "Proposal")
        .build();
  }

  /**
   * The exit criteria of the lifecycle, by id: to read a definition from JSON with
   * {@link io.crmkit.lifecycle.json.LifecycleJson#read(String, CriterionRegistry)}. None depends on
   * the options.
   */
  public static CriterionRegistry<OpportunityEvidence> criteria() {
    return CRITERIA;
  }

  /** The text of the shipped JSON definition, {@value #JSON_RESOURCE}: the lifecycle with the default options. */
  public static String shippedJson() {
    return ShippedResources.text(JSON_RESOURCE);
  }

  /**
   * The stage of this lifecycle a crm-core opportunity is in: the stage named as the opportunity's
   * {@link Opportunity#stage()}; empty for a stage this lifecycle does not have.
   */
  public static Optional<StageName> stageOf(Opportunity opportunity) {
    CrmValidationException.required("opportunity", opportunity);
    for (StageName stage : STAGES) {
      if (stage.matches(opportunity.stage().name())) {
        return Optional.of(stage);
      }
    }
    return Optional.empty();
  }

  private static ExitCriterion<OpportunityEvidence> logged(String id, Source source, String kind) {
    return new OpportunityCriteria.Logged(CriterionId.of(id), source, kind);
  }

  /** The definition with the default options, made when first asked for. */
  private static final class Default {
    static final LifecycleDefinition<OpportunityEvidence> DEFINITION = definition(OpportunityOptions.defaults());
  }
}
