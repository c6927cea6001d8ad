package io.crmkit.core.account;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.internal.Texts;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An organisation or a household that buys: the record contacts, opportunities, orders and cases
 * hang from.
 */
@Value.Immutable
public abstract class Account implements Aggregate<AccountId>, WithAccount {

  @Override
  public abstract AccountId id();

  /** Organisation or household. */
  public abstract AccountKind kind();

  /** The name people know it by. */
  public abstract String name();

  /** The web domain, lower-case, without scheme, {@code www.} or path: {@code acme.com}. */
  public abstract Optional<String> domain();

  /** The industry, as the host classifies it. */
  public abstract Optional<String> industry();

  /** The number of employees (organisations) or members (households). */
  public abstract OptionalInt size();

  /** The parent account in a hierarchy, if any. */
  public abstract Optional<AccountId> parentId();

  /** The user who owns the account. */
  public abstract Optional<UserId> ownerId();

  @Override
  public abstract Instant createdAt();

  @Override
  public abstract Instant updatedAt();

  @Override
  @Value.Default
  public long version() {
    return 0;
  }

  @Override
  @Value.Default
  public CustomFields customFields() {
    return CustomFields.empty();
  }

  @Override
  public String recordType() {
    return "Account";
  }

  /** A builder; id, kind, name, createdAt and updatedAt are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Account}. */
  public static class Builder extends ImmutableAccount.Builder {}

  /**
   * Normalises a web domain or URL to the bare domain: {@code https://www.Acme.com/about} gives
   * {@code acme.com}. A leading {@code www.} is dropped only when a domain is left after it, so
   * {@code www.de} stays as it is.
   *
   * @throws CrmValidationException when no domain can be read
   */
  public static String normaliseDomain(String raw) {
    String d = CrmValidationException.requiredText("account.domain", raw).toLowerCase(Locale.ROOT);
    d = d.substring(schemeLength(d));
    int cut = d.indexOf('/');
    if (cut >= 0) {
      d = d.substring(0, cut);
    }
    int colon = d.lastIndexOf(':');
    if (colon >= 0 && colon < d.length() - 1 && isDigits(d, colon + 1)) {
      d = d.substring(0, colon);
    }
    if (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    if (d.startsWith("www.") && d.indexOf('.', 4) > 0) {
      d = d.substring(4);
    }
    if (!isDomain(d)) {
      throw CrmValidationException.of("account.domain", "invalid", raw, "not a web domain such as acme.com");
    }
    return d;
  }

  // The steps below are written out rather than as regular expressions, which cost an import of
  // contacts naming their accounts by domain more than the rest of reading the domain.

  /**
   * The length of a leading scheme such as {@code https://}: a letter, then letters, digits and
   * {@code +.-}, then {@code ://}; 0 when the text has none.
   */
  private static int schemeLength(String text) {
    if (text.isEmpty() || text.charAt(0) < 'a' || text.charAt(0) > 'z') {
      return 0;
    }
    int i = 1;
    while (i < text.length() && (isLetterOrDigit(text.charAt(i)) || "+.-".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    return text.startsWith("://", i) ? i + 3 : 0;
  }

  private static boolean isDigits(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text is one or more labels of letters, digits and inner hyphens (1 to 63 each) and
   * a top-level label of 2 to 63 letters, joined by dots.
   */
  private static boolean isDomain(String text) {
    int start = 0;
    int labels = 0;
    for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', start)) {
      if (!isLabel(text, start, dot)) {
        return false;
      }
      labels++;
      start = dot + 1;
    }
    int top = text.length() - start;
    if (labels == 0 || top < 2 || top > 63) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) < 'a' || text.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLabel(String text, int from, int to) {
    if (to - from < 1 || to - from > 63 || text.charAt(from) == '-' || text.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  @Value.Check
  Account normalised() {
    String cleanName = Texts.fold(name());
    if (cleanName.isEmpty()) {
      throw CrmValidationException.of("account.name", "required", name(), "a name is required");
    }
    Aggregate.checkBasics("account", this);
    if (size().isPresent() && size().getAsInt() < 0) {
      throw CrmValidationException.of("account.size", "range", size().getAsInt(), "a size is 0 or more");
    }
    if (parentId().isPresent() && parentId().get().equals(id())) {
      throw CrmValidationException.of("account.parentId", "cycle", parentId().get(), "an account cannot be its own parent");
    }
    Optional<String> cleanDomain = domain().map(Account::normaliseDomain);
    Optional<String> cleanIndustry = industry().map(Texts::fold).filter(s -> !s.isEmpty());
    if (cleanName.equals(name()) && cleanDomain.equals(domain()) && cleanIndustry.equals(industry())) {
      return this;
    }
    return withName(cleanName).withDomain(cleanDomain).withIndustry(cleanIndustry);
  }
}
