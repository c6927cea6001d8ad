/** TBD. */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.bgnbd;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
