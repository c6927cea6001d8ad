/** Lead conversion: a lead becomes an account, a contact and optionally an opportunity. */
@CrmStyle
@NullMarked
package io.crmkit.core.conversion;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
