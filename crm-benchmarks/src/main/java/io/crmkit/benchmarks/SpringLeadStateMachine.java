package io.crmkit.benchmarks;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import io.crmkit.lifecycle.shipped.B2bLeadOptions;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.action.Action;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.config.configurers.StateConfigurer;
import org.springframework.statemachine.guard.Guard;

/**
 * The peer's side of {@link LeadLifecycleBenchmark}: crmkit's shipped {@link B2bLeadLifecycle B2B
 * lead lifecycle} as a Spring Statemachine 4 machine, with its states, events and guards one for
 * one. It is built with {@link StateMachineBuilder}, without a Spring application context.
 *
 * <p>A guard reads the {@link B2bJourney} that the machine's extended state holds under
 * {@value #JOURNEY}, with the score threshold and minimum fit of the {@link B2bLeadOptions} the
 * machine was built with; a transition without exit criteria in crmkit has no guard here. The
 * guards give only yes or no, where crmkit's exit criteria list every reason for a refusal. The two
 * transitions that keep the stage (book kickoff, renew from Renewal) are internal transitions, which
 * leave and enter nothing, as crmkit runs no exit or entry side effects for them.
 *
 * <p>Every transition has one action, which counts the move in the machine's {@link Moves}: Spring
 * Statemachine answers {@code ACCEPTED} to an event that a transition out of the state listens to
 * even when its guard then refuses the move, and a transition that keeps the stage changes no state,
 * so the count is how a caller knows that a move was taken.
 *
 * <p>The terminal stages (Closed lost, Churned) are end states in the machines of
 * {@link #factory}, as Spring Statemachine models final states: a machine that reaches one completes
 * and stops. {@link #restorableMachine} declares them as states that no transition leaves instead,
 * which refuse every event all the same: a machine that has completed cannot be reset and started
 * again (its life cycle stays {@code STOPPING}; spring-statemachine issues 966 and 1065, open in
 * 4.0.2), so a machine meant to be restored lead after lead must never complete.
 */
public final class SpringLeadStateMachine {
  /** The extended state variable that holds the journey the guards read. */
  public static final String JOURNEY = "journey";

  private SpringLeadStateMachine() {}

  /** The states, in the order of the stages of {@link B2bLeadLifecycle#definition()}. */
  public enum LeadStage {
    /** A prospect who showed interest. */
    LEAD,
    /** A marketing-qualified lead. */
    MQL,
    /** A lead sales rejected, back with marketing. */
    RECYCLED,
    /** A sales-accepted lead. */
    SAL,
    /** A sales-qualified lead with an opportunity. */
    SQL,
    /** The deal is won. */
    CLOSED_WON,
    /** The deal is lost (terminal). */
    CLOSED_LOST,
    /** The new customer is being onboarded. */
    ONBOARDING,
    /** A live customer working towards the renewal. */
    RENEWAL,
    /** A live customer buying more. */
    EXPANSION,
    /** A former customer (terminal). */
    CHURNED;

    /** The stage's name as crmkit writes it in canonical form: {@code closed won}. */
    public String stageName() {
      return name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
  }

  /** The events, in the order of the triggers of {@link B2bLeadLifecycle#definition()}. */
  public enum LeadTrigger {
    /** Marketing passes the lead to sales. */
    QUALIFY,
    /** Sales accepts the lead. */
    ACCEPT,
    /** Sales rejects the lead with a reason. */
    REJECT,
    /** Sales qualifies the lead and opens an opportunity. */
    CONVERT,
    /** The deal is won. */
    WIN,
    /** The deal is lost. */
    LOSE,
    /** Customer success contacted the customer. */
    START_ONBOARDING,
    /** The kickoff is booked. */
    BOOK_KICKOFF,
    /** Onboarding is done. */
    COMPLETE_ONBOARDING,
    /** The customer buys more. */
    EXPAND,
    /** The contract is renewed. */
    RENEW,
    /** The customer leaves. */
    CHURN;

    /** The trigger's name as crmkit writes it in canonical form: {@code start onboarding}. */
    public String triggerName() {
      return name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The moves the machines of one build have taken: a counter that each transition's action
   * increments. Not thread-safe, as a machine handles one event at a time.
   */
  public static final class Moves {
    private long taken;

    /** How many moves were taken so far. */
    public long taken() {
      return taken;
    }

    void add() {
      taken++;
    }
  }

  /**
   * A factory of machines of the lifecycle, each at {@link LeadStage#LEAD} and not started, with
   * the terminal stages as end states: the way to have one machine per lead.
   *
   * @param options the score threshold and minimum fit the guards apply
   * @param moves where every machine of the factory counts the moves it takes
   */
  public static StateMachineFactory<LeadStage, LeadTrigger> factory(B2bLeadOptions options, Moves moves) {
    return builder(options, moves, true).createFactory();
  }

  /**
   * One machine of the lifecycle, at {@link LeadStage#LEAD} and not started, whose terminal stages
   * are states that no transition leaves rather than end states, so that it can be restored to one
   * lead's state after another.
   *
   * @param options the score threshold and minimum fit the guards apply
   * @param moves where the machine counts the moves it takes
   */
  public static StateMachine<LeadStage, LeadTrigger> restorableMachine(B2bLeadOptions options, Moves moves) {
    return builder(options, moves, false).build();
  }

  private static StateMachineBuilder.Builder<LeadStage, LeadTrigger> builder(
      B2bLeadOptions options, Moves moves, boolean endStates) {
    CrmValidationException.required("options", options);
    CrmValidationException.required("moves", moves);
    Guard<LeadStage, LeadTrigger> scoreAndFit = journey(j -> j.score().isPresent()
        && j.score().getAsInt() >= options.mqlScoreThreshold()
        && j.fit().isPresent()
        && j.fit().get().isAtLeast(options.minimumFit()));
    Guard<LeadStage, LeadTrigger> rejectionReasonLogged = journey(j -> j.rejectionReason().isPresent());
    Guard<LeadStage, LeadTrigger> opportunityOpened = journey(j -> j.opportunityId().isPresent());
    Guard<LeadStage, LeadTrigger> firstContactRecorded = journey(j -> j.firstContactAt().isPresent());
    Guard<LeadStage, LeadTrigger> kickoffBooked = journey(j -> j.kickoffOn().isPresent());
    Action<LeadStage, LeadTrigger> count = context -> moves.add();

    StateMachineBuilder.Builder<LeadStage, LeadTrigger> builder = StateMachineBuilder.builder();
    try {
      builder.configureConfiguration().withConfiguration().autoStartup(false);
      StateConfigurer<LeadStage, LeadTrigger> states = builder.configureStates().withStates()
          .initial(LeadStage.LEAD)
          .states(EnumSet.allOf(LeadStage.class));
      if (endStates) {
        states.end(LeadStage.CLOSED_LOST).end(LeadStage.CHURNED);
      }
      StateMachineTransitionConfigurer<LeadStage, LeadTrigger> transitions = builder.configureTransitions();
      transitions
          .withExternal().source(LeadStage.LEAD).target(LeadStage.MQL).event(LeadTrigger.QUALIFY)
          .guard(scoreAndFit).action(count)
          .and().withExternal().source(LeadStage.RECYCLED).target(LeadStage.MQL).event(LeadTrigger.QUALIFY)
          .guard(scoreAndFit).action(count)
          .and().withExternal().source(LeadStage.MQL).target(LeadStage.SAL).event(LeadTrigger.ACCEPT)
          .action(count)
          .and().withExternal().source(LeadStage.MQL).target(LeadStage.RECYCLED).event(LeadTrigger.REJECT)
          .guard(rejectionReasonLogged).action(count)
          .and().withExternal().source(LeadStage.SAL).target(LeadStage.SQL).event(LeadTrigger.CONVERT)
          .guard(opportunityOpened).action(count)
          .and().withExternal().source(LeadStage.SQL).target(LeadStage.CLOSED_WON).event(LeadTrigger.WIN)
          .action(count)
          .and().withExternal().source(LeadStage.SQL).target(LeadStage.CLOSED_LOST).event(LeadTrigger.LOSE)
          .action(count)
          .and().withExternal().source(LeadStage.CLOSED_WON).target(LeadStage.ONBOARDING)
          .event(LeadTrigger.START_ONBOARDING).guard(firstContactRecorded).action(count)
          .and().withInternal().source(LeadStage.ONBOARDING).event(LeadTrigger.BOOK_KICKOFF)
          .guard(kickoffBooked).action(count)
          .and().withExternal().source(LeadStage.ONBOARDING).target(LeadStage.RENEWAL)
          .event(LeadTrigger.COMPLETE_ONBOARDING).guard(kickoffBooked).action(count)
          .and().withExternal().source(LeadStage.RENEWAL).target(LeadStage.EXPANSION).event(LeadTrigger.EXPAND)
          .action(count)
          .and().withInternal().source(LeadStage.RENEWAL).event(LeadTrigger.RENEW)
          .action(count)
          .and().withExternal().source(LeadStage.EXPANSION).target(LeadStage.RENEWAL).event(LeadTrigger.RENEW)
          .action(count)
          .and().withExternal().source(LeadStage.ONBOARDING).target(LeadStage.CHURNED).event(LeadTrigger.CHURN)
          .action(count)
          .and().withExternal().source(LeadStage.RENEWAL).target(LeadStage.CHURNED).event(LeadTrigger.CHURN)
          .action(count)
          .and().withExternal().source(LeadStage.EXPANSION).target(LeadStage.CHURNED).event(LeadTrigger.CHURN)
          .action(count);
    } catch (Exception e) {
      throw new IllegalStateException("Spring Statemachine refused the lead lifecycle's configuration", e);
    }
    return builder;
  }

  /** A guard that tests the journey in the machine's extended state. */
  private static Guard<LeadStage, LeadTrigger> journey(Predicate<B2bJourney> test) {
    return context -> test.test(journey(context));
  }

  private static B2bJourney journey(StateContext<LeadStage, LeadTrigger> context) {
    B2bJourney journey = context.getExtendedState().get(JOURNEY, B2bJourney.class);
    if (journey == null) {
      throw new IllegalStateException("the machine's extended state holds no journey under '" + JOURNEY + "'");
    }
    return journey;
  }
}
