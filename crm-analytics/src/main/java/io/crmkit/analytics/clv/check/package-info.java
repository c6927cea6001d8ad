/** TBD. */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.check;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
