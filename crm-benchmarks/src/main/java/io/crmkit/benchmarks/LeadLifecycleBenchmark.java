package io.crmkit.benchmarks;

import io.crmkit.benchmarks.SpringLeadStateMachine.LeadStage;
import io.crmkit.benchmarks.SpringLeadStateMachine.LeadTrigger;
import io.crmkit.benchmarks.SpringLeadStateMachine.Moves;
import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.StageDefinition;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TriggerName;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import io.crmkit.lifecycle.shipped.B2bLeadOptions;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineContext;
import org.springframework.statemachine.StateMachinePersist;
import org.springframework.statemachine.access.StateMachineAccess;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.persist.DefaultStateMachinePersister;
import org.springframework.statemachine.persist.StateMachinePersister;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * Driving 90,646 B2B leads through their lifecycle, in transition attempts per second:
 * crmkit's lifecycle engine side by side with Spring Statemachine 4.0.2 doing the same
 * transitions with the same guards.
 *
 * <p>Run it from the repository root (a few minutes; the machine should be otherwise idle):
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl crm-benchmarks -am
 * java -jar crm-benchmarks/target/benchmarks.jar LeadLifecycleBenchmark -f 1 -wi 2 -i 3
 * </pre>
 *
 * <p>The scores are transition attempts per second ({@code ops/s}, one operation being one
 * attempt, accepted or refused, {@link OperationsPerInvocation}); higher is better.
 *
 * <p><b>The lifecycle</b> is the one crmkit ships, {@link B2bLeadLifecycle#definition()} with the
 * default options: Lead, MQL (score at least 60 and fit B or better), SAL, or Recycled when sales
 * rejects with a reason, SQL (an opportunity opened), Closed won or lost, Onboarding (first contact
 * recorded; booking the kickoff keeps the stage), Renewal (kickoff booked), Expansion, and Churned;
 * its exit criteria read a {@link B2bJourney}. {@link SpringLeadStateMachine} declares the same
 * states, events and guards for Spring Statemachine, the guards reading the same journey.
 *
 * <p><b>The data.</b> {@link SampleLeads} makes leads once per trial (seed {@value #SEED}), each
 * with a script of what a CRM would try on it, written by walking the lifecycle: mostly a next step
 * that is ready, sometimes one whose criteria do not hold yet, now and then a stray trigger; a
 * script ends at a terminal stage or after two refusals in a row. The scripts hold {@value #ATTEMPTS}
 * attempts over 90,646 leads: 86,619 (34.6%) accepted, 2,675 of them keeping the stage; 152,202
 * (60.9%) refused by a guard, most of them leads whose score or fit (or both, crmkit listing both)
 * keeps them from becoming MQLs, as in a real funnel; and 11,179
 * (4.5%) refused because the trigger does not lead out of the lead's stage. The walk asks crmkit's
 * definition where the lead is; both sides then replay the same scripts, and the check below
 * catches any way in which the peer would answer otherwise.
 *
 * <p><b>One invocation</b> drives every lead from the stage {@code Lead} through its script, one
 * lead after the other:
 *
 * <ul>
 *   <li>{@link #crmkit}: one {@link LifecycleDefinition}, built once and shared; a lead's state is a
 *       plain {@link LifecycleState} value that each accepted {@link TransitionResult} replaces,
 *       kept in an array, one per lead. Every move builds its result as a host gets it: the new
 *       state, the events, the side effects and the audit record, or every unmet exit criterion.
 *   <li>{@link #springStatemachine}, the peer: one running machine, reset to each lead's state
 *       before its script through {@code StateMachineAccess.resetStateMachineReactively}, with the
 *       lead's journey in its extended state; then each event sent with the reactive API
 *       ({@code sendEvent(Mono)}) and waited for. The event messages are made once, not per send,
 *       and a lead's final state is the machine's state after its script. Its terminal stages are
 *       not end states, as a completed machine cannot be reset and started again
 *       ({@link SpringLeadStateMachine#restorableMachine}). This is the fastest of the three usual
 *       ways measured here, and the one the ratio is taken against.
 *   <li>{@link #springStatemachineRestoredByPersister}: as Spring Statemachine's documentation
 *       restores a machine for an entity ({@link DefaultStateMachinePersister#restore}): the same
 *       reset, with the machine stopped before it and started after it, which costs more per lead.
 *   <li>{@link #springStatemachinePerLead}: a new machine per lead from a
 *       {@link StateMachineFactory}, started, driven and stopped, which builds every state and
 *       transition object anew for each lead and costs the most.
 * </ul>
 *
 * <p>Spring Statemachine answers {@code ACCEPTED} to an event that a transition out of the state
 * listens to even when the transition's guard then refuses the move, and two transitions keep the
 * stage, so the peer counts the moves it takes with an action on every transition
 * ({@link SpringLeadStateMachine.Moves}); crmkit's side counts its {@link TransitionResult.Accepted}
 * results.
 *
 * <p><b>The check.</b> At the start of the trial both sides drive the leads once, outside the
 * measured time, and the benchmark fails unless they end every lead in the same stage with the same
 * counts of accepted and refused attempts; after each invocation, its final stages and counts are
 * compared with those and any difference fails the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LeadLifecycleBenchmark {
  /** The transition attempts of one invocation, over 90,646 leads. */
  public static final int ATTEMPTS = 250_000;

  /** The seed of the sample leads. */
  public static final long SEED = 20_260_404L;

  /** When the moves happen, for crmkit's results and audit records. */
  static final Instant AT = Instant.parse("2026-04-04T09:00:00Z");

  /** The attempts made; {@value #ATTEMPTS} in the benchmark, fewer in its unit test. */
  int attempts = ATTEMPTS;

  private B2bJourney[] lead = new B2bJourney[0];
  private byte[] scripts = new byte[0];
  private int[] scriptStarts = new int[1];

  private @Nullable LifecycleDefinition<B2bJourney> definition;
  private TriggerName[] triggers = new TriggerName[0];
  private @Nullable LifecycleState entered;
  private LifecycleState[] crmkitStates = new LifecycleState[0];
  private Map<StageName, Integer> stageIndex = Map.of();

  private final Moves moves = new Moves();
  private @Nullable StateMachineFactory<LeadStage, LeadTrigger> factory;
  private @Nullable StateMachine<LeadStage, LeadTrigger> running;
  private @Nullable StateMachine<LeadStage, LeadTrigger> stoppedAndStarted;
  private @Nullable StateMachinePersister<LeadStage, LeadTrigger, B2bJourney> persister;
  private List<Message<LeadTrigger>> messages = List.of();
  private LeadStage[] springStages = new LeadStage[0];

  private @Nullable Outcome expected;
  private @Nullable Ran ran;
  private @Nullable Tally tally;

  /**
   * Makes the leads, the crmkit definition and the Spring machine, and drives the leads once on
   * both sides, outside the measured time.
   *
   * @throws IllegalStateException when the two sides do not agree, which fails the benchmark
   */
  @Setup(Level.Trial)
  public void makeLeadsAndMachines() {
    LifecycleDefinition<B2bJourney> crmkit = B2bLeadLifecycle.definition();
    definition = crmkit;
    SampleLeads samples = SampleLeads.make(SEED, attempts, crmkit);
    lead = samples.leads().toArray(B2bJourney[]::new);
    scripts = samples.scripts();
    scriptStarts = samples.scriptStarts();

    if (crmkit.triggers().size() != LeadTrigger.values().length
        || crmkit.stages().size() != LeadStage.values().length) {
      throw new IllegalStateException("the two lifecycles differ: crmkit's has " + crmkit.stages().size()
          + " stages and " + crmkit.triggers().size() + " triggers, Spring's " + LeadStage.values().length
          + " and " + LeadTrigger.values().length);
    }
    triggers = crmkit.triggers().stream().map(t -> t.name()).toArray(TriggerName[]::new);
    entered = crmkit.start(B2bLeadLifecycle.LEAD, AT, Actor.automatic()).state();
    Map<StageName, Integer> index = new HashMap<>();
    List<StageDefinition> stages = crmkit.stages();
    for (int i = 0; i < stages.size(); i++) {
      index.put(stages.get(i).name(), i);
    }
    stageIndex = Map.copyOf(index);
    crmkitStates = new LifecycleState[lead.length];

    for (int i = 0; i < triggers.length; i++) {
      expectSameName("trigger", triggers[i].value(), LeadTrigger.values()[i].triggerName());
    }
    for (int i = 0; i < stages.size(); i++) {
      expectSameName("stage", stages.get(i).name().value(), LeadStage.values()[i].stageName());
    }
    factory = SpringLeadStateMachine.factory(B2bLeadOptions.defaults(), moves);
    running = SpringLeadStateMachine.restorableMachine(B2bLeadOptions.defaults(), moves);
    running.startReactively().block();
    stoppedAndStarted = SpringLeadStateMachine.restorableMachine(B2bLeadOptions.defaults(), moves);
    persister = new DefaultStateMachinePersister<>(new LeadsStartAtLead());
    messages = Arrays.stream(LeadTrigger.values()).map(t -> MessageBuilder.withPayload(t).build()).toList();
    springStages = new LeadStage[lead.length];

    ran = null;
    Outcome ofCrmkit = Outcome.of(crmkit(), crmkitStageIndexes());
    Outcome ofSpring = Outcome.of(springStatemachine(), springStageIndexes());
    expect("Spring Statemachine", ofCrmkit, ofSpring);
    expected = ofCrmkit;
    ran = null;
  }

  /**
   * crmkit: every lead from {@code Lead} through its script on the shared definition, its state a
   * plain value.
   */
  @Benchmark
  @OperationsPerInvocation(ATTEMPTS)
  public Tally crmkit() {
    ran = Ran.CRMKIT;
    LifecycleDefinition<B2bJourney> lifecycle = required(definition);
    LifecycleState start = required(entered);
    TriggerName[] byIndex = triggers;
    byte[] script = scripts;
    int[] starts = scriptStarts;
    long accepted = 0;
    for (int i = 0; i < lead.length; i++) {
      B2bJourney facts = lead[i];
      LifecycleState state = start;
      for (int k = starts[i], end = starts[i + 1]; k < end; k++) {
        TransitionResult result = lifecycle.transition(state, byIndex[script[k]], facts, AT);
        if (result instanceof TransitionResult.Accepted moved) {
          state = moved.state();
          accepted++;
        }
      }
      crmkitStates[i] = state;
    }
    Tally done = new Tally(accepted, script.length - accepted);
    tally = done;
    return done;
  }

  /**
   * The peer: one running Spring state machine reset to each lead's state (with its journey in the
   * extended state) and sent the lead's script, event by event, with the reactive API.
   */
  @Benchmark
  @OperationsPerInvocation(ATTEMPTS)
  public Tally springStatemachine() {
    ran = Ran.SPRING;
    StateMachine<LeadStage, LeadTrigger> one = required(running);
    StateMachineAccess<LeadStage, LeadTrigger> access = one.getStateMachineAccessor().withRegion();
    List<Message<LeadTrigger>> byIndex = messages;
    byte[] script = scripts;
    int[] starts = scriptStarts;
    Moves counted = moves;
    long before = counted.taken();
    for (int i = 0; i < lead.length; i++) {
      access.resetStateMachineReactively(LeadsStartAtLead.context(lead[i])).block();
      for (int k = starts[i], end = starts[i + 1]; k < end; k++) {
        one.sendEvent(Mono.just(byIndex.get(script[k]))).blockLast();
      }
      springStages[i] = one.getState().getId();
    }
    long accepted = counted.taken() - before;
    Tally done = new Tally(accepted, script.length - accepted);
    tally = done;
    return done;
  }

  /**
   * The peer as Spring Statemachine's documentation restores a machine for an entity: one machine,
   * for each lead stopped, reset to the lead's state and started again by a
   * {@link DefaultStateMachinePersister}, then sent the lead's script.
   */
  @Benchmark
  @OperationsPerInvocation(ATTEMPTS)
  public Tally springStatemachineRestoredByPersister() {
    ran = Ran.SPRING;
    StateMachine<LeadStage, LeadTrigger> one = required(stoppedAndStarted);
    StateMachinePersister<LeadStage, LeadTrigger, B2bJourney> restorer = required(persister);
    List<Message<LeadTrigger>> byIndex = messages;
    byte[] script = scripts;
    int[] starts = scriptStarts;
    Moves counted = moves;
    long before = counted.taken();
    for (int i = 0; i < lead.length; i++) {
      try {
        restorer.restore(one, lead[i]);
      } catch (Exception e) {
        throw new IllegalStateException("Spring Statemachine did not restore lead " + i, e);
      }
      for (int k = starts[i], end = starts[i + 1]; k < end; k++) {
        one.sendEvent(Mono.just(byIndex.get(script[k]))).blockLast();
      }
      springStages[i] = one.getState().getId();
    }
    long accepted = counted.taken() - before;
    Tally done = new Tally(accepted, script.length - accepted);
    tally = done;
    return done;
  }

  /**
   * The peer the other usual way: a new Spring state machine from the factory for each lead, its
   * journey put in the extended state, started, sent the lead's script and stopped.
   */
  @Benchmark
  @OperationsPerInvocation(ATTEMPTS)
  public Tally springStatemachinePerLead() {
    ran = Ran.SPRING;
    StateMachineFactory<LeadStage, LeadTrigger> machines = required(factory);
    List<Message<LeadTrigger>> byIndex = messages;
    byte[] script = scripts;
    int[] starts = scriptStarts;
    Moves counted = moves;
    long before = counted.taken();
    for (int i = 0; i < lead.length; i++) {
      StateMachine<LeadStage, LeadTrigger> machineOfLead = machines.getStateMachine();
      machineOfLead.getExtendedState().getVariables().put(SpringLeadStateMachine.JOURNEY, lead[i]);
      machineOfLead.startReactively().block();
      for (int k = starts[i], end = starts[i + 1]; k < end; k++) {
        machineOfLead.sendEvent(Mono.just(byIndex.get(script[k]))).blockLast();
      }
      springStages[i] = machineOfLead.getState().getId();
      machineOfLead.stopReactively().block();
    }
    long accepted = counted.taken() - before;
    Tally done = new Tally(accepted, script.length - accepted);
    tally = done;
    return done;
  }

  /**
   * Compares the invocation's final stages and counts with those of the trial's start, outside the
   * measured time.
   *
   * @throws IllegalStateException naming the first difference, which fails the benchmark
   */
  @TearDown(Level.Invocation)
  public void checkOutcome() {
    Ran side = ran;
    if (side == null) {
      return;
    }
    Outcome outcome = side == Ran.CRMKIT
        ? Outcome.of(required(tally), crmkitStageIndexes())
        : Outcome.of(required(tally), springStageIndexes());
    expect(side.label, required(expected), outcome);
  }

  /** The outcome that every invocation must reach, for the unit test. */
  Outcome expected() {
    return required(expected);
  }

  /** The outcome of the last invocation, for the unit test. */
  Outcome lastOutcome() {
    Ran side = required(ran);
    return Outcome.of(required(tally), side == Ran.CRMKIT ? crmkitStageIndexes() : springStageIndexes());
  }

  /** Spoils one lead's final stage on the peer's side, for the unit test of the check. */
  void spoilPeerStageOfFirstLead() {
    springStages[0] = springStages[0] == LeadStage.LEAD ? LeadStage.MQL : LeadStage.LEAD;
  }

  private int[] crmkitStageIndexes() {
    int[] stages = new int[crmkitStates.length];
    for (int i = 0; i < stages.length; i++) {
      stages[i] = required(stageIndex.get(required(crmkitStates[i]).stage()));
    }
    return stages;
  }

  private int[] springStageIndexes() {
    int[] stages = new int[springStages.length];
    for (int i = 0; i < stages.length; i++) {
      stages[i] = required(springStages[i]).ordinal();
    }
    return stages;
  }

  private static void expect(String side, Outcome expected, Outcome actual) {
    String difference = expected.differenceFrom(actual);
    if (!difference.isEmpty()) {
      throw new IllegalStateException("wrong lifecycle run: " + side + " " + difference);
    }
  }

  private static void expectSameName(String what, String crmkit, String spring) {
    if (!crmkit.equals(spring)) {
      throw new IllegalStateException(
          "the two lifecycles differ: crmkit's " + what + " '" + crmkit + "' stands where Spring's is '" + spring + "'");
    }
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the benchmark's set-up has not run");
    }
    return value;
  }

  /**
   * What one invocation counted.
   *
   * @param accepted the attempts that moved a lead
   * @param refused the attempts that did not
   */
  public record Tally(long accepted, long refused) {}

  /**
   * Where every lead ended and how many attempts were accepted and refused.
   *
   * @param tally the counts
   * @param stages each lead's final stage, as the index of its {@link LeadStage}, which is its index
   *     in the stages of {@link B2bLeadLifecycle#definition()}
   */
  record Outcome(Tally tally, int[] stages) {
    static Outcome of(Tally tally, int[] stages) {
      return new Outcome(tally, stages);
    }

    /** How many leads ended in each stage, in the order of {@link LeadStage}. */
    long[] leadsPerStage() {
      long[] counts = new long[LeadStage.values().length];
      for (int stage : stages) {
        counts[stage]++;
      }
      return counts;
    }

    /** What differs from another outcome, for a person; empty when nothing does. */
    String differenceFrom(Outcome other) {
      if (!tally.equals(other.tally)) {
        return "counted " + other.tally + ", expected " + tally;
      }
      if (stages.length != other.stages.length) {
        return "drove " + other.stages.length + " leads, expected " + stages.length;
      }
      for (int i = 0; i < stages.length; i++) {
        if (stages[i] != other.stages[i]) {
          return "left lead " + i + " in '" + LeadStage.values()[other.stages[i]].stageName()
              + "', expected '" + LeadStage.values()[stages[i]].stageName() + "'";
        }
      }
      return "";
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Outcome other && differenceFrom(other).isEmpty();
    }

    @Override
    public int hashCode() {
      return tally.hashCode() * 31 + Arrays.hashCode(stages);
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder().append(tally).append(", leads per final stage:");
      long[] counts = leadsPerStage();
      for (int i = 0; i < counts.length; i++) {
        text.append(i == 0 ? " " : ", ").append(LeadStage.values()[i].stageName()).append(' ').append(counts[i]);
      }
      return text.toString();
    }
  }

  /**
   * Where the peer's restore reads a lead's stored state: every lead of the benchmark starts at
   * {@code Lead}, with its journey in the extended state for the guards.
   */
  private static final class LeadsStartAtLead implements StateMachinePersist<LeadStage, LeadTrigger, B2bJourney> {
    @Override
    public void write(StateMachineContext<LeadStage, LeadTrigger> context, B2bJourney lead) {
      throw new UnsupportedOperationException("the benchmark keeps final stages itself");
    }

    @Override
    public StateMachineContext<LeadStage, LeadTrigger> read(B2bJourney lead) {
      return context(lead);
    }

    /** The context of a lead at {@code Lead}: its stage and its journey in the extended state. */
    static StateMachineContext<LeadStage, LeadTrigger> context(B2bJourney lead) {
      DefaultExtendedState extended = new DefaultExtendedState();
      extended.getVariables().put(SpringLeadStateMachine.JOURNEY, lead);
      return new DefaultStateMachineContext<>(LeadStage.LEAD, null, null, extended);
    }
  }

  /** Which side ran last, so the check knows what to read. */
  private enum Ran {
    CRMKIT("crmkit"), SPRING("Spring Statemachine");

    final String label;

    Ran(String label) {
      this.label = label;
    }
  }
}
