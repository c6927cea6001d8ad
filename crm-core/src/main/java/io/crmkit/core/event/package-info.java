/** Domain events: what happened to the model, as past-tense records carrying ids. */
@CrmStyle
@NullMarked
package io.crmkit.core.event;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
