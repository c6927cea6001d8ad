package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.UserId;
import io.crmkit.lifecycle.internal.Names;

/**
 * Who moves a record: an automation (a sync, a scoring rule, a timer) or a person. An automation
 * never moves a record back to a lower rank; a person may, giving a reason.
 */
public sealed interface Actor {
  /** Whether the actor is a person. */
  boolean isPerson();

  /** An automation named {@code automatic}, for hosts that do not tell their automations apart. */
  static Actor automatic() {
    return Automation.AUTOMATIC;
  }

  /** An automation by name, such as {@code hubspot sync} or {@code lapse timer}. */
  static Actor automation(String name) {
    return new Automation(name);
  }

  /** A person, a user of the host application. */
  static Actor person(UserId user) {
    return new Person(user);
  }

  /**
   * A process that moves records without a person deciding: a sync, a scoring rule, a timer.
   *
   * @param name the automation's name as the audit shows it, white space folded
   */
  record Automation(String name) implements Actor {
    /** The automation named {@code automatic}. */
    static final Automation AUTOMATIC = new Automation("automatic");

    /** Checks and folds the name. */
    public Automation {
      name = Names.label("actor.name", name);
    }

    @Override
    public boolean isPerson() {
      return false;
    }

    @Override
    public String toString() {
      return "automation '" + name + "'";
    }
  }

  /**
   * A user of the host application.
   *
   * @param user the user's id
   */
  record Person(UserId user) implements Actor {
    /** Checks the user. */
    public Person {
      CrmValidationException.required("actor.user", user);
    }

    @Override
    public boolean isPerson() {
      return true;
    }

    @Override
    public String toString() {
      return "person '" + user + "'";
    }
  }
}
