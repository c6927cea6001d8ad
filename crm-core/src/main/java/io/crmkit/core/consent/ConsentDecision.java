package io.crmkit.core.consent;

import io.crmkit.core.CrmValidationException;
import java.time.Instant;
import java.util.Optional;

/**
 * The ledger's answer to "may we contact this person on this channel for this purpose at this
 * instant?", with the record that answered and why.
 *
 * @param scope the channel and purpose asked about
 * @param at the instant asked about
 * @param reason why contact is permitted or not
 * @param answeredBy the record that answered; absent only for {@link ConsentReason#NO_RECORD}
 */
public record ConsentDecision(ConsentScope scope, Instant at, ConsentReason reason, Optional<ConsentRecord> answeredBy) {
  /** Checks that the reason and the answering record agree. */
  public ConsentDecision {
    CrmValidationException.required("decision.scope", scope);
    CrmValidationException.required("decision.at", at);
    CrmValidationException.required("decision.reason", reason);
    CrmValidationException.required("decision.answeredBy", answeredBy);
    if (answeredBy.isPresent() == (reason == ConsentReason.NO_RECORD)) {
      throw CrmValidationException.of("decision.answeredBy", "reason", reason,
          "a record answers unless the reason is NO_RECORD");
    }
    if (answeredBy.isPresent() && !answeredBy.get().scope().equals(scope)) {
      throw CrmValidationException.of("decision.answeredBy", "scope", answeredBy.get().scope(),
          "the answering record is about " + scope);
    }
    if (answeredBy.isPresent() && !fits(reason, answeredBy.get().status())) {
      throw CrmValidationException.of("decision.reason", "status", reason,
          "the answering record's status is " + answeredBy.get().status());
    }
  }

  /** Whether contact is permitted. */
  public boolean permitted() {
    return reason.permits();
  }

  private static boolean fits(ConsentReason reason, ConsentStatus status) {
    return switch (reason) {
      case DENIED -> status == ConsentStatus.DENIED;
      case WITHDRAWN -> status == ConsentStatus.WITHDRAWN;
      case GRANTED, AWAITING_DOUBLE_OPT_IN -> status == ConsentStatus.GRANTED;
      case NO_RECORD -> false;
    };
  }
}
