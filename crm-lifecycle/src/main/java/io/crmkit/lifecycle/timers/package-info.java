/**
 * The lifecycle engine and the service-level timers joined: the timer side effects of a record's
 * moves run its {@link io.crmkit.lifecycle.sla.SlaTimer SLA timers}, so the hand-off deadlines of a
 * lifecycle (sales accepts a lead in 8 business hours, success contacts a new customer within a
 * day) are the same timers as a support case's.
 *
 * <ul>
 *   <li>{@link io.crmkit.lifecycle.timers.RecordTimers}: a record's timers as plain data, every
 *       cycle of each; {@code apply} runs the {@code timer.start}, {@code timer.stop},
 *       {@code timer.pause} and {@code timer.resume} side effects of a move, and the timers answer,
 *       as of any instant, their state, remaining time and events (warnings, breaches, met, missed);
 *   <li>{@link io.crmkit.lifecycle.timers.TimedLifecycle}: a definition and a business calendar,
 *       shared by all records, that moves a record's {@link io.crmkit.lifecycle.timers.LifecycleRun}
 *       (its state, timers and audit trail) through the engine and its timers in one pure step;
 *   <li>{@link io.crmkit.lifecycle.timers.StageRecords}: a record's audit trail and last touch as
 *       the {@link io.crmkit.lifecycle.stuck.StageRecord} stuck detection reads.
 * </ul>
 *
 * <pre>{@code
 * TimedLifecycle<B2bJourney> leads = TimedLifecycle.of(B2bLeadLifecycle.definition(), salesOffice);
 * LifecycleRun run = leads.start(B2bLeadLifecycle.LEAD, createdAt, marketing).run();
 * run = leads.apply(run, B2bLeadLifecycle.QUALIFY, journey, qualifiedAt, scoring).run();
 * run.timers().isBreached(LifecycleTimers.SALES_ACCEPTANCE, now);   // sales is late
 * run.timers().events(leadId, now);                                 // [SlaBreached at ...]
 * }</pre>
 *
 * <p>Nothing here keeps an object per record or reads a clock: every step is a function of the
 * values and instants passed in, and a record's run is plain data the host stores.
 */
@CrmStyle
@NullMarked
package io.crmkit.lifecycle.timers;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
