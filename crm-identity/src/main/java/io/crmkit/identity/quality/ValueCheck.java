package io.crmkit.identity.quality;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.EmailAddress;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A check of one value of a field, as data: what makes an e-mail address, a birth date or a phone
 * number invalid or suspicious. {@link QualityRules} says which fields each check applies to.
 */
public sealed interface ValueCheck {

  /**
   * What is wrong with the value, if anything.
   *
   * @param value the value, stripped and not blank
   * @param record the record holding it (a check may read another field, such as the country)
   * @param today the day the report is made, for dates
   */
  Optional<Finding> check(String value, DataRecord record, LocalDate today);

  /**
   * E-mail addresses: invalid when crmkit's one rule ({@link EmailAddress}) refuses them, suspicious
   * when they are placeholders: a listed address ({@code test@test.com}), a listed local part
   * ({@code noreply@...}), a listed domain or a sub-domain of one ({@code ...@example.com}), or a
   * reserved top-level domain ({@code .test}, {@code .example}, {@code .invalid}, {@code .localhost}).
   * Everything is compared lower-case.
   *
   * @param placeholderAddresses whole addresses that are placeholders
   * @param placeholderLocalParts local parts that are placeholders, on any domain
   * @param placeholderDomains domains that are placeholders, with their sub-domains
   */
  record EmailCheck(Set<String> placeholderAddresses, Set<String> placeholderLocalParts,
      Set<String> placeholderDomains) implements ValueCheck {
    private static final Set<String> RESERVED_TOP_LEVEL = Set.of("test", "example", "invalid", "localhost");

    /** Checks the sets and keeps lower-cased copies. */
    public EmailCheck {
      placeholderAddresses = lower("emailCheck.placeholderAddresses", placeholderAddresses);
      placeholderLocalParts = lower("emailCheck.placeholderLocalParts", placeholderLocalParts);
      placeholderDomains = lower("emailCheck.placeholderDomains", placeholderDomains);
    }

    /** The usual placeholders: test@test.com and friends, noreply and test local parts, example and test domains. */
    public static EmailCheck defaults() {
      return new EmailCheck(
          Set.of("test@test.com", "a@a.com", "abc@abc.com", "asdf@asdf.com", "email@email.com", "none@none.com",
              "no@email.com", "foo@bar.com", "x@x.com", "user@domain.com"),
          Set.of("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "test", "none",
              "null", "na", "unknown", "nobody", "asdf", "xxx", "fake", "dummy", "example"),
          Set.of("example.com", "example.org", "example.net", "test.com", "domain.com", "invalid.com"));
    }

    @Override
    public Optional<Finding> check(String value, DataRecord record, LocalDate today) {
      if (!EmailAddress.isValid(value)) {
        return Optional.of(Finding.invalid("email", "not an e-mail address of the form local@domain.tld"));
      }
      String address = EmailAddress.of(value).value();
      String local = address.substring(0, address.indexOf('@'));
      String domain = address.substring(address.indexOf('@') + 1);
      String topLevel = domain.substring(domain.lastIndexOf('.') + 1);
      if (placeholderAddresses.contains(address)) {
        return Optional.of(Finding.suspicious("placeholder", address + " is a placeholder address"));
      }
      if (placeholderLocalParts.contains(local)) {
        return Optional.of(Finding.suspicious("placeholder", local + "@ is a placeholder or no-reply mailbox"));
      }
      for (String d : placeholderDomains) {
        if (domain.equals(d) || domain.endsWith("." + d)) {
          return Optional.of(Finding.suspicious("placeholder", domain + " is a placeholder domain"));
        }
      }
      if (RESERVED_TOP_LEVEL.contains(topLevel)) {
        return Optional.of(Finding.suspicious("placeholder", "." + topLevel + " is reserved and never delivers"));
      }
      return Optional.empty();
    }
  }

  /**
   * Birth dates written {@code yyyy-MM-dd}: invalid when unreadable, in the future or making the
   * person older than {@code maxAgeYears}; suspicious when a placeholder date ({@code 1900-01-01},
   * {@code 1970-01-01}).
   *
   * @param maxAgeYears the oldest plausible age in years, 1 or more
   * @param placeholderDates dates systems write when the real one is unknown
   */
  record BirthDateCheck(int maxAgeYears, Set<LocalDate> placeholderDates) implements ValueCheck {
    /** Checks the parts and keeps an immutable copy of the dates. */
    public BirthDateCheck {
      if (maxAgeYears < 1) {
        throw CrmValidationException.of("birthDateCheck.maxAgeYears", "range", maxAgeYears, "at least 1 year");
      }
      placeholderDates = Set.copyOf(CrmValidationException.required("birthDateCheck.placeholderDates", placeholderDates));
    }

    /** At most 120 years old; 1900-01-01, 1901-01-01 and 1970-01-01 are placeholders. */
    public static BirthDateCheck defaults() {
      return new BirthDateCheck(120, Set.of(LocalDate.of(1900, 1, 1), LocalDate.of(1901, 1, 1), LocalDate.of(1970, 1, 1)));
    }

    @Override
    public Optional<Finding> check(String value, DataRecord record, LocalDate today) {
      LocalDate born;
      try {
        born = LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        return Optional.of(Finding.invalid("date", "not a date written yyyy-MM-dd"));
      }
      if (born.isAfter(today)) {
        return Optional.of(Finding.invalid("future", "a birth date after today, " + today));
      }
      int age = Period.between(born, today).getYears();
      if (age > maxAgeYears) {
        return Optional.of(Finding.invalid("tooOld", "an age of " + age + " years, above " + maxAgeYears));
      }
      if (placeholderDates.contains(born)) {
        return Optional.of(Finding.suspicious("placeholder", born + " is a placeholder date"));
      }
      return Optional.empty();
    }
  }

  /**
   * Phone numbers, read with the record's region: invalid when they do not parse or are not a valid
   * number for the region (libphonenumber's rules: {@code 020 7031 3000} is valid in GB and not in
   * US); suspicious when the national number is one digit repeated or a run such as {@code 123456789}.
   * Numbers written with {@code +} and a country code are read as such whatever the region.
   *
   * @param regionField the field holding the record's ISO 3166-1 region (such as {@code country}), if any
   * @param defaultRegion the region when the record has none: an ISO 3166-1 alpha-2 code, or
   *     {@code ZZ} to accept only numbers with a country code
   */
  record PhoneCheck(Optional<String> regionField, String defaultRegion) implements ValueCheck {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

    /** Checks the parts and upper-cases the region. */
    public PhoneCheck {
      CrmValidationException.required("phoneCheck.regionField", regionField);
      defaultRegion = CrmValidationException.requiredText("phoneCheck.defaultRegion", defaultRegion).strip()
          .toUpperCase(Locale.ROOT);
      if (!REGION.matcher(defaultRegion).matches()) {
        throw CrmValidationException.of("phoneCheck.defaultRegion", "iso3166", defaultRegion,
            "an ISO 3166-1 alpha-2 code, or ZZ for none");
      }
    }

    /** Phone numbers read in the region of the record's {@code country} field, else as international numbers. */
    public static PhoneCheck defaults() {
      return new PhoneCheck(Optional.of("country"), "ZZ");
    }

    @Override
    public Optional<Finding> check(String value, DataRecord record, LocalDate today) {
      String region = regionField.flatMap(record::value).map(r -> r.strip().toUpperCase(Locale.ROOT))
          .filter(r -> REGION.matcher(r).matches()).orElse(defaultRegion);
      Phonenumber.PhoneNumber number;
      try {
        number = PHONES.parse(value, region);
      } catch (NumberParseException e) {
        return Optional.of(Finding.invalid("phone", "not a phone number in region " + region
            + (region.equals("ZZ") ? " (no country code)" : "")));
      }
      if (!PHONES.isValidNumber(number)) {
        return Optional.of(Finding.invalid("phone", "not a valid number for region " + region));
      }
      String national = Long.toString(number.getNationalNumber());
      if (national.chars().distinct().count() == 1 || "0123456789".contains(national)
          || "9876543210".contains(national)) {
        return Optional.of(Finding.suspicious("placeholder", national + " looks made up"));
      }
      return Optional.empty();
    }
  }

  private static Set<String> lower(String field, Set<String> values) {
    CrmValidationException.required(field, values);
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      out.add(CrmValidationException.requiredText(field, v).strip().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }
}
