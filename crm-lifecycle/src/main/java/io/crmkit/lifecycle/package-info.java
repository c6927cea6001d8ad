/**
 * Lifecycles with exit criteria: a {@link io.crmkit.lifecycle.LifecycleDefinition} declares the
 * stages a record goes through, the triggers that move it and, for each move, the
 * {@link io.crmkit.lifecycle.ExitCriterion exit criteria} that must hold.
 *
 * <p>A definition is built once, checked when built, and shared: it is immutable and thread-safe.
 * A record's place in the lifecycle is plain data the host keeps
 * ({@link io.crmkit.lifecycle.LifecycleState}); there is no machine object per record. Moving a
 * record is a pure function of the definition, the state, the trigger, the record and the time:
 *
 * <pre>{@code
 * LifecycleDefinition<Deal> pipeline = LifecycleDefinition.<Deal>builder("Opportunity")
 *     .stage("Discovery", 1, stage -> stage.entry())
 *     .stage("Proposal", 2)
 *     .terminalStage("Closed won", 3)
 *     .terminalStage("Closed lost", 3)
 *     .trigger("advance").trigger("win").trigger("lose")
 *     .transition("advance", "Discovery", "Proposal", move -> move
 *         .requires(Criteria.notePresent("problem written", "problem", Deal::noteKinds)))
 *     .transition("win", "Proposal", "Closed won")
 *     .transition("lose", move -> move.from("Discovery", "Proposal").to("Closed lost"))
 *     .build();
 *
 * TransitionResult result = pipeline.transition(state, ADVANCE, deal, at, Actor.person(userId));
 * if (result instanceof TransitionResult.Accepted accepted) {
 *   save(accepted.state(), accepted.audit());     // and run accepted.sideEffects()
 * } else if (result instanceof TransitionResult.Rejected rejected) {
 *   show(rejected.violations());                  // every unmet criterion, not only the first
 * }
 * }</pre>
 *
 * <p>Names of stages, triggers, events and criteria are compared in their canonical form
 * ({@link io.crmkit.lifecycle.StageName}): white space folded, letters lower-cased, so
 * {@code "Closed  Won"} and {@code "closed won"} name the same stage. Definitions can also be read
 * from JSON ({@code io.crmkit.lifecycle.json}), so a user changes stages without recompiling.
 */
@CrmStyle
@NullMarked
package io.crmkit.lifecycle;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
