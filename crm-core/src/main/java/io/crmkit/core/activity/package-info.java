/** Activities: calls, e-mails, meetings, tasks and notes related to records. */
@CrmStyle
@NullMarked
package io.crmkit.core.activity;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
