package io.crmkit.scoring.health;

import io.crmkit.scoring.internal.Texts;
import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Optional;

/**
 * What to do when a customer's health grade changes: tasks triggered when the grade becomes
 * {@code to} (from {@code from} only, if given).
 *
 * @param name the playbook's name, white space folded
 * @param from the grade left, if the playbook is for one change only
 * @param to the grade reached
 * @param tasks the tasks to create; at least one
 */
public record Playbook(String name, Optional<String> from, String to, List<PlaybookTask> tasks) {
  /** The role of a director of customer success. */
  public static final String DIRECTOR = "director of customer success";
  /** The role of the customer success manager of the account. */
  public static final String CUSTOMER_SUCCESS_MANAGER = "customer success manager";
  /** The role of the account manager. */
  public static final String ACCOUNT_MANAGER = "account manager";

  private static final List<Playbook> DEFAULTS = List.of(
      new Playbook("Rescue", Optional.empty(), HealthGrade.RED.name(), List.of(
          PlaybookTask.of("Director call with the customer's sponsor", DIRECTOR, 2),
          PlaybookTask.of("Review outcomes against what was promised", CUSTOMER_SUCCESS_MANAGER, 5),
          PlaybookTask.of("Write the next quarter's plan together with the customer", CUSTOMER_SUCCESS_MANAGER, 14))),
      new Playbook("Grow", Optional.empty(), HealthGrade.GREEN.name(), List.of(
          PlaybookTask.of("Map expansion opportunities", ACCOUNT_MANAGER, 14),
          PlaybookTask.of("Ask for a referral", CUSTOMER_SUCCESS_MANAGER, 7))));

  /**
   * Checks every part.
   *
   * @throws CrmValidationException naming {@code playbook.<part>}: {@code required} for a missing
   *     part, a blank name or no tasks, {@code same-grade} when {@code from} is {@code to}
   */
  public Playbook {
    name = Texts.required("playbook.name", name);
    CrmValidationException.required("playbook.from", from);
    from = from.map(grade -> Texts.required("playbook.from", grade));
    to = Texts.required("playbook.to", to);
    if (from.isPresent() && from.get().equalsIgnoreCase(to)) {
      throw CrmValidationException.of("playbook.from", "same-grade", from.get(), "a playbook is for a change of grade");
    }
    CrmValidationException.required("playbook.tasks", tasks);
    if (tasks.isEmpty()) {
      throw CrmValidationException.of("playbook.tasks", "required", "[]", "a playbook has at least one task");
    }
    for (int i = 0; i < tasks.size(); i++) {
      CrmValidationException.required("playbook.tasks[" + i + "]", tasks.get(i));
    }
    tasks = List.copyOf(tasks);
  }

  /** A playbook for any change into {@code to}. */
  public static Playbook whenBecoming(String to, String name, PlaybookTask... tasks) {
    return new Playbook(name, Optional.empty(), to, List.of(CrmValidationException.required("playbook.tasks", tasks)));
  }

  /** A playbook for the change from {@code from} to {@code to} only. */
  public static Playbook whenChanging(String from, String to, String name, PlaybookTask... tasks) {
    return new Playbook(name, Optional.of(CrmValidationException.required("playbook.from", from)), to,
        List.of(CrmValidationException.required("playbook.tasks", tasks)));
  }

  /**
   * The playbooks of the reference practice: on becoming red, a director call, a review of outcomes
   * against promises and a next-quarter plan written with the customer; on becoming green,
   * expansion mapping and a referral ask.
   */
  public static List<Playbook> defaults() {
    return DEFAULTS;
  }

  /** Whether a change of grade from {@code previous} to {@code current} triggers this playbook. */
  public boolean triggeredBy(String previous, String current) {
    return !previous.equalsIgnoreCase(current) && current.equalsIgnoreCase(to)
        && (from.isEmpty() || from.get().equalsIgnoreCase(previous));
  }
}
