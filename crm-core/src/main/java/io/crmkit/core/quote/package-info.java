/** Quotes: priced offers to an account. */
@CrmStyle
@NullMarked
package io.crmkit.core.quote;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
