/** Support cases with their type, severity and status. */
@CrmStyle
@NullMarked
package io.crmkit.core.support;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
