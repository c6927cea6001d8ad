package io.crmkit.core.timeline;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;
import java.time.Instant;
import java.util.Comparator;

/**
 * One line of a timeline: what kind of thing happened, when, a one-line summary a salesperson can
 * read, and the id of the record it came from.
 *
 * @param kind what kind of thing happened
 * @param at when it happened
 * @param summary one line, white space folded: {@code Call (outbound): Intro call}
 * @param sourceId the record it came from: the activity, case, order, opportunity or contact
 */
public record TimelineEntry(Kind kind, Instant at, String summary, AggregateId sourceId) {

  /**
   * The order of a timeline: by time, then kind (in declaration order), then source id, then summary;
   * two entries equal in all four are the same entry.
   */
  public static final Comparator<TimelineEntry> CHRONOLOGICAL = Comparator.comparing(TimelineEntry::at)
      .thenComparing(TimelineEntry::kind)
      .thenComparing(e -> e.sourceId().value())
      .thenComparing(TimelineEntry::summary);

  /** What kind of thing a timeline entry records. */
  public enum Kind {
    /** A call, e-mail, meeting, task or note, at the time it was done, else due, else created. */
    ACTIVITY,
    /** A support case, at the time it was opened. */
    SUPPORT_CASE,
    /** An order, at the time it was placed (a draft: started). */
    ORDER,
    /** A deal moved from one sales stage to another. */
    OPPORTUNITY_STAGE_CHANGE,
    /** A contact moved from one lifecycle stage to another. */
    LIFECYCLE_STAGE_CHANGE,
    /** A contact's consent was recorded: granted, denied, withdrawn or confirmed. */
    CONSENT_CHANGE
  }

  /** Checks every part and folds the summary onto one line. */
  public TimelineEntry {
    CrmValidationException.required("timelineEntry.kind", kind);
    CrmValidationException.required("timelineEntry.at", at);
    summary = Texts.fold(CrmValidationException.requiredText("timelineEntry.summary", summary));
    CrmValidationException.required("timelineEntry.sourceId", sourceId);
  }
}
