/** Campaigns and their members. */
@CrmStyle
@NullMarked
package io.crmkit.core.campaign;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
