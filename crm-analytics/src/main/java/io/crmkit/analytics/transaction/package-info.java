/**
 * The shared, columnar input of the analytics: {@link io.crmkit.analytics.transaction.Transactions},
 * one row per purchase (customer, day, amount, optional order id and product), filled by a host from
 * anywhere or built from crm-core orders by {@link io.crmkit.analytics.transaction.OrderTransactions}.
 *
 * <pre>{@code
 * Transactions purchases = Transactions.builder()
 *     .add("C-1", LocalDate.parse("1997-01-01"), 29.33)
 *     .add("C-1", LocalDate.parse("1997-01-18"), 29.73)
 *     .build();
 * }</pre>
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.transaction;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
