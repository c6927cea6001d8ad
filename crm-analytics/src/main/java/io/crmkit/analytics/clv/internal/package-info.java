/** TBD. */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.internal;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
