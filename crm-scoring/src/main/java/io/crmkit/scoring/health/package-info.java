/**
 * Customer health scores: a {@link io.crmkit.scoring.health.HealthModel} of weighted measures
 * mapped to 0..100 (missing measures left out, not counted as zero), grades by range (red 0-50,
 * yellow 51-75, green 76-100 by default), the trend against the previous score, and
 * {@link io.crmkit.scoring.health.Playbook playbooks} triggered on a change of grade, returned as
 * tasks for the host to create.
 */
@CrmStyle
@NullMarked
package io.crmkit.scoring.health;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
