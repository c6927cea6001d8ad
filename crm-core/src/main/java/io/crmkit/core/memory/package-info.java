/** In-memory adapters of every port: thread-safe, versioned, transactional; for tests, demos and small hosts. */
@CrmStyle
@NullMarked
package io.crmkit.core.memory;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
