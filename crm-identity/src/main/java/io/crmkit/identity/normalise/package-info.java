/** Matching forms of field values: names, e-mail addresses, phone numbers in E.164, postal addresses and dates, each normalised once before records are compared. */
@CrmStyle
@NullMarked
package io.crmkit.identity.normalise;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
