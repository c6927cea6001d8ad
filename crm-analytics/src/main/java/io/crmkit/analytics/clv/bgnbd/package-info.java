/**
 * The BG/NBD model (Fader, Hardie and Lee 2005) and its modification MBG/NBD (Batislam, Denizel and
 * Filiztekin 2007): customers buy at Poisson rates while alive and may leave after each purchase
 * (MBG/NBD: and at the first). On CDNOW in weeks, {@link io.crmkit.analytics.clv.bgnbd.BgNbdModel}
 * fits r = 0.2426, alpha = 4.414, a = 0.793, b = 2.426 with log-likelihood -9582.43.
 *
 * <p>The expectations use {@code 2F1} after Euler's transformation, in log space, so a customer with
 * hundreds of purchases gets finite numbers; the likelihood is a log-sum-exp of its two terms.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.bgnbd;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
