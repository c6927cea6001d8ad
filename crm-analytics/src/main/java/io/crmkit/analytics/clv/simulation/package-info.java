/** TBD. */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.simulation;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
