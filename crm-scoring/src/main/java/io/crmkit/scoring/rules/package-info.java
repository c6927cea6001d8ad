/**
 * Rule-based lead scoring: a {@link io.crmkit.scoring.rules.ScoringModel} of rule groups over a
 * record's fields and behaviour events, in two dimensions (fit and engagement), with caps, a
 * ceiling, decay of engagement points, grades and routing; compiled for a
 * {@link io.crmkit.scoring.rules.ScoringSchema} into a {@link io.crmkit.scoring.rules.Scorer} that
 * scores a record as of a date and explains every score rule by rule.
 *
 * <pre>{@code
 * Scorer<Lead> scorer = model.compile(ScoringSchemas.lead());
 * Score score = scorer.score(lead, events, asOf);
 * LeadQualification forLifecycle = score.qualification();
 * System.out.println(scorer.explain(lead, events, asOf).describe());
 * }</pre>
 */
@CrmStyle
@NullMarked
package io.crmkit.scoring.rules;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
