/** Helpers of crm-scoring's packages; not API, and no other module uses them. */
@CrmStyle
@NullMarked
package io.crmkit.scoring.internal;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
