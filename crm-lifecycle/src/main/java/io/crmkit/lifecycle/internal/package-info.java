/** crm-lifecycle's helpers; no other module may use them. */
@CrmStyle
@NullMarked
package io.crmkit.lifecycle.internal;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
