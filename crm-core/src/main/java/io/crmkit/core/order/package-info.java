/** Orders: what an account bought. */
@CrmStyle
@NullMarked
package io.crmkit.core.order;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
