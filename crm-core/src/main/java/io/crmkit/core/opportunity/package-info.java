/** Opportunities: deals in progress with their stages, contact roles, amounts and forecast. */
@CrmStyle
@NullMarked
package io.crmkit.core.opportunity;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
