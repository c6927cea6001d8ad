/** TBD. */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.sbg;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
