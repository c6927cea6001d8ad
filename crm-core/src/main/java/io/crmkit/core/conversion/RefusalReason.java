package io.crmkit.core.conversion;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;
import java.util.List;

/**
 * One reason a conversion was refused: what kind of reason, a sentence for a person, and for an
 * ambiguous account the accounts to choose from.
 *
 * @param kind what stood in the way
 * @param detail a sentence saying what and how to go on
 * @param candidates the accounts that matched equally well ({@link Kind#AMBIGUOUS_ACCOUNT}); empty otherwise
 */
public record RefusalReason(Kind kind, String detail, List<AccountId> candidates) {

  /** What can stand in the way of a conversion. */
  public enum Kind {
    /** No lead has the id given. */
    UNKNOWN_LEAD,
    /** The lead was judged not a fit; it is not converted. */
    LEAD_UNQUALIFIED,
    /** Several accounts have the lead's company name and none its domain; name one in the request. */
    AMBIGUOUS_ACCOUNT,
    /** The request named an account that does not exist. */
    UNKNOWN_ACCOUNT,
    /** The request named a contact that does not exist. */
    UNKNOWN_CONTACT
  }

  /** Checks every part and keeps an immutable copy of the candidates. */
  public RefusalReason {
    CrmValidationException.required("refusalReason.kind", kind);
    CrmValidationException.requiredText("refusalReason.detail", detail);
    candidates = List.copyOf(CrmValidationException.required("refusalReason.candidates", candidates));
  }

  /** A reason without candidates. */
  public static RefusalReason of(Kind kind, String detail) {
    return new RefusalReason(kind, detail, List.of());
  }

  @Override
  public String toString() {
    return kind + ": " + detail;
  }
}
