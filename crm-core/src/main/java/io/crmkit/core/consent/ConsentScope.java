package io.crmkit.core.consent;

import io.crmkit.core.CrmValidationException;
import java.util.Comparator;

/**
 * What one consent is about: a channel and a purpose, such as e-mail for marketing.
 *
 * @param channel the channel
 * @param purpose the purpose
 */
public record ConsentScope(ConsentChannel channel, ConsentPurpose purpose) implements Comparable<ConsentScope> {
  private static final Comparator<ConsentScope> ORDER =
      Comparator.comparing(ConsentScope::channel).thenComparing(s -> s.purpose().name());

  /** Checks both parts. */
  public ConsentScope {
    CrmValidationException.required("consent.channel", channel);
    CrmValidationException.required("consent.purpose", purpose);
  }

  /** Makes a scope. */
  public static ConsentScope of(ConsentChannel channel, ConsentPurpose purpose) {
    return new ConsentScope(channel, purpose);
  }

  /** Orders by channel, then purpose name. */
  @Override
  public int compareTo(ConsentScope other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return channel + "/" + purpose;
  }
}
