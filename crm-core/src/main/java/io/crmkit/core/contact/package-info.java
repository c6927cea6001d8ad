/** Contacts: the people a business deals with, their links to accounts, consent and attribution. */
@CrmStyle
@NullMarked
package io.crmkit.core.contact;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
