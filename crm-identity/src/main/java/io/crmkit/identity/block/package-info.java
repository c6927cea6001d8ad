/** Blocking: a union of key rules that picks the pairs worth comparing, each rule with a maximum block size and a count of the comparisons it makes. */
@CrmStyle
@NullMarked
package io.crmkit.identity.block;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
