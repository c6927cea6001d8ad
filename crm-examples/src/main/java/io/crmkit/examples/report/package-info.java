/**
 * The manager's report: pipeline, wins and losses, lead conversion, top accounts, open cases and
 * team activity, computed from a CRM's repositories and event history and printed as text tables.
 */
@NullMarked
package io.crmkit.examples.report;

import org.jspecify.annotations.NullMarked;
