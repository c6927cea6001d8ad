/** JSON for every value, aggregate and event, as a Jackson module. */
@CrmStyle
@NullMarked
package io.crmkit.core.json;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
