/** Products, price books and the line items that quotes, orders and opportunities carry. */
@CrmStyle
@NullMarked
package io.crmkit.core.product;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
