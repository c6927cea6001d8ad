/**
 * The data-quality report: how complete each field is, which values are invalid or suspicious
 * (placeholder e-mail addresses, impossible birth dates, phone numbers that do not parse for the
 * region), which fields miss the completion bar, and how many duplicates were found.
 */
@CrmStyle
@NullMarked
package io.crmkit.identity.quality;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
