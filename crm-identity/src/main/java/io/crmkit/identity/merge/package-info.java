/**
 * Merging duplicate contacts into a golden record, and undoing it.
 *
 * <p>{@link io.crmkit.identity.merge.ContactSurvivorship} decides every field of the golden record
 * by {@link io.crmkit.identity.merge.SurvivorshipRules} (most recent, most complete, source
 * priority, most frequent or a function of your own) and explains each decision.
 * {@link io.crmkit.identity.merge.ContactMerge} stores the golden record on the surviving contact,
 * moves every activity, case, deal role, order and campaign membership of the merged contacts to
 * it, marks them {@link io.crmkit.core.contact.Contact#mergedInto() merged}, and keeps a
 * {@link io.crmkit.identity.merge.MergeRecord} of who merged what, when and how, with the prior state
 * of every record it changed, in a {@link io.crmkit.identity.merge.MergeHistory}, so that
 * {@link io.crmkit.identity.merge.ContactMerge#unmerge} can restore them.
 */
@CrmStyle
@NullMarked
package io.crmkit.identity.merge;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
