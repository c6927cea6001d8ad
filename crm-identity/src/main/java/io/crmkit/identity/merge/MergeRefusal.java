package io.crmkit.identity.merge;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.ContactId;

/**
 * One reason a merge was refused, about one contact of the cluster.
 *
 * @param kind what stood in the way
 * @param contactId the contact concerned
 * @param detail a sentence saying what and how to go on
 */
public record MergeRefusal(Kind kind, ContactId contactId, String detail) {

  /** What can stand in the way of a merge. */
  public enum Kind {
    /** No contact has the id given. */
    UNKNOWN_CONTACT,
    /** The contact was already merged into another one; merge into that one, or undo that merge first. */
    ALREADY_MERGED,
    /** The contact changed since the user saw it: look at it again and repeat the request. */
    STALE_VERSION
  }

  /** Checks every part. */
  public MergeRefusal {
    CrmValidationException.required("mergeRefusal.kind", kind);
    CrmValidationException.required("mergeRefusal.contactId", contactId);
    CrmValidationException.requiredText("mergeRefusal.detail", detail);
  }

  @Override
  public String toString() {
    return kind + " " + contactId + ": " + detail;
  }
}
