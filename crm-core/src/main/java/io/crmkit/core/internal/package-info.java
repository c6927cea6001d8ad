/** crm-core's helpers; no other module may use them. */
@NullMarked
package io.crmkit.core.internal;

import org.jspecify.annotations.NullMarked;
