/**
 * Account scoring from signals: {@link io.crmkit.scoring.account.AccountSignals} (industry, size,
 * country, technologies, job openings, engagement) scored by a rule model through
 * {@link io.crmkit.scoring.account.AccountScoring#schema()}, with conditions for the usual signals
 * ({@link io.crmkit.scoring.account.AccountScoring#hiringFor hiring in a relevant role},
 * {@link io.crmkit.scoring.account.AccountScoring#uses technology used},
 * {@link io.crmkit.scoring.account.AccountScoring#employeesBetween size}).
 */
@CrmStyle
@NullMarked
package io.crmkit.scoring.account;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
