/** Ports: the interfaces a host application implements for persistence, messaging, time and ids. */
@CrmStyle
@NullMarked
package io.crmkit.core.port;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
