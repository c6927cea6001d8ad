/** Custom fields: a host-defined schema of typed fields and the values records carry for them. */
@CrmStyle
@NullMarked
package io.crmkit.core.customfield;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
