/**
 * Service measures over support cases with their service-level timer data: case volume by type,
 * first response and resolution within target, response and resolution times, CSAT, first-contact
 * resolution, reopen rate and deflection ({@link io.crmkit.analytics.service.ServiceTally}), read
 * from {@link io.crmkit.analytics.service.CaseRecord} rows built from crm-core's support cases or
 * loaded from CSV.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.service;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
