package io.crmkit.lifecycle.shipped;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.lifecycle.internal.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the exit criteria of the {@link OpportunityLifecycle opportunity lifecycle} read: a crm-core
 * opportunity and the activities logged on it, as evidence that can be observed in the record.
 *
 * <p>An activity is evidence of a <em>kind</em>, named by its subject up to the first colon, so
 * that a salesperson logs "Success measures: cut onboarding from 6 weeks to 2" as a note of kind
 * {@code Success measures}; a subject without a colon is its kind. Kinds are compared in canonical
 * form (white space folded, case ignored). What counts:
 *
 * <ul>
 *   <li>{@link #noteKinds() notes}: activities of type {@link ActivityType#NOTE};
 *   <li>{@link #meetingsHeld() meetings held}: meetings and calls that are done;
 *   <li>{@link #emailKinds() e-mails}: e-mails logged, in either direction: agreements in writing;
 *   <li>{@link #approvals() approvals}: tasks of kind {@value OpportunityLifecycle#APPROVAL}, whose
 *       owner is the approver, whose due time is the target date, and which are granted when done;
 *   <li>{@link #contactRoles() contact roles}: the roles of the opportunity's contacts.
 * </ul>
 *
 * @param opportunity the opportunity
 * @param activities the activities logged on it, each related to it
 */
public record OpportunityEvidence(Opportunity opportunity, List<Activity> activities) {
  /**
   * Checks and copies.
   *
   * @throws CrmValidationException field {@code opportunityEvidence.activities[i]}: rule
   *     {@code required} for a missing activity, {@code unrelated} for an activity not logged on the
   *     opportunity
   */
  public OpportunityEvidence {
    CrmValidationException.required("opportunityEvidence.opportunity", opportunity);
    CrmValidationException.required("opportunityEvidence.activities", activities);
    for (int i = 0; i < activities.size(); i++) {
      Activity activity = CrmValidationException.required("opportunityEvidence.activities[" + i + "]", activities.get(i));
      if (!activity.opportunityId().equals(Optional.of(opportunity.id()))) {
        throw CrmValidationException.of(
            "opportunityEvidence.activities[" + i + "]", "unrelated", activity.id(),
            "the activity is not logged on opportunity " + opportunity.id());
      }
    }
    activities = List.copyOf(activities);
  }

  /** An opportunity without activities. */
  public static OpportunityEvidence of(Opportunity opportunity) {
    return new OpportunityEvidence(opportunity, List.of());
  }

  /** An opportunity and the activities logged on it. */
  public static OpportunityEvidence of(Opportunity opportunity, List<Activity> activities) {
    return new OpportunityEvidence(opportunity, activities);
  }

  /** This evidence with one more activity. */
  public OpportunityEvidence withActivity(Activity activity) {
    List<Activity> more = new ArrayList<>(activities);
    more.add(CrmValidationException.required("activity", activity));
    return new OpportunityEvidence(opportunity, more);
  }

  /** This evidence with the opportunity as it is now (its activities kept). */
  public OpportunityEvidence withOpportunity(Opportunity changed) {
    return new OpportunityEvidence(changed, activities);
  }

  /**
   * The kind an activity is evidence of: its subject up to the first colon, stripped; the whole
   * subject when it has no colon or nothing before it.
   */
  public static String kindOf(Activity activity) {
    String subject = CrmValidationException.required("activity", activity).subject();
    int colon = subject.indexOf(':');
    if (colon <= 0) {
      return subject;
    }
    String kind = subject.substring(0, colon).strip();
    return kind.isEmpty() ? subject : kind;
  }

  /** The kinds of the notes written, in the order logged. */
  public List<String> noteKinds() {
    return kinds(ActivityType.NOTE);
  }

  /** The kinds of the meetings and calls held (done), in the order logged. */
  public List<String> meetingsHeld() {
    List<String> held = new ArrayList<>();
    for (Activity activity : activities) {
      if ((activity.type() == ActivityType.MEETING || activity.type() == ActivityType.CALL)
          && activity.doneAt().isPresent()) {
        held.add(kindOf(activity));
      }
    }
    return held;
  }

  /** The kinds of the e-mails logged, in either direction, in the order logged. */
  public List<String> emailKinds() {
    return kinds(ActivityType.EMAIL);
  }

  /** The approval tasks: tasks of kind {@value OpportunityLifecycle#APPROVAL}, open or done, in the order logged. */
  public List<Activity> approvals() {
    String approval = Names.canonical("kind", OpportunityLifecycle.APPROVAL);
    List<Activity> approvals = new ArrayList<>();
    for (Activity activity : activities) {
      if (activity.type() == ActivityType.TASK && Names.matches(approval, kindOf(activity))) {
        approvals.add(activity);
      }
    }
    return approvals;
  }

  /** The roles of the opportunity's contacts, one entry per contact. */
  public List<String> contactRoles() {
    List<String> roles = new ArrayList<>();
    for (OpportunityContactRole role : opportunity.contactRoles()) {
      roles.add(role.role());
    }
    return roles;
  }

  private List<String> kinds(ActivityType type) {
    List<String> kinds = new ArrayList<>();
    for (Activity activity : activities) {
      if (activity.type() == type) {
        kinds.add(kindOf(activity));
      }
    }
    return kinds;
  }
}
