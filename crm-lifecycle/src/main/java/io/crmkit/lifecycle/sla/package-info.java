/**
 * Service-level timers: targets per case severity for first response, next response and
 * resolution, paused and stopped by case status, with warnings and breaches as events; and the same
 * timers as named deadlines for the handoffs of a lifecycle.
 */
@CrmStyle
@NullMarked
package io.crmkit.lifecycle.sla;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
