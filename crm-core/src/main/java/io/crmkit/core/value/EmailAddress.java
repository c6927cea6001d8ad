package io.crmkit.core.value;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;
import java.util.Locale;

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
    for (int i = 0; i < stripped.length(); i++) {
      if (stripped.charAt(i) > 0x7F) {
        return false;
      }
    }
    String s = stripped.toLowerCase(Locale.ROOT);
    if (s.length() > 254) {
      return false;
    }
    int at = s.lastIndexOf('@');
    if (at <= 0 || at != s.indexOf('@') || at > 64 || !isDotAtom(s, 0, at)) {
      return false;
    }
    // the domain: two or more labels, the last a top-level one
    int labels = 0;
    int start = at + 1;
    int lastStart = start;
    for (int i = start; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '.') {
        if (!isLabel(s, start, i)) {
          return false;
        }
        labels++;
        lastStart = start;
        start = i + 1;
      }
    }
    return labels >= 2 && isTopLabel(s, lastStart, s.length());
  }

  // The checks below read lower-cased ASCII, as isValid hands it over; written out rather than as
  // regular expressions, which cost more than the rest of an import's reading of a contact.

  /** Whether {@code s[from, to)} is one or more runs of atext joined by single dots. */
  private static boolean isDotAtom(String s, int from, int to) {
    boolean afterDot = true;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (afterDot) {
          return false;
        }
        afterDot = true;
      } else if (isAtext(c)) {
        afterDot = false;
      } else {
        return false;
      }
    }
    return !afterDot;
  }

  private static boolean isAtext(char c) {
    return isLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
  }

  /** Whether {@code s[from, to)} is 1 to 63 letters, digits and hyphens, neither end a hyphen. */
  private static boolean isLabel(String s, int from, int to) {
    if (to - from < 1 || to - from > 63 || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!isLetterOrDigit(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** Whether a label is a top-level one: 2 to 63 letters, or {@code xn--} and a punycode label of at most 59. */
  private static boolean isTopLabel(String s, int from, int to) {
    if (s.startsWith("xn--", from)) {
      return to - from - 4 <= 59 && isLabel(s, from + 4, to);
    }
    if (to - from < 2 || to - from > 63) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
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
