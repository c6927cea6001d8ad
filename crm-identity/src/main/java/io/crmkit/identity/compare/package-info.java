/** Field comparisons with ordered levels (exact, nickname, phonetic, Jaro-Winkler and Levenshtein bands, date gaps), missing values a level of their own. */
@CrmStyle
@NullMarked
package io.crmkit.identity.compare;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
