/**
 * Helpers of the dataset package: a small strict CSV parser and a strict reader of decimal numbers.
 * Not API: no other package or module uses them.
 */
@CrmStyle
@NullMarked
package io.crmkit.scoring.dataset.internal;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
