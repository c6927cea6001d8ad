/** Small values of the CRM model: e-mail addresses, phone numbers, postal addresses, money, attribution. */
@CrmStyle
@NullMarked
package io.crmkit.core.value;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
