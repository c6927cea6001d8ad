/** The Fellegi-Sunter match model: m and u probabilities estimated by expectation maximisation without labels, term-frequency adjustment, deterministic rules ahead of the model, and a run that deduplicates or links records and explains each decision. */
@CrmStyle
@NullMarked
package io.crmkit.identity.match;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
