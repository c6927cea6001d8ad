/**
 * The numerics behind the CLV models, not API: the Gauss hypergeometric function {@code 2F1}
 * (series behind Euler's and Pfaff's transformations, in log space), log-space sums and differences,
 * and the maximum-likelihood fit (Nelder-Mead, then Newton with a numerical Hessian, over
 * log-parameters) every model shares.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.internal;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
