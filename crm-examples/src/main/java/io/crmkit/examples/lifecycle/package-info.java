/**
 * Lifecycles from files: the shipped lifecycles by their short names
 * ({@link io.crmkit.examples.lifecycle.ShippedLifecycle}) and a replay of a CSV file of events
 * through a definition ({@link io.crmkit.examples.lifecycle.LifecycleReplay}), with the record each
 * exit criterion reads made from a CSV file of facts ({@link io.crmkit.examples.lifecycle.ReplayContext}).
 * The {@code crm lifecycle} commands run them.
 *
 * <pre>{@code
 * ReplayReport report = LifecycleReplay.of(B2bLeadLifecycle.definition(), ReplayContexts.b2bLead())
 *     .replay(CsvInput.of("events.csv", events), Optional.of(CsvInput.of("facts.csv", facts)));
 * report.records().forEach(System.out::println);     // lead-1 in Onboarding since 2026-03-10T09:00:00Z
 * report.rejections().forEach(System.out::println);  // line 8: lead-2 'qualify' at ... stays in Lead
 * }</pre>
 */
@NullMarked
package io.crmkit.examples.lifecycle;

import org.jspecify.annotations.NullMarked;
