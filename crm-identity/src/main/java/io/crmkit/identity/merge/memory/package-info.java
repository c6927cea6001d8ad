/**
 * The in-memory merge history, taking part in the transactions of crm-core's {@code InMemoryCrm}:
 * for tests, demos and small hosts.
 */
@CrmStyle
@NullMarked
package io.crmkit.identity.merge.memory;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
