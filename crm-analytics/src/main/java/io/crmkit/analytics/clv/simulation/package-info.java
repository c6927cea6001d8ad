/**
 * Customers simulated from known CLV model parameters with a seed, for checking that fits recover
 * their parameters and for benchmarks: {@link io.crmkit.analytics.clv.simulation.ClvSimulation}.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.simulation;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
