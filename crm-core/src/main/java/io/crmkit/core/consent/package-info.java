/** Consent per channel and purpose, kept as a ledger whose history answers what was permitted when. */
@CrmStyle
@NullMarked
package io.crmkit.core.consent;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
