package io.crmkit.lifecycle.shipped;

import static io.crmkit.lifecycle.shipped.LifecycleTimers.AUTO_CLOSE;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.CALENDAR_TIME;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.FIRST_RESPONSE;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.RESOLUTION;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.support.CaseStatus;
import io.crmkit.lifecycle.Criteria;
import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.CriterionRegistry;
import io.crmkit.lifecycle.ExitCriterion;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TriggerName;
import java.util.List;
import java.util.Optional;

/**
 * The support case lifecycle: new, in progress, waiting on customer, resolved, closed; a resolved
 * case may be reopened.
 *
 * <pre>
 * New(1) -start work-> In progress(2) -ask customer-> Waiting on customer(2) -customer replied-> In progress
 *   New -ask customer-> Waiting on customer;  New, In progress, Waiting on customer -resolve-> Resolved(2)
 *   Resolved -reopen-> In progress;  Resolved -close-> Closed(3, terminal)
 * </pre>
 *
 * <p>Exit criteria: {@code resolve} needs "{@value #RESOLUTION_WRITTEN_ID}" ({@code resolution is
 * not filled in}); {@code close} needs "{@value #READY_TO_CLOSE_ID}": the customer confirmed the
 * resolution ("{@value #RESOLUTION_CONFIRMED_ID}"), or the case has been resolved for the
 * auto-close period ("{@value #RESOLVED_LONG_ENOUGH_ID}").
 *
 * <p>Timers ({@link LifecycleTimers}): entering New starts {@value LifecycleTimers#FIRST_RESPONSE}
 * and {@value LifecycleTimers#RESOLUTION}, leaving New stops the first; entering Waiting on
 * customer pauses {@value LifecycleTimers#RESOLUTION} and leaving it resumes it; entering Resolved
 * stops {@value LifecycleTimers#RESOLUTION} and starts {@value LifecycleTimers#AUTO_CLOSE}, leaving
 * Resolved stops {@value LifecycleTimers#AUTO_CLOSE}; {@code reopen} starts a new cycle of
 * {@value LifecycleTimers#RESOLUTION}.
 *
 * <p>The working stages and Resolved share one rank, so that a customer's reply, handled by an
 * automation, may reopen a case; only Closed is further, and nothing leaves it. Each stage stands
 * for a crm-core {@link CaseStatus} ({@link #caseStatus}). The definition with the default options
 * ships as the resource {@value #JSON_RESOURCE} ({@link #shippedJson()}), read with
 * {@link #criteria(SupportCaseOptions)}.
 */
public final class SupportCaseLifecycle {
  /** The lifecycle's name. */
  public static final String NAME = "Support case";
  /** The class-path resource of the definition with the default options. */
  public static final String JSON_RESOURCE = "/io/crmkit/lifecycle/shipped/support-case.json";

  /** Received, not answered yet; the entry stage. */
  public static final StageName NEW = StageName.of("New");
  /** Support works the case. */
  public static final StageName IN_PROGRESS = StageName.of("In progress");
  /** Support waits for the customer's answer; the resolution timer is paused. */
  public static final StageName WAITING_ON_CUSTOMER = StageName.of("Waiting on customer");
  /** Solved, awaiting the customer's confirmation; may be reopened. */
  public static final StageName RESOLVED = StageName.of("Resolved");
  /** Finished; terminal. */
  public static final StageName CLOSED = StageName.of("Closed");
  /** The stages, in the lifecycle's order. */
  public static final List<StageName> STAGES = List.of(NEW, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, CLOSED);

  /** Support starts working a new case: New to In progress. */
  public static final TriggerName START_WORK = TriggerName.of("start work");
  /** Support asks the customer something: New or In progress to Waiting on customer. */
  public static final TriggerName ASK_CUSTOMER = TriggerName.of("ask customer");
  /** The customer answered: Waiting on customer to In progress. */
  public static final TriggerName CUSTOMER_REPLIED = TriggerName.of("customer replied");
  /** Support solved the problem: New, In progress or Waiting on customer to Resolved. */
  public static final TriggerName RESOLVE = TriggerName.of("resolve");
  /** The problem is back: Resolved to In progress. */
  public static final TriggerName REOPEN = TriggerName.of("reopen");
  /** The case is finished: Resolved to Closed. */
  public static final TriggerName CLOSE = TriggerName.of("close");

  /** The id of the criterion that support wrote the resolution. */
  public static final String RESOLUTION_WRITTEN_ID = "resolution written";
  /** The id of the criterion that the customer confirmed the resolution. */
  public static final String RESOLUTION_CONFIRMED_ID = "resolution confirmed";
  /** The id of the criterion that the case has been resolved for the auto-close period. */
  public static final String RESOLVED_LONG_ENOUGH_ID = "resolved long enough";
  /** The id of the criterion that a resolved case may close: confirmed, or resolved long enough. */
  public static final String READY_TO_CLOSE_ID = "ready to close";

  /** The code of a violation: the case was resolved less than the auto-close period ago. */
  public static final String RESOLVED_RECENTLY = "resolved_recently";

  private static final ExitCriterion<CaseProgress> RESOLUTION_WRITTEN =
      Criteria.fieldFilled(RESOLUTION_WRITTEN_ID, "resolution", CaseProgress::resolution);
  private static final ExitCriterion<CaseProgress> RESOLUTION_CONFIRMED = Criteria.that(
      RESOLUTION_CONFIRMED_ID, "the customer confirmed the resolution", CaseProgress::resolutionConfirmed,
      "the customer has not confirmed the resolution");

  private static final List<CaseStatus> STATUSES = List.of(
      CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.WAITING_ON_CUSTOMER, CaseStatus.RESOLVED, CaseStatus.CLOSED);

  private SupportCaseLifecycle() {}

  /** The lifecycle with the {@linkplain SupportCaseOptions#defaults() default options}. */
  public static LifecycleDefinition<CaseProgress> definition() {
    return Default.DEFINITION;
  }

  /** The lifecycle with the given options. */
  public static LifecycleDefinition<CaseProgress> definition(SupportCaseOptions options) {
    CrmValidationException.required("options", options);
    SideEffect startResolution =
        LifecycleTimers.start(RESOLUTION, LifecycleTimers.hours(options.resolutionHours()), options.time());
    return LifecycleDefinition.builder(NAME, criteria(options))
        .stage("New", 1, s -> s
            .entry()
            .onEnter(
                LifecycleTimers.start(FIRST_RESPONSE, LifecycleTimers.hours(options.firstResponseHours()), options.time()),
                startResolution)
            .onExit(SideEffect.stopTimer(FIRST_RESPONSE)))
        .stage("In progress", 2)
        .stage("Waiting on customer", 2, s -> s
            .onEnter(SideEffect.pauseTimer(RESOLUTION))
            .onExit(SideEffect.resumeTimer(RESOLUTION)))
        .stage("Resolved", 2, s -> s
            .onEnter(
                SideEffect.stopTimer(RESOLUTION),
                LifecycleTimers.start(AUTO_CLOSE, LifecycleTimers.days(options.autoCloseAfterDays()), CALENDAR_TIME))
            .onExit(SideEffect.stopTimer(AUTO_CLOSE)))
        .terminalStage("Closed", 3)
        .triggers("start work", "ask customer", "customer replied", "resolve", "reopen", "close")
        .transition("start work", "New", "In progress")
        .transition("ask customer", t -> t.from("New", "In progress").to("Waiting on customer"))
        .transition("customer replied", "Waiting on customer", "In progress")
        .transition("resolve", t -> t
            .from("New", "In progress", "Waiting on customer")
            .to("Resolved")
            .requires(RESOLUTION_WRITTEN_ID)
            .emits("case resolved"))
        .transition("reopen", "Resolved", "In progress", t -> t.emits("case reopened").sideEffects(startResolution))
        .transition("close", "Resolved", "Closed", t -> t.requires(READY_TO_CLOSE_ID).emits("case closed"))
        .build();
  }

  /**
   * The exit criteria of the lifecycle with these options, by id: to read a definition from JSON
   * with {@link io.crmkit.lifecycle.json.LifecycleJson#read(String, CriterionRegistry)}. Registries
   * made from equal options hold equal criteria.
   */
  public static CriterionRegistry<CaseProgress> criteria(SupportCaseOptions options) {
    CrmValidationException.required("options", options);
    ExitCriterion<CaseProgress> resolvedLongEnough =
        new SupportCriteria.ResolvedFor(CriterionId.of(RESOLVED_LONG_ENOUGH_ID), options.autoCloseAfterDays());
    return CriterionRegistry.of(
        RESOLUTION_WRITTEN,
        RESOLUTION_CONFIRMED,
        resolvedLongEnough,
        Criteria.any(
            READY_TO_CLOSE_ID, "the customer confirmed the resolution, or the case has been resolved long enough",
            RESOLUTION_CONFIRMED, resolvedLongEnough));
  }

  /** The text of the shipped JSON definition, {@value #JSON_RESOURCE}: the lifecycle with the default options. */
  public static String shippedJson() {
    return ShippedResources.text(JSON_RESOURCE);
  }

  /**
   * The crm-core status a stage of this lifecycle stands for: New {@link CaseStatus#NEW}, In
   * progress {@link CaseStatus#OPEN}, Waiting on customer {@link CaseStatus#WAITING_ON_CUSTOMER},
   * Resolved {@link CaseStatus#RESOLVED}, Closed {@link CaseStatus#CLOSED}.
   *
   * @throws CrmValidationException field {@code stage}, rule {@code unknown}, for a stage this
   *     lifecycle does not have
   */
  public static CaseStatus caseStatus(StageName stage) {
    CrmValidationException.required("stage", stage);
    int at = STAGES.indexOf(stage);
    if (at < 0) {
      throw CrmValidationException.of("stage", "unknown", stage, "the " + NAME + " lifecycle has no stage '" + stage + "'");
    }
    return STATUSES.get(at);
  }

  /**
   * The stage of this lifecycle for a crm-core case status; empty for {@link CaseStatus#ON_HOLD},
   * which this lifecycle has no stage for.
   */
  public static Optional<StageName> stageFor(CaseStatus status) {
    int at = STATUSES.indexOf(CrmValidationException.required("status", status));
    return at < 0 ? Optional.empty() : Optional.of(STAGES.get(at));
  }

  /** The definition with the default options, made when first asked for. */
  private static final class Default {
    static final LifecycleDefinition<CaseProgress> DEFINITION = definition(SupportCaseOptions.defaults());
  }
}
