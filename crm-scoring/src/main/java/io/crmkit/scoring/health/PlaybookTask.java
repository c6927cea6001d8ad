package io.crmkit.scoring.health;

import io.crmkit.scoring.internal.Texts;
import io.crmkit.core.CrmValidationException;

/**
 * A task a playbook asks for, as data for the host to create in its task list.
 *
 * @param title what to do, white space folded
 * @param ownerRole who does it, as a role the host maps to a person ({@code customer success manager})
 * @param dueInDays when it is due, in days after the grade changed; 0 (today) to 365
 */
public record PlaybookTask(String title, String ownerRole, int dueInDays) {
  /**
   * Checks every part.
   *
   * @throws CrmValidationException naming {@code playbookTask.title}, {@code .ownerRole} or
   *     {@code .dueInDays} (range)
   */
  public PlaybookTask {
    title = Texts.required("playbookTask.title", title);
    ownerRole = Texts.required("playbookTask.ownerRole", ownerRole);
    if (dueInDays < 0 || dueInDays > 365) {
      throw CrmValidationException.of("playbookTask.dueInDays", "range", dueInDays, "from 0 to 365 days");
    }
  }

  /** A task. */
  public static PlaybookTask of(String title, String ownerRole, int dueInDays) {
    return new PlaybookTask(title, ownerRole, dueInDays);
  }
}
