/** Leads: prospects not yet linked to an account, and what they became on conversion. */
@CrmStyle
@NullMarked
package io.crmkit.core.lead;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
