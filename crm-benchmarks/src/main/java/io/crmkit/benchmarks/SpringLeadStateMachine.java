package io.crmkit.benchmarks;

import java.util.EnumSet;
import java.util.Locale;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.config.configurers.StateConfigurer;
import org.springframework.statemachine.guard.Guard;

/**
 * The peer's side of {@link LeadLifecycleBenchmark}: the benchmark's B2B lead lifecycle as a Spring
 * Statemachine 4 machine, with the states, events and guards of {@link B2bLeadLifecycleForBenchmark}
 * one for one. It is built with {@link StateMachineBuilder}, without a Spring application context.
 *
 * <p>A guard reads the {@link SampleLead} that the machine's extended state holds under
 * {@value #LEAD}. The guards give only yes or no, where crmkit's exit criteria list every reason for
 * a refusal.
 *
 * <p>The terminal stages (disqualified, sales rejected, closed lost) are end states in the machines
 * of {@link #factory()}, as Spring Statemachine models final states: a machine that reaches one
 * completes and stops. {@link #restorableMachine()} declares them as states that no transition
 * leaves instead, which refuse every event all the same: a machine that has completed cannot be
 * reset and started again (its life cycle stays {@code STOPPING}; spring-statemachine issues 966
 * and 1065, open in 4.0.2), so a machine meant to be restored lead after lead must never complete.
 */
public final class SpringLeadStateMachine {
  /** The extended state variable that holds the lead the guards read. */
  public static final String LEAD = "lead";

  private SpringLeadStateMachine() {}

  /** The states, in the order of {@link B2bLeadLifecycleForBenchmark#STAGES}. */
  public enum LeadStage {
    /** A new lead. */
    LEAD,
    /** The company does not fit the ideal customer profile (end state). */
    DISQUALIFIED,
    /** A marketing qualified lead. */
    MQL,
    /** Sales rejected the lead, giving a reason (end state). */
    SALES_REJECTED,
    /** A sales accepted lead. */
    SAL,
    /** A sales qualified opportunity. */
    SQL,
    /** The deal was lost (end state). */
    CLOSED_LOST,
    /** The deal was won. */
    CLOSED_WON,
    /** The new customer is being onboarded. */
    ONBOARDING,
    /** The customer renewed. */
    RENEWAL,
    /** The customer bought more. */
    EXPANSION;

    /** The stage's name as crmkit's definition writes it in canonical form: {@code closed won}. */
    public String stageName() {
      return name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
  }

  /** The events, in the order of {@link B2bLeadLifecycleForBenchmark#TRIGGERS}. */
  public enum LeadTrigger {
    /** Marketing passes the lead on. */
    QUALIFY,
    /** Marketing drops the lead. */
    DISQUALIFY,
    /** Sales accepts the lead. */
    ACCEPT,
    /** Sales rejects the lead. */
    REJECT,
    /** Sales turns the lead into an opportunity. */
    CONVERT,
    /** The deal is won. */
    WIN,
    /** The deal is lost. */
    LOSE,
    /** Customer success starts onboarding. */
    START_ONBOARDING,
    /** The customer renews. */
    RENEW,
    /** The customer buys more. */
    EXPAND;

    /** The trigger's name as crmkit's definition writes it in canonical form: {@code start onboarding}. */
    public String triggerName() {
      return name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A factory of machines of the lifecycle, each at {@link LeadStage#LEAD} and not started, with
   * the terminal stages as end states: the way to have one machine per lead.
   */
  public static StateMachineFactory<LeadStage, LeadTrigger> factory() {
    return builder(true).createFactory();
  }

  /**
   * One machine of the lifecycle, at {@link LeadStage#LEAD} and not started, whose terminal stages
   * are states that no transition leaves rather than end states, so that it can be restored to one
   * lead's state after another.
   */
  public static StateMachine<LeadStage, LeadTrigger> restorableMachine() {
    return builder(false).build();
  }

  private static StateMachineBuilder.Builder<LeadStage, LeadTrigger> builder(boolean endStates) {
    StateMachineBuilder.Builder<LeadStage, LeadTrigger> builder = StateMachineBuilder.builder();
    try {
      builder.configureConfiguration().withConfiguration().autoStartup(false);
      StateConfigurer<LeadStage, LeadTrigger> states = builder.configureStates().withStates()
          .initial(LeadStage.LEAD)
          .states(EnumSet.allOf(LeadStage.class));
      if (endStates) {
        states.end(LeadStage.DISQUALIFIED).end(LeadStage.SALES_REJECTED).end(LeadStage.CLOSED_LOST);
      }
      StateMachineTransitionConfigurer<LeadStage, LeadTrigger> transitions = builder.configureTransitions();
      transitions
          .withExternal().source(LeadStage.LEAD).target(LeadStage.MQL).event(LeadTrigger.QUALIFY)
          .guard(lead(lead -> lead.scoresAtLeast(B2bLeadLifecycleForBenchmark.SCORE_THRESHOLD)
              && lead.fitsIdealCustomerProfile()))
          .and().withExternal().source(LeadStage.LEAD).target(LeadStage.DISQUALIFIED).event(LeadTrigger.DISQUALIFY)
          .guard(lead(lead -> !lead.fitsIdealCustomerProfile()))
          .and().withExternal().source(LeadStage.MQL).target(LeadStage.SAL).event(LeadTrigger.ACCEPT)
          .guard(lead(lead -> lead.owner().isPresent()))
          .and().withExternal().source(LeadStage.MQL).target(LeadStage.SALES_REJECTED).event(LeadTrigger.REJECT)
          .guard(lead(lead -> lead.rejectionReason().isPresent()))
          .and().withExternal().source(LeadStage.SAL).target(LeadStage.SQL).event(LeadTrigger.CONVERT)
          .guard(lead(lead -> lead.opportunityAmount().isPresent()))
          .and().withExternal().source(LeadStage.SQL).target(LeadStage.CLOSED_WON).event(LeadTrigger.WIN)
          .guard(lead(lead -> lead.closeDate().isPresent() && lead.opportunityAmount().isPresent()))
          .and().withExternal().source(LeadStage.SQL).target(LeadStage.CLOSED_LOST).event(LeadTrigger.LOSE)
          .guard(lead(lead -> lead.lossReason().isPresent()))
          .and().withExternal().source(LeadStage.CLOSED_WON).target(LeadStage.ONBOARDING)
          .event(LeadTrigger.START_ONBOARDING)
          .guard(lead(lead -> lead.kickoffDate().isPresent()))
          .and().withExternal().source(LeadStage.ONBOARDING).target(LeadStage.RENEWAL).event(LeadTrigger.RENEW)
          .guard(lead(lead -> lead.renewalDate().isPresent()))
          .and().withExternal().source(LeadStage.EXPANSION).target(LeadStage.RENEWAL).event(LeadTrigger.RENEW)
          .guard(lead(lead -> lead.renewalDate().isPresent()))
          .and().withExternal().source(LeadStage.RENEWAL).target(LeadStage.EXPANSION).event(LeadTrigger.EXPAND)
          .guard(lead(lead -> lead.expansionAmount().isPresent()));
    } catch (Exception e) {
      throw new IllegalStateException("Spring Statemachine refused the lead lifecycle's configuration", e);
    }
    return builder;
  }

  /** A guard that tests the lead in the machine's extended state. */
  private static Guard<LeadStage, LeadTrigger> lead(LeadGuard test) {
    return context -> test.holds(lead(context));
  }

  private static SampleLead lead(StateContext<LeadStage, LeadTrigger> context) {
    SampleLead lead = context.getExtendedState().get(LEAD, SampleLead.class);
    if (lead == null) {
      throw new IllegalStateException("the machine's extended state holds no lead under '" + LEAD + "'");
    }
    return lead;
  }

  /** A test of a lead. */
  @FunctionalInterface
  private interface LeadGuard {
    boolean holds(SampleLead lead);
  }
}
