/** Timelines: everything that happened to a contact or an account, in time order. */
@CrmStyle
@NullMarked
package io.crmkit.core.timeline;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
