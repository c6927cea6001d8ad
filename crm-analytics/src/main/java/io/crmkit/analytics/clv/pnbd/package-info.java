/** TBD. */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.pnbd;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
