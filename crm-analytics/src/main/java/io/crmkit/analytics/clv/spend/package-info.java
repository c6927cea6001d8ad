/** TBD. */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.spend;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
