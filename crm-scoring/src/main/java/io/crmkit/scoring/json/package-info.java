/**
 * Scoring models as JSON, so a marketer changes rules without recompiling:
 * {@link io.crmkit.scoring.json.ScoringModelJson#read(String)} and
 * {@link io.crmkit.scoring.json.ScoringModelJson#write(io.crmkit.scoring.rules.ScoringModel)}.
 *
 * <pre>{@code
 * {
 *   "model": "Inbound B2B",
 *   "ceiling": 100,
 *   "groups": [
 *     {"name": "Role", "dimension": "fit", "cap": 30, "rules": [
 *       {"id": "senior", "label": "Senior title", "field": "jobTitle", "matches": "\\b(vp|director)\\b", "points": 20},
 *       {"id": "student", "field": "jobTitle", "contains": "student", "points": -15}]},
 *     {"name": "Company", "dimension": "fit", "rules": [
 *       {"id": "size", "field": "companySize", "range": {"min": 50, "max": 5000}, "points": 15},
 *       {"id": "industry", "field": "industry", "in": ["Software", "Financial services"], "points": 10},
 *       {"id": "known", "field": "companyName", "present": true, "points": 2}]},
 *     {"name": "Web", "dimension": "engagement", "decay": {"halfLifeDays": 30}, "cap": 40, "rules": [
 *       {"id": "pricing", "event": "page view", "detailContains": "/pricing", "atLeast": 2, "points": 15},
 *       {"id": "docs", "event": "page view", "detailMatches": "/docs/", "perEvent": true, "maxTimes": 5, "points": 2},
 *       {"id": "demo", "event": "demo request", "withinDays": 90, "points": 30}]}
 *   ],
 *   "fitGrades": {"A": 40, "B": 25, "C": 10},
 *   "engagementLevels": {"1": 30, "2": 15},
 *   "grades": [{"name": "Hot", "minimumScore": 70}, {"name": "Cold", "minimumScore": 0}],
 *   "routing": [{"minimumScore": 60, "minimumFit": "B", "lifecycleStage": "MQL", "leadStatus": "WORKING"}]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>A model has a name ({@code model}) and {@code groups}; {@code ceiling} (default 100),
 *       {@code fitGrades} and {@code engagementLevels} (default as in Java), {@code grades} and
 *       {@code routing} (default none) are optional.
 *   <li>A group has a {@code name}, a {@code dimension} ({@code fit} or {@code engagement}) and
 *       {@code rules}; {@code cap} and {@code decay} ({@code windowDays} or {@code halfLifeDays})
 *       are optional.
 *   <li>A rule has an {@code id}, {@code points} and one test: {@code equals}, {@code in},
 *       {@code range} ({@code min}, {@code max} or both), {@code matches}, {@code contains},
 *       {@code present: true} or {@code absent: true} with a {@code field}; or {@code event} with
 *       optional {@code detailContains} or {@code detailMatches}, {@code atLeast} (default 1),
 *       {@code withinDays}, {@code perEvent} and {@code maxTimes}. {@code label} is optional (default:
 *       the test in words).
 *   <li>A routing rule has a {@code lifecycleStage}, a {@code leadStatus} or both, and optional
 *       {@code minimumScore} (default 0), {@code minimumFit} and {@code grades}.
 *   <li>Names of dimensions, fit grades and lead statuses are read ignoring case.
 * </ul>
 *
 * <p>Reading is strict: an unknown property, a property given twice, a value of the wrong JSON
 * type (no coercion), a missing required property, two tests in one rule, an event property on a
 * field rule and anything after the model are refused. Every failure is an
 * {@link io.crmkit.core.CrmValidationException} whose field is the path to the problem in the
 * document ({@code groups[2].rules[0].withinDays}); the model read is then checked like one built
 * in Java, with the same paths. Field names are checked when the model is compiled for a schema.
 * Writing gives the same document shape, indented, properties that hold their default left out;
 * reading what was written gives an equal model.
 */
@CrmStyle
@NullMarked
package io.crmkit.scoring.json;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
