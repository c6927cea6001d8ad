/** Accounts: the organisations and households that buy. */
@CrmStyle
@NullMarked
package io.crmkit.core.account;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
