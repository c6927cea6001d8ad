/** TBD. */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.bgbb;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
