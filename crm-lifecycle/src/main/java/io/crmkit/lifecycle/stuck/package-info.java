/** Stuck records: in a stage longer than its limit, or not touched for too long, as of an instant. */
@CrmStyle
@NullMarked
package io.crmkit.lifecycle.stuck;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
