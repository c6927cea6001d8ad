/**
 * Lifecycle definitions as JSON, so a user changes stages without recompiling:
 * {@link io.crmkit.lifecycle.json.LifecycleJson#read(String, io.crmkit.lifecycle.CriterionRegistry)}
 * and {@link io.crmkit.lifecycle.json.LifecycleJson#write(io.crmkit.lifecycle.LifecycleDefinition)}.
 *
 * <pre>{@code
 * {
 *   "lifecycle": "Opportunity",
 *   "stages": [
 *     {"name": "Discovery", "rank": 1, "entry": true,
 *      "onEnter": [{"kind": "timer.start", "parameters": {"timer": "discovery"}}]},
 *     {"name": "Proposal", "rank": 2},
 *     {"name": "mql", "label": "Marketing qualified lead", "rank": 2},
 *     {"name": "Closed won", "rank": 3, "terminal": true}
 *   ],
 *   "triggers": ["advance", {"name": "win", "label": "Mark as won"}],
 *   "transitions": [
 *     {"trigger": "advance", "from": "Discovery", "to": "Proposal",
 *      "exitCriteria": ["problem written", "budget known"]},
 *     {"trigger": "win", "from": ["Proposal", "mql"], "to": "Closed won",
 *      "events": ["deal won"], "sideEffects": [{"kind": "task.create", "parameters": {"title": "kickoff"}}]}
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>A stage has a {@code name} and a {@code rank} (a whole number); {@code label} (default: the
 *       name as written), {@code entry} and {@code terminal} (default {@code false}),
 *       {@code onEnter} and {@code onExit} (default empty) are optional.
 *   <li>A trigger is its name, or an object with a {@code name} and a {@code label}.
 *   <li>A transition has a {@code trigger}, {@code from} (a stage or an array of stages) and
 *       {@code to}; {@code exitCriteria} (ids looked up in the
 *       {@link io.crmkit.lifecycle.CriterionRegistry} given to {@code read}), {@code events} and
 *       {@code sideEffects} are optional.
 *   <li>A side effect has a {@code kind} and optional {@code parameters}, an object of texts.
 *   <li>Names are matched in canonical form (case and spacing do not matter).
 * </ul>
 *
 * <p>Reading is strict: an unknown property, a property given twice, a value of the wrong JSON
 * type (no coercion), a missing required property and anything after the definition are refused.
 * Every failure is an {@link io.crmkit.core.CrmValidationException} whose field is the path to the
 * problem in the document ({@code transitions[2].exitCriteria[0]}); the definition read is then
 * checked like one built in Java, with the same paths. Writing gives the same document shape,
 * indented, properties that hold their default left out; reading what was written gives an equal
 * definition.
 */
@CrmStyle
@NullMarked
package io.crmkit.lifecycle.json;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
