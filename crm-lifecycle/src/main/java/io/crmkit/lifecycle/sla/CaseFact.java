package io.crmkit.lifecycle.sla;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.support.CaseStatus;
import java.time.Instant;

/** Something that happened to a support case that its service-level timers react to. */
public sealed interface CaseFact permits CaseFact.StatusChanged, CaseFact.AgentReplied, CaseFact.CustomerCommented {
  /** When it happened. */
  Instant at();

  /**
   * The case entered a status: resolved, reopened, waiting on the customer...
   *
   * @param at when
   * @param to the status it entered
   */
  record StatusChanged(Instant at, CaseStatus to) implements CaseFact {
    /** Checks the fact. */
    public StatusChanged {
      CrmValidationException.required("statusChanged.at", at);
      CrmValidationException.required("statusChanged.to", to);
    }
  }

  /**
   * Support answered the customer (a public reply, not an internal note).
   *
   * @param at when
   */
  record AgentReplied(Instant at) implements CaseFact {
    /** Checks the fact. */
    public AgentReplied {
      CrmValidationException.required("agentReplied.at", at);
    }
  }

  /**
   * The customer wrote on the case.
   *
   * @param at when
   */
  record CustomerCommented(Instant at) implements CaseFact {
    /** Checks the fact. */
    public CustomerCommented {
      CrmValidationException.required("customerCommented.at", at);
    }
  }
}
