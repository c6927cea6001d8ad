/** TBD. */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.summary;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
