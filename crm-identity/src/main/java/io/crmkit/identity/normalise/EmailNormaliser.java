package io.crmkit.identity.normalise;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.EmailAddress;
import java.util.Optional;

/**
 * E-mail addresses in matching form, by crm-core's one rule ({@link EmailAddress}): stripped and
 * lower-cased, {@code local@domain.tld} with a top-level label of two or more letters, ASCII only.
 *
 * <p>At the edges: {@code user@localhost} and {@code user@[192.0.2.1]} are refused (no dotted
 * domain), as are quoted local parts and internationalised addresses; a refused address is a
 * missing value. Sub-addresses ({@code ann+crm@example.com}) and dots in the local part are kept
 * as written: providers differ on whether they matter, so two such addresses do not agree exactly
 * (they still come close under Jaro-Winkler).
 */
public final class EmailNormaliser implements Normaliser {
  static final EmailNormaliser INSTANCE = new EmailNormaliser();

  private EmailNormaliser() {}

  /** The address in canonical form, or empty when crm-core's rule refuses it. */
  @Override
  public Optional<String> normalise(String raw) {
    try {
      return Optional.of(EmailAddress.of(raw).value());
    } catch (CrmValidationException e) {
      return Optional.empty(); // refused by crm-core's rule: a missing value here
    }
  }

  @Override
  public String toString() {
    return "email";
  }
}
