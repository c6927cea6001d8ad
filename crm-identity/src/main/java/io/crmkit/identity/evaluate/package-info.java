/** Judging a run against known truth: pair precision, recall and F1, pair completeness and reduction ratio of the blocking. */
@CrmStyle
@NullMarked
package io.crmkit.identity.evaluate;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
