/**
 * Naive Bayes over field-value frequencies, as Odoo CRM's predictive lead scoring computes it.
 *
 * <p>For every sales team, and for every (field, value) of the closed leads, a {@link
 * io.crmkit.scoring.predictive.bayes.NaiveBayesModel} counts how many leads were won and how many
 * lost. Stages count differently: a won lead counts at every stage, a lost lead at every stage up to
 * the one where it was lost. Every count starts at 0.1. A lead's probability of winning is
 *
 * <pre>
 *   S_won  = P(won)  x product over fields of won(v)  / sum of won over the field's values
 *   S_lost = P(lost) x product over fields of lost(v) / sum of lost over the field's values
 *   probability = S_won / (S_won + S_lost), clamped to 0.01 .. 99.99 %
 * </pre>
 *
 * where {@code P(won)} is the team's share of won leads among its closed leads and {@code v} is the
 * lead's value of the field; empty values and values the team has never closed a lead with are
 * skipped. A number is counted by its range ({@link io.crmkit.scoring.predictive.bayes.NumericBins}).
 * The products are summed as logarithms, so that many fields do not underflow. The counts change incrementally when a lead is won or lost ({@link
 * io.crmkit.scoring.predictive.bayes.NaiveBayesModel#withClosedLead}) and can be rebuilt from all
 * closed leads ({@link io.crmkit.scoring.predictive.bayes.NaiveBayesModel#rebuild}); both give the
 * same counts.
 */
@CrmStyle
@NullMarked
package io.crmkit.scoring.predictive.bayes;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
