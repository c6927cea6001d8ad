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
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An organisation or a household that buys: the record contacts, opportunities, orders and cases
 * hang from.
 */
@Value.Immutable
public abstract class Account implements Aggregate<AccountId>, WithAccount {
  private static final Pattern DOMAIN =
      Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
  private static final Pattern PORT = Pattern.compile(":\\d+$");
  private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");

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
    d = SCHEME.matcher(d).replaceFirst("");
    int cut = d.indexOf('/');
    if (cut >= 0) {
      d = d.substring(0, cut);
    }
    d = TRAILING_DOT.matcher(PORT.matcher(d).replaceFirst("")).replaceFirst("");
    if (d.startsWith("www.") && d.indexOf('.', 4) > 0) {
      d = d.substring(4);
    }
    if (!DOMAIN.matcher(d).matches()) {
      throw CrmValidationException.of("account.domain", "invalid", raw, "not a web domain such as acme.com");
    }
    return d;
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
