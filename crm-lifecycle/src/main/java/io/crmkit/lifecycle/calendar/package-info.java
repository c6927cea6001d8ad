/**
 * Business calendars: working hours per weekday in a time zone, holidays and special days, and
 * business time added to or measured between instants, right across daylight-saving changes.
 */
@CrmStyle
@NullMarked
package io.crmkit.lifecycle.calendar;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
