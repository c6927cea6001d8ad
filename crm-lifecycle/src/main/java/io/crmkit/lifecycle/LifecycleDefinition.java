package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.internal.Names;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A lifecycle: its stages, its triggers and the transitions between stages, each with the exit
 * criteria that must hold. Built once with {@link #builder(String)} (or read from JSON with
 * {@code io.crmkit.lifecycle.json.LifecycleJson}), checked when built, then shared: a definition is
 * immutable and thread-safe.
 *
 * <p>A record's place in the lifecycle is a {@link LifecycleState} the host keeps. The definition
 * answers, as pure functions of its arguments (nothing is stored, nothing is read from a clock):
 *
 * <ul>
 *   <li>{@link #start} — a record enters at an entry stage;
 *   <li>{@link #transition} — a trigger moves a record, or is refused with every reason;
 *   <li>{@link #availableTriggers} — the triggers out of the record's stage and what stands in
 *       their way.
 * </ul>
 *
 * <p>The rules of a move: the trigger must lead out of the record's stage; every exit criterion of
 * the transition must hold; a move to a lower {@link StageDefinition#rank() rank} (a move back) is
 * refused to an automation and needs a reason from a person. Everything is looked up in tables
 * made when the definition is built: a move costs a few map look-ups and the criteria's checks.
 *
 * @param <C> the type of record the exit criteria read
 */
public final class LifecycleDefinition<C> {
  private final String name;
  private final List<StageDefinition> stages;
  private final List<TriggerDefinition> triggers;
  private final List<Transition<C>> transitions;
  private final List<StageName> entryStages;

  private final Map<StageName, Integer> stageIndex;
  private final Map<TriggerName, Route<C>[]> routesByTrigger;
  private final List<List<Route<C>>> routesOutOf;
  private final List<List<String>> triggersOutEvidence;
  private final String triggerNames;

  private LifecycleDefinition(
      String name,
      List<StageDefinition> stages,
      List<TriggerDefinition> triggers,
      List<Transition<C>> transitions) {
    this.name = name;
    this.stages = List.copyOf(stages);
    this.triggers = List.copyOf(triggers);
    this.transitions = List.copyOf(transitions);
    this.entryStages = stages.stream().filter(StageDefinition::entry).map(StageDefinition::name).toList();

    Map<StageName, Integer> index = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      index.put(stages.get(i).name(), i);
    }
    this.stageIndex = Map.copyOf(index);

    Map<TriggerName, String> labels = new HashMap<>();
    triggers.forEach(t -> labels.put(t.name(), t.label()));
    Map<TriggerName, Route<C>[]> byTrigger = new HashMap<>();
    List<List<Route<C>>> outOf = new ArrayList<>();
    stages.forEach(s -> outOf.add(new ArrayList<>()));
    for (Transition<C> transition : transitions) {
      Route<C>[] routes = byTrigger.computeIfAbsent(transition.trigger(), t -> newRoutes(stages.size()));
      StageDefinition to = stages.get(index.get(transition.to()));
      for (StageName from : transition.from()) {
        int f = index.get(from);
        Route<C> route = new Route<>(this.name, labels.get(transition.trigger()), stages.get(f), to, transition);
        routes[f] = route;
        outOf.get(f).add(route);
      }
    }
    this.routesByTrigger = Map.copyOf(byTrigger);
    List<List<Route<C>>> frozen = new ArrayList<>();
    List<List<String>> evidence = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      List<Route<C>> routes = List.copyOf(outOf.get(i));
      frozen.add(routes);
      StringBuilder out = new StringBuilder("triggers out of '").append(stages.get(i).name()).append("': ");
      for (int r = 0; r < routes.size(); r++) {
        out.append(r == 0 ? "" : ", ").append(routes.get(r).trigger);
      }
      evidence.add(List.of(routes.isEmpty() ? out.append("none").toString() : out.toString()));
    }
    this.routesOutOf = List.copyOf(frozen);
    this.triggersOutEvidence = List.copyOf(evidence);
    StringBuilder names = new StringBuilder();
    for (TriggerDefinition t : triggers) {
      names.append(names.length() == 0 ? "" : ", ").append('\'').append(t.name()).append('\'');
    }
    this.triggerNames = names.length() == 0 ? "none" : names.toString();
  }

  @SuppressWarnings("unchecked")
  private static <C> Route<C>[] newRoutes(int size) {
    return (Route<C>[]) new Route<?>[size];
  }

  /**
   * A builder of a definition whose criteria are given as objects (or by id, after
   * {@link Builder#criteria(CriterionRegistry)}).
   *
   * @param name the lifecycle's name, such as {@code Opportunity} or {@code B2B lead}
   */
  public static <C> Builder<C> builder(String name) {
    return new Builder<>(name);
  }

  /**
   * A builder of a definition that may name its criteria by id, resolved in {@code criteria}.
   *
   * @param name the lifecycle's name
   * @param criteria where criteria named by id are looked up
   */
  public static <C> Builder<C> builder(String name, CriterionRegistry<C> criteria) {
    return new Builder<C>(name).criteria(criteria);
  }

  /** The lifecycle's name, white space folded, case kept. */
  public String name() {
    return name;
  }

  /** The stages, in the order declared. */
  public List<StageDefinition> stages() {
    return stages;
  }

  /** The triggers, in the order declared. */
  public List<TriggerDefinition> triggers() {
    return triggers;
  }

  /** The transitions, in the order declared. */
  public List<Transition<C>> transitions() {
    return transitions;
  }

  /** The stages at which records may enter the lifecycle, in the order declared. */
  public List<StageName> entryStages() {
    return entryStages;
  }

  /** The stage with a name. */
  public Optional<StageDefinition> stage(StageName stage) {
    Integer i = stageIndex.get(stage);
    return i == null ? Optional.empty() : Optional.of(stages.get(i));
  }

  /** The trigger with a name. */
  public Optional<TriggerDefinition> trigger(TriggerName trigger) {
    return triggers.stream().filter(t -> t.name().equals(trigger)).findFirst();
  }

  /**
   * Whether a move from one stage to another goes back: to a lower rank.
   *
   * @throws CrmValidationException rule {@code unknown} for a stage the lifecycle does not declare
   */
  public boolean isBackward(StageName from, StageName to) {
    return stages.get(indexOf("from", from)).rank() > stages.get(indexOf("to", to)).rank();
  }

  /**
   * A record enters the lifecycle at an entry stage.
   *
   * @param stage one of the {@link #entryStages()}
   * @param at when
   * @param actor who puts the record there
   * @return the first state, a {@link LifecycleEntered}, the stage's {@code onEnter} side effects
   *     and the audit record of the entry
   * @throws CrmValidationException field {@code stage}: rule {@code unknown} for a stage not
   *     declared, {@code not-entry} for a stage that is not an entry stage
   */
  public LifecycleStart start(StageName stage, Instant at, Actor actor) {
    CrmValidationException.required("at", at);
    CrmValidationException.required("actor", actor);
    StageDefinition entered = stages.get(indexOf("stage", stage));
    if (!entered.entry()) {
      throw CrmValidationException.of(
          "stage", "not-entry", stage,
          "records enter lifecycle '" + name + "' at " + quoted(entryStages) + " only");
    }
    return new LifecycleStart(
        LifecycleState.of(entered.name(), at),
        List.of(new LifecycleEntered(name, entered.name(), actor, at)),
        entered.onEnter(),
        AuditRecord.entry(actor, at, entered.name()));
  }

  /**
   * An automation moves a record: {@link #transition(LifecycleState, TriggerName, Object, Instant,
   * Actor)} by {@link Actor#automatic()}. It never moves a record back.
   */
  public TransitionResult transition(LifecycleState current, TriggerName trigger, C record, Instant at) {
    return move(current, trigger, record, at, Actor.automatic(), null);
  }

  /**
   * Moves a record by a trigger, without a reason (so never back).
   *
   * @see #transition(LifecycleState, TriggerName, Object, Instant, Actor, String)
   */
  public TransitionResult transition(
      LifecycleState current, TriggerName trigger, C record, Instant at, Actor actor) {
    return move(current, trigger, record, at, actor, null);
  }

  /**
   * Moves a record by a trigger: the move is accepted when the trigger leads out of the record's
   * stage, every exit criterion holds and, for a move back, the actor is a person; refused
   * otherwise, with every reason.
   *
   * @param current the record's state
   * @param trigger the trigger
   * @param record what the exit criteria read
   * @param at when the move happens: the new state's entry time and the audit's time
   * @param actor who moves the record
   * @param reason why, recorded in the audit (white space folded); required for a move back
   * @return {@link TransitionResult.Accepted} with the new state, events, side effects and audit
   *     record, or {@link TransitionResult.Rejected} listing every violation
   * @throws CrmValidationException (bad input, not a refusal) rule {@code unknown} for a stage or
   *     trigger the lifecycle does not declare, {@code required} for a blank reason
   */
  public TransitionResult transition(
      LifecycleState current, TriggerName trigger, C record, Instant at, Actor actor, String reason) {
    return move(current, trigger, record, at, actor, Names.text("reason", reason));
  }

  private TransitionResult move(
      LifecycleState current, TriggerName trigger, C record, Instant at, Actor actor, @Nullable String reason) {
    CrmValidationException.required("current", current);
    CrmValidationException.required("record", record);
    CrmValidationException.required("at", at);
    CrmValidationException.required("actor", actor);
    int from = indexOf("current.stage", current.stage());
    Route<C> route = routes(trigger)[from];
    if (route == null) {
      return new TransitionResult.Rejected(current.stage(), trigger, List.of(notLeadingOut(from, trigger)));
    }
    List<Violation> violations = null;
    if (route.backward) {
      if (!actor.isPerson()) {
        violations = new ArrayList<>();
        violations.add(route.automaticMoveBack(actor));
      } else if (reason == null) {
        violations = new ArrayList<>();
        violations.add(route.reasonRequired);
      }
    }
    List<ExitCriterion<C>> criteria = route.criteria;
    for (int i = 0, n = criteria.size(); i < n; i++) {
      List<Violation> unmet = criteria.get(i).check(record);
      if (!unmet.isEmpty()) {
        if (violations == null) {
          violations = new ArrayList<>();
        }
        violations.addAll(unmet);
      }
    }
    if (violations != null) {
      return new TransitionResult.Rejected(current.stage(), route.trigger, violations);
    }
    return route.accept(current, at, actor, reason);
  }

  /**
   * The triggers that lead out of a record's stage, in the order their transitions are declared,
   * each with the exit criteria that do not hold for the record.
   *
   * @throws CrmValidationException rule {@code unknown} for a stage the lifecycle does not declare
   */
  public List<AvailableTrigger> availableTriggers(LifecycleState current, C record) {
    CrmValidationException.required("current", current);
    CrmValidationException.required("record", record);
    List<Route<C>> routes = routesOutOf.get(indexOf("current.stage", current.stage()));
    List<AvailableTrigger> available = new ArrayList<>(routes.size());
    for (Route<C> route : routes) {
      List<Violation> unmet = new ArrayList<>();
      for (ExitCriterion<C> criterion : route.criteria) {
        unmet.addAll(criterion.check(record));
      }
      available.add(new AvailableTrigger(route.trigger, route.triggerLabel, route.to, route.backward, unmet));
    }
    return List.copyOf(available);
  }

  private int indexOf(String field, StageName stage) {
    CrmValidationException.required(field, stage);
    Integer i = stageIndex.get(stage);
    if (i == null) {
      throw CrmValidationException.of(
          field, "unknown", stage,
          "lifecycle '" + name + "' has no stage '" + stage + "'; its stages: " + quoted(stageNames()));
    }
    return i;
  }

  private Route<C>[] routes(TriggerName trigger) {
    CrmValidationException.required("trigger", trigger);
    Route<C>[] routes = routesByTrigger.get(trigger);
    if (routes == null) {
      throw CrmValidationException.of(
          "trigger", "unknown", trigger,
          "lifecycle '" + name + "' has no trigger '" + trigger + "'; its triggers: " + triggerNames);
    }
    return routes;
  }

  private Violation notLeadingOut(int from, TriggerName trigger) {
    StageDefinition stage = stages.get(from);
    if (stage.terminal()) {
      return Violation.of(
          Violation.TERMINAL_STAGE, CriterionId.TRIGGER_LEADS_OUT,
          "'" + stage.name() + "' is a terminal stage: nothing leads out of it");
    }
    return Violation.of(
        Violation.TRIGGER_NOT_AVAILABLE, CriterionId.TRIGGER_LEADS_OUT,
        "trigger '" + trigger + "' does not lead out of '" + stage.name() + "'",
        triggersOutEvidence.get(from));
  }

  private List<StageName> stageNames() {
    return stages.stream().map(StageDefinition::name).toList();
  }

  private static String quoted(List<?> names) {
    StringBuilder quoted = new StringBuilder();
    for (Object n : names) {
      quoted.append(quoted.length() == 0 ? "" : ", ").append('\'').append(n).append('\'');
    }
    return quoted.toString();
  }

  /** Definitions are equal when they declare the same name, stages, triggers and transitions. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LifecycleDefinition<?> other
        && name.equals(other.name)
        && stages.equals(other.stages)
        && triggers.equals(other.triggers)
        && transitions.equals(other.transitions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, stages, triggers, transitions);
  }

  @Override
  public String toString() {
    return "LifecycleDefinition[" + name + ": " + stages.size() + " stages, " + triggers.size()
        + " triggers, " + transitions.size() + " transitions]";
  }

  /**
   * Declares a lifecycle and checks it when {@link #build() built}. Names are given as text and put
   * in canonical form; every problem found at build is a {@link CrmValidationException} whose field
   * is the path of the declaration at fault, counting declarations of each kind from 0 in the order
   * made, as in JSON: {@code transitions[2].to}, {@code stages[4].name}. Not thread-safe; build
   * once and share the definition.
   *
   * @param <C> the type of record the exit criteria read
   */
  public static final class Builder<C> {
    private final @Nullable String name;
    private CriterionRegistry<C> registry = CriterionRegistry.empty();
    private final List<StageSpec> stages = new ArrayList<>();
    private final List<TriggerDefinitionDraft> triggers = new ArrayList<>();
    private final List<TransitionSpec<C>> transitions = new ArrayList<>();

    private Builder(@Nullable String name) {
      this.name = name;
    }

    /** Where the criteria that transitions name by id are looked up (empty by default). */
    public Builder<C> criteria(CriterionRegistry<C> registry) {
      this.registry = CrmValidationException.required("criteria", registry);
      return this;
    }

    /**
     * Declares a stage.
     *
     * @param name the stage's name; also its label unless {@link StageSpec#label} says otherwise
     * @param rank its place in the order of progress; higher is further
     */
    public Builder<C> stage(String name, int rank) {
      return stage(name, rank, stage -> { });
    }

    /** Declares a stage and says more about it: {@code stage("Lead", 0, s -> s.entry())}. */
    public Builder<C> stage(String name, int rank, Consumer<StageSpec> spec) {
      StageSpec stage = new StageSpec(name, rank);
      CrmValidationException.required("spec", spec).accept(stage);
      stages.add(stage);
      return this;
    }

    /** Declares a stage at which records enter the lifecycle. */
    public Builder<C> entryStage(String name, int rank) {
      return stage(name, rank, StageSpec::entry);
    }

    /** Declares a terminal stage: no transition leaves it. */
    public Builder<C> terminalStage(String name, int rank) {
      return stage(name, rank, StageSpec::terminal);
    }

    /** Declares a stage made beforehand. */
    public Builder<C> stage(StageDefinition stage) {
      CrmValidationException.required("stage", stage);
      return stage(stage.name().value(), stage.rank(), s -> {
        s.label(stage.label()).onEnter(stage.onEnter()).onExit(stage.onExit());
        if (stage.entry()) {
          s.entry();
        }
        if (stage.terminal()) {
          s.terminal();
        }
      });
    }

    /** Declares a trigger; its name is also its label. */
    public Builder<C> trigger(String name) {
      triggers.add(new TriggerDefinitionDraft(name, name));
      return this;
    }

    /** Declares a trigger whose label differs from its name. */
    public Builder<C> trigger(String name, String label) {
      triggers.add(new TriggerDefinitionDraft(name, label));
      return this;
    }

    /** Declares triggers, each named by its label. */
    public Builder<C> triggers(String... names) {
      for (String n : CrmValidationException.required("triggers", names)) {
        trigger(n);
      }
      return this;
    }

    /** Declares a trigger made beforehand. */
    public Builder<C> trigger(TriggerDefinition trigger) {
      CrmValidationException.required("trigger", trigger);
      return trigger(trigger.name().value(), trigger.label());
    }

    /** Declares that a trigger leads from a stage to a stage, without criteria. */
    public Builder<C> transition(String trigger, String from, String to) {
      return transition(trigger, move -> move.from(from).to(to));
    }

    /**
     * Declares that a trigger leads from a stage to a stage, and says more:
     * {@code transition("advance", "Discovery", "Proposal", t -> t.requires(budgetKnown))}.
     */
    public Builder<C> transition(String trigger, String from, String to, Consumer<TransitionSpec<C>> spec) {
      return transition(trigger, move -> {
        move.from(from).to(to);
        spec.accept(move);
      });
    }

    /**
     * Declares a transition of a trigger in full:
     * {@code transition("lose", t -> t.from("Discovery", "Proposal").to("Closed lost"))}.
     */
    public Builder<C> transition(String trigger, Consumer<TransitionSpec<C>> spec) {
      TransitionSpec<C> move = new TransitionSpec<>(trigger);
      CrmValidationException.required("spec", spec).accept(move);
      transitions.add(move);
      return this;
    }

    /** Declares a transition made beforehand. */
    public Builder<C> transition(Transition<C> transition) {
      CrmValidationException.required("transition", transition);
      return transition(transition.trigger().value(), move -> {
        transition.from().forEach(from -> move.from(from.value()));
        move.to(transition.to().value());
        transition.exitCriteria().forEach(move::require);
        transition.events().forEach(event -> move.emits(event.value()));
        move.sideEffects(transition.sideEffects());
      });
    }

    /**
     * Checks the declarations and makes the definition.
     *
     * @throws CrmValidationException for the first problem found, naming its path and rule:
     *     {@code required} (a name, the stages, a transition's sources or target missing),
     *     {@code duplicate} (a name declared twice, a criterion or event repeated on a transition),
     *     {@code no-entry} (no entry stage), {@code unknown-stage}, {@code unknown-trigger},
     *     {@code unknown-criterion}, {@code terminal-stage} (a transition leaving a terminal stage),
     *     {@code ambiguous} (a trigger leading out of one stage twice), {@code no-target} (a
     *     trigger no transition uses), {@code unreachable} (a stage no chain of transitions from an
     *     entry stage reaches), {@code dead-end} (a stage not terminal that nothing leaves)
     */
    public LifecycleDefinition<C> build() {
      return new Checker<>(this).definition();
    }
  }

  /** A trigger as declared in a builder, checked at build. */
  private record TriggerDefinitionDraft(@Nullable String name, @Nullable String label) {}

  /** What a builder is told about a stage. */
  public static final class StageSpec {
    private final @Nullable String name;
    private final int rank;
    private @Nullable String label;
    private boolean entry;
    private boolean terminal;
    private final List<SideEffect> onEnter = new ArrayList<>();
    private final List<SideEffect> onExit = new ArrayList<>();

    private StageSpec(@Nullable String name, int rank) {
      this.name = name;
      this.rank = rank;
    }

    /** The stage's label, when it differs from its name: {@code label("Marketing qualified lead")}. */
    public StageSpec label(String label) {
      this.label = label;
      return this;
    }

    /** Records may enter the lifecycle at this stage. */
    public StageSpec entry() {
      this.entry = true;
      return this;
    }

    /** The stage is final: no transition leaves it. */
    public StageSpec terminal() {
      this.terminal = true;
      return this;
    }

    /** Side effects to run when a record enters the stage, after those already given. */
    public StageSpec onEnter(SideEffect... effects) {
      return onEnter(List.of(effects));
    }

    /** Side effects to run when a record enters the stage, after those already given. */
    public StageSpec onEnter(List<SideEffect> effects) {
      onEnter.addAll(CrmValidationException.required("onEnter", effects));
      return this;
    }

    /** Side effects to run when a record leaves the stage, after those already given. */
    public StageSpec onExit(SideEffect... effects) {
      return onExit(List.of(effects));
    }

    /** Side effects to run when a record leaves the stage, after those already given. */
    public StageSpec onExit(List<SideEffect> effects) {
      onExit.addAll(CrmValidationException.required("onExit", effects));
      return this;
    }
  }

  /**
   * What a builder is told about a transition.
   *
   * @param <C> the type of record the exit criteria read
   */
  public static final class TransitionSpec<C> {
    private final @Nullable String trigger;
    private final List<@Nullable String> from = new ArrayList<>();
    private @Nullable String to;
    private final List<Object> criteria = new ArrayList<>();
    private final List<@Nullable String> events = new ArrayList<>();
    private final List<SideEffect> sideEffects = new ArrayList<>();

    private TransitionSpec(@Nullable String trigger) {
      this.trigger = trigger;
    }

    /** Stages the trigger leads out of, after those already given. */
    public TransitionSpec<C> from(String... stages) {
      from.addAll(Arrays.asList(CrmValidationException.required("from", stages)));
      return this;
    }

    /** The stage the trigger leads to. */
    public TransitionSpec<C> to(String stage) {
      this.to = stage;
      return this;
    }

    /** Exit criteria that must hold, after those already given. */
    @SafeVarargs
    public final TransitionSpec<C> requires(ExitCriterion<C>... criteria) {
      for (ExitCriterion<C> criterion : CrmValidationException.required("criteria", criteria)) {
        require(criterion);
      }
      return this;
    }

    /**
     * Exit criteria that must hold, by id, looked up when the definition is built in the registry
     * given to {@link Builder#criteria}.
     */
    public TransitionSpec<C> requires(String... criterionIds) {
      criteria.addAll(Arrays.asList(CrmValidationException.required("criteria", criterionIds)));
      return this;
    }

    /** Events the move emits, by name, after those already given. */
    public TransitionSpec<C> emits(String... events) {
      this.events.addAll(Arrays.asList(CrmValidationException.required("events", events)));
      return this;
    }

    /** Side effects the move asks for, after those already given. */
    public TransitionSpec<C> sideEffects(SideEffect... effects) {
      return sideEffects(List.of(effects));
    }

    /** Side effects the move asks for, after those already given. */
    public TransitionSpec<C> sideEffects(List<SideEffect> effects) {
      sideEffects.addAll(CrmValidationException.required("sideEffects", effects));
      return this;
    }

    private void require(ExitCriterion<C> criterion) {
      criteria.add(CrmValidationException.required("criterion", criterion));
    }
  }

  /** Checks a builder's declarations in order and makes the definition. */
  private static final class Checker<C> {
    private final Builder<C> builder;
    private final Map<StageName, Integer> stageAt = new HashMap<>();
    private final List<StageDefinition> stages = new ArrayList<>();
    private final Map<TriggerName, Integer> triggerAt = new HashMap<>();
    private final List<TriggerDefinition> triggers = new ArrayList<>();
    private final List<Transition<C>> transitions = new ArrayList<>();

    Checker(Builder<C> builder) {
      this.builder = builder;
    }

    LifecycleDefinition<C> definition() {
      String name = Names.label("lifecycle", builder.name);
      checkStages();
      checkTriggers();
      checkTransitions();
      checkEveryTriggerLeadsSomewhere();
      checkEveryStageIsReachable();
      checkNoDeadEnds();
      return new LifecycleDefinition<>(name, stages, triggers, transitions);
    }

    private void checkStages() {
      if (builder.stages.isEmpty()) {
        throw CrmValidationException.of("stages", "required", "[]", "a lifecycle has at least one stage");
      }
      for (int i = 0; i < builder.stages.size(); i++) {
        StageSpec spec = builder.stages.get(i);
        String at = "stages[" + i + "]";
        StageName stage = new StageName(Names.canonical(at + ".name", spec.name));
        String label = Names.label(at + ".label", spec.label == null ? spec.name : spec.label);
        Integer before = stageAt.putIfAbsent(stage, i);
        if (before != null) {
          throw CrmValidationException.of(
              at + ".name", "duplicate", spec.name,
              "stage '" + stage + "' is declared twice: stages[" + before + "] and " + at);
        }
        stages.add(new StageDefinition(
            stage, label, spec.rank, spec.entry, spec.terminal, spec.onEnter, spec.onExit));
      }
      if (stages.stream().noneMatch(StageDefinition::entry)) {
        throw CrmValidationException.of(
            "stages", "no-entry", quoted(stages.stream().map(StageDefinition::name).toList()),
            "no stage is an entry stage: mark the stages at which records enter the lifecycle");
      }
    }

    private void checkTriggers() {
      for (int i = 0; i < builder.triggers.size(); i++) {
        TriggerDefinitionDraft draft = builder.triggers.get(i);
        String at = "triggers[" + i + "]";
        TriggerName trigger = new TriggerName(Names.canonical(at + ".name", draft.name()));
        String label = Names.label(at + ".label", draft.label());
        Integer before = triggerAt.putIfAbsent(trigger, i);
        if (before != null) {
          throw CrmValidationException.of(
              at + ".name", "duplicate", draft.name(),
              "trigger '" + trigger + "' is declared twice: triggers[" + before + "] and " + at);
        }
        triggers.add(new TriggerDefinition(trigger, label));
      }
    }

    private void checkTransitions() {
      Map<TriggerName, int[]> declaredBy = new HashMap<>();
      for (int i = 0; i < builder.transitions.size(); i++) {
        TransitionSpec<C> spec = builder.transitions.get(i);
        String at = "transitions[" + i + "]";
        TriggerName trigger = new TriggerName(Names.canonical(at + ".trigger", spec.trigger));
        if (!triggerAt.containsKey(trigger)) {
          throw CrmValidationException.of(
              at + ".trigger", "unknown-trigger", spec.trigger,
              "no trigger '" + trigger + "' is declared; declared: " + orNone(triggers.stream().map(TriggerDefinition::name).toList()));
        }
        if (spec.from.isEmpty()) {
          throw CrmValidationException.of(at + ".from", "required", "[]", "a transition leaves at least one stage");
        }
        if (spec.to == null) {
          throw CrmValidationException.of(at + ".to", "required", null, "a transition leads to a stage");
        }
        int[] declared = declaredBy.computeIfAbsent(trigger, t -> filled(stages.size()));
        List<StageName> from = new ArrayList<>();
        for (int j = 0; j < spec.from.size(); j++) {
          String field = at + ".from[" + j + "]";
          StageName source = stage(field, spec.from.get(j));
          if (from.contains(source)) {
            throw CrmValidationException.of(field, "duplicate", spec.from.get(j), "'" + source + "' is named twice");
          }
          StageDefinition left = stages.get(stageAt.get(source));
          if (left.terminal()) {
            throw CrmValidationException.of(
                field, "terminal-stage", spec.from.get(j),
                "'" + source + "' is terminal: no transition may leave it");
          }
          int k = stageAt.get(source);
          if (declared[k] >= 0) {
            throw CrmValidationException.of(
                field, "ambiguous", spec.from.get(j),
                "trigger '" + trigger + "' already leads out of '" + source + "' by transitions["
                    + declared[k] + "]; a trigger leads out of a stage to one stage only");
          }
          declared[k] = i;
          from.add(source);
        }
        StageName to = stage(at + ".to", spec.to);
        transitions.add(new Transition<>(
            trigger, from, to, criteria(at, spec.criteria), events(at, spec.events), spec.sideEffects));
      }
    }

    private StageName stage(String field, @Nullable String raw) {
      StageName stage = new StageName(Names.canonical(field, raw));
      if (!stageAt.containsKey(stage)) {
        throw CrmValidationException.of(
            field, "unknown-stage", raw,
            "no stage '" + stage + "' is declared; declared: " + quoted(stages.stream().map(StageDefinition::name).toList()));
      }
      return stage;
    }

    @SuppressWarnings("unchecked")
    private List<ExitCriterion<C>> criteria(String at, List<Object> declared) {
      List<ExitCriterion<C>> criteria = new ArrayList<>();
      List<CriterionId> ids = new ArrayList<>();
      for (int j = 0; j < declared.size(); j++) {
        String field = at + ".exitCriteria[" + j + "]";
        Object entry = declared.get(j);
        ExitCriterion<C> criterion;
        if (entry instanceof ExitCriterion<?> given) {
          criterion = (ExitCriterion<C>) given;
        } else {
          CriterionId id = new CriterionId(Names.canonical(field, (String) entry));
          criterion = builder.registry.find(id).orElseThrow(() -> CrmValidationException.of(
              field, "unknown-criterion", entry,
              "no criterion '" + id + "' in the registry; " + builder.registry.known()));
        }
        CriterionId id = CrmValidationException.required(field + ".id", criterion.id());
        if (ids.contains(id)) {
          throw CrmValidationException.of(field, "duplicate", id, "criterion '" + id + "' is required twice");
        }
        ids.add(id);
        criteria.add(criterion);
      }
      return criteria;
    }

    private List<EventName> events(String at, List<@Nullable String> declared) {
      List<EventName> events = new ArrayList<>();
      for (int j = 0; j < declared.size(); j++) {
        String field = at + ".events[" + j + "]";
        EventName event = new EventName(Names.canonical(field, declared.get(j)));
        if (events.contains(event)) {
          throw CrmValidationException.of(field, "duplicate", declared.get(j), "event '" + event + "' is named twice");
        }
        events.add(event);
      }
      return events;
    }

    private void checkEveryTriggerLeadsSomewhere() {
      for (int i = 0; i < triggers.size(); i++) {
        TriggerName trigger = triggers.get(i).name();
        if (transitions.stream().noneMatch(t -> t.trigger().equals(trigger))) {
          throw CrmValidationException.of(
              "triggers[" + i + "].name", "no-target", builder.triggers.get(i).name(),
              "trigger '" + trigger + "' leads nowhere: no transition uses it");
        }
      }
    }

    private void checkEveryStageIsReachable() {
      boolean[] reached = new boolean[stages.size()];
      ArrayDeque<Integer> next = new ArrayDeque<>();
      for (int i = 0; i < stages.size(); i++) {
        if (stages.get(i).entry()) {
          reached[i] = true;
          next.add(i);
        }
      }
      while (!next.isEmpty()) {
        StageName stage = stages.get(next.poll()).name();
        for (Transition<C> transition : transitions) {
          int to = stageAt.get(transition.to());
          if (!reached[to] && transition.from().contains(stage)) {
            reached[to] = true;
            next.add(to);
          }
        }
      }
      for (int i = 0; i < stages.size(); i++) {
        if (!reached[i]) {
          throw CrmValidationException.of(
              "stages[" + i + "].name", "unreachable", builder.stages.get(i).name,
              "stage '" + stages.get(i).name() + "' cannot be reached: no chain of transitions leads to it from "
                  + quoted(stages.stream().filter(StageDefinition::entry).map(StageDefinition::name).toList()));
        }
      }
    }

    private void checkNoDeadEnds() {
      for (int i = 0; i < stages.size(); i++) {
        StageDefinition stage = stages.get(i);
        if (!stage.terminal() && transitions.stream().noneMatch(t -> t.from().contains(stage.name()))) {
          throw CrmValidationException.of(
              "stages[" + i + "].name", "dead-end", builder.stages.get(i).name,
              "stage '" + stage.name() + "' is not terminal but no transition leaves it: add one, or mark it terminal");
        }
      }
    }

    private static int[] filled(int size) {
      int[] declared = new int[size];
      Arrays.fill(declared, -1);
      return declared;
    }

    private static String orNone(List<?> names) {
      return names.isEmpty() ? "none" : quoted(names);
    }
  }

  /** One transition from one stage, with all that a move along it needs worked out in advance. */
  private static final class Route<C> {
    final String lifecycle;
    final TriggerName trigger;
    final String triggerLabel;
    final StageName from;
    final StageName to;
    final Optional<StageName> fromAsOptional;
    final Optional<TriggerName> triggerAsOptional;
    final boolean backward;
    final boolean keepsStage;
    final List<ExitCriterion<C>> criteria;
    final List<EventName> events;
    final List<SideEffect> sideEffects;
    final Violation reasonRequired;
    final String moveBack;

    Route(String lifecycle, String triggerLabel, StageDefinition from, StageDefinition to, Transition<C> transition) {
      this.lifecycle = lifecycle;
      this.trigger = transition.trigger();
      this.triggerLabel = triggerLabel;
      this.from = from.name();
      this.to = to.name();
      this.fromAsOptional = Optional.of(this.from);
      this.triggerAsOptional = Optional.of(this.trigger);
      this.backward = to.rank() < from.rank();
      this.keepsStage = this.from.equals(this.to);
      this.criteria = transition.exitCriteria();
      this.events = transition.events();
      List<SideEffect> effects = new ArrayList<>();
      if (!keepsStage) {
        effects.addAll(from.onExit());
      }
      effects.addAll(transition.sideEffects());
      if (!keepsStage) {
        effects.addAll(to.onEnter());
      }
      this.sideEffects = List.copyOf(effects);
      this.moveBack = "from '" + this.from + "' (rank " + from.rank() + ") to '" + this.to + "' (rank " + to.rank() + ")";
      this.reasonRequired = Violation.of(
          Violation.REASON_REQUIRED, CriterionId.REASON_FOR_MOVE_BACK,
          "moving a record back " + moveBack + " needs a reason");
    }

    Violation automaticMoveBack(Actor actor) {
      return Violation.of(
          Violation.AUTOMATIC_MOVE_BACK, CriterionId.NO_AUTOMATIC_MOVE_BACK,
          "an automation never moves a record back " + moveBack + "; a person may, giving a reason",
          List.of("actor: " + actor));
    }

    TransitionResult.Accepted accept(LifecycleState current, Instant at, Actor actor, @Nullable String reason) {
      List<LifecycleEvent> emitted;
      if (keepsStage) {
        emitted = namedEvents(null, at, actor);
      } else {
        StageChanged changed = new StageChanged(lifecycle, from, to, trigger, backward, actor, at);
        emitted = events.isEmpty() ? List.of(changed) : namedEvents(changed, at, actor);
      }
      LifecycleState next = keepsStage ? current : new LifecycleState(to, at);
      AuditRecord audit = new AuditRecord(
          actor, at, fromAsOptional, to, triggerAsOptional, backward, Optional.ofNullable(reason));
      return new TransitionResult.Accepted(from, to, trigger, next, emitted, sideEffects, audit);
    }

    private List<LifecycleEvent> namedEvents(@Nullable StageChanged changed, Instant at, Actor actor) {
      LifecycleEvent[] emitted = new LifecycleEvent[events.size() + (changed == null ? 0 : 1)];
      int k = 0;
      if (changed != null) {
        emitted[k++] = changed;
      }
      for (int i = 0, n = events.size(); i < n; i++) {
        emitted[k++] = new NamedEventOccurred(lifecycle, events.get(i), from, to, trigger, actor, at);
      }
      return List.of(emitted);
    }
  }
}
