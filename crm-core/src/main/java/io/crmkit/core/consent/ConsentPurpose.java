package io.crmkit.core.consent;

import io.crmkit.core.CrmValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Why a business wants to contact someone (marketing, newsletter, service, profiling): consent is
 * given per channel and purpose. Names are lower-case tokens.
 *
 * @param name the purpose, such as {@code marketing}
 */
public record ConsentPurpose(String name) {
  private static final Pattern TOKEN = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

  /** Direct marketing. */
  public static final ConsentPurpose MARKETING = new ConsentPurpose("marketing");
  /** A newsletter. */
  public static final ConsentPurpose NEWSLETTER = new ConsentPurpose("newsletter");
  /** Service messages about what the person bought. */
  public static final ConsentPurpose SERVICE = new ConsentPurpose("service");
  /** Profiling and personalisation. */
  public static final ConsentPurpose PROFILING = new ConsentPurpose("profiling");

  /** Checks and lower-cases the name. */
  public ConsentPurpose {
    String raw = name;
    name = CrmValidationException.requiredText("consent.purpose", name).toLowerCase(Locale.ROOT);
    if (!TOKEN.matcher(name).matches()) {
      throw CrmValidationException.of("consent.purpose", "token", raw,
          "a purpose is a lower-case token: letters, digits, _ and -");
    }
  }

  /** Makes a purpose by name. */
  public static ConsentPurpose of(String name) {
    return new ConsentPurpose(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
