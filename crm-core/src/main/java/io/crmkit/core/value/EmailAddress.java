package io.crmkit.core.value;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, stripped and lower-cased when made.
 *
 * <p>The one rule crmkit applies: {@code local@domain}, at most 254 characters; the local part is
 * 1 to 64 characters of letters, digits and {@code !#$%&'*+/=?^_`{|}~.-} with no leading, trailing
 * or doubled dot; the domain has at least two dot-separated labels of letters, digits and inner
 * hyphens (1 to 63 characters each) and ends in a top-level label of two or more letters or in a
 * punycode label ({@code xn--p1ai}). Only ASCII is accepted: internationalised addresses are
 * refused, and so is a character that merely lower-cases to ASCII (the Kelvin sign), so that no
 * look-alike becomes someone else's address. Quoted local parts and IP-literal domains are refused:
 * they do not occur in CRM data worth keeping.
 *
 * @param value the address in canonical form
 */
public record EmailAddress(String value) implements Comparable<EmailAddress> {
  private static final Pattern LOCAL =
      Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern TOP_LABEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9]([a-z0-9-]{0,57}[a-z0-9])?");
  private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");

  /** Checks and normalises the address. */
  public EmailAddress {
    String raw = value;
    String stripped = CrmValidationException.requiredText("email", value);
    if (!isValid(stripped)) {
      throw CrmValidationException.of("email", "invalid", raw, "not an address of the form local@domain.tld");
    }
    value = stripped.toLowerCase(Locale.ROOT);
  }

  /** Makes an address from text, normalising it. */
  public static EmailAddress of(String raw) {
    return new EmailAddress(raw);
  }

  /** Whether {@code raw} would be accepted by {@link #of(String)}. */
  public static boolean isValid(String raw) {
    if (raw == null) {
      return false;
    }
    String stripped = Texts.strip(raw);
    if (!ASCII.matcher(stripped).matches()) {
      return false;
    }
    String s = stripped.toLowerCase(Locale.ROOT);
    if (s.length() > 254) {
      return false;
    }
    int at = s.lastIndexOf('@');
    if (at <= 0 || at != s.indexOf('@') || at > 64) {
      return false;
    }
    String local = s.substring(0, at);
    String domain = s.substring(at + 1);
    if (!LOCAL.matcher(local).matches()) {
      return false;
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return TOP_LABEL.matcher(labels[labels.length - 1]).matches();
  }

  /** The part before the {@code @}. */
  public String localPart() {
    return value.substring(0, value.indexOf('@'));
  }

  /** The domain after the {@code @}, such as {@code acme.com}. */
  public String domain() {
    return value.substring(value.indexOf('@') + 1);
  }

  @Override
  public int compareTo(EmailAddress other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
