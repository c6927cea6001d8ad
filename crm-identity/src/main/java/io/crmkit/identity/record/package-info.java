/** Records to match: an id and named field values, made from contacts, leads or table rows. */
@CrmStyle
@NullMarked
package io.crmkit.identity.record;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
