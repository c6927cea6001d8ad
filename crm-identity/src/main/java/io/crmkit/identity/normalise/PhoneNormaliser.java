package io.crmkit.identity.normalise;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.identity.record.IdentityRecord;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers in E.164, read with libphonenumber in the contact's region: {@code 020 7031 3000}
 * is {@code +442070313000} in GB and not a valid number in US.
 *
 * <p>A number written with its country code ({@code +44 20 7031 3000}, or with the region's
 * international prefix such as {@code 0044} in GB and {@code 011} in US) is read the same in every
 * region. A number libphonenumber does not hold valid for its region has no matching form. The
 * region is the normaliser's default, or, with {@link #regionFrom(String)}, the record's own
 * region field when that holds a region libphonenumber knows.
 */
public final class PhoneNormaliser implements Normaliser {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private final String region;
  private final Optional<String> regionField;

  private PhoneNormaliser(String region, Optional<String> regionField) {
    this.region = region;
    this.regionField = regionField;
  }

  /**
   * A normaliser that reads national numbers in a region.
   *
   * @param region an ISO 3166-1 alpha-2 code libphonenumber knows, such as {@code GB}; case and
   *     surrounding space do not matter
   * @throws CrmValidationException naming {@code phone.region} (rule {@code required} or
   *     {@code unsupported})
   */
  public static PhoneNormaliser forRegion(String region) {
    return new PhoneNormaliser(checkedRegion(region), Optional.empty());
  }

  /**
   * This normaliser reading each record's region from a field (an ISO 3166-1 alpha-2 code, such
   * as {@link io.crmkit.identity.record.IdentityRecords#COUNTRY}), with this normaliser's region
   * where the field is missing or holds no region libphonenumber knows.
   */
  public PhoneNormaliser regionFrom(String field) {
    return new PhoneNormaliser(region, Optional.of(CrmValidationException.requiredText("phone.regionField", field)));
  }

  /** The default region, as an upper-case ISO 3166-1 alpha-2 code. */
  public String region() {
    return region;
  }

  /** Whether libphonenumber knows a region code (case and surrounding space do not matter). */
  public static boolean isSupportedRegion(String region) {
    return region != null && PHONES.getSupportedRegions().contains(region.strip().toUpperCase(Locale.ROOT));
  }

  /** The number in E.164 as crm-core's value, or empty when it is not valid in the default region. */
  public Optional<PhoneNumber> parse(String raw) {
    return parse(raw, region);
  }

  /**
   * The number in E.164 as crm-core's value, or empty when it is not valid in {@code region}.
   *
   * @throws CrmValidationException naming {@code phone.region} when the region is unknown
   */
  public static Optional<PhoneNumber> parse(String raw, String region) {
    return e164(raw, checkedRegion(region)).map(PhoneNumber::new);
  }

  /** The number in E.164, or empty when it is not valid in the default region. */
  @Override
  public Optional<String> normalise(String raw) {
    return e164(raw, region);
  }

  /** The number in E.164 as crm-core's value makes it, when valid in a checked region. */
  private static Optional<String> e164(String raw, String region) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      Phonenumber.PhoneNumber number = PHONES.parse(raw, region);
      if (!PHONES.isValidNumber(number)) {
        return Optional.empty();
      }
      return Optional.of(PhoneNumber.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)).value());
    } catch (NumberParseException | CrmValidationException e) {
      return Optional.empty(); // not a number, or one crm-core's E.164 cannot hold
    }
  }

  /** The number in E.164, read in the record's region when {@link #regionFrom(String)} names one. */
  @Override
  public Optional<String> normalise(IdentityRecord record, String field) {
    String recordRegion = regionField.flatMap(record::value).filter(PhoneNormaliser::isSupportedRegion)
        .orElse(region);
    return record.value(field).flatMap(raw -> e164(raw, recordRegion.equals(region) ? region : checkedRegion(recordRegion)));
  }

  @Override
  public String toString() {
    return "phone(" + region + regionField.map(f -> ", region from " + f).orElse("") + ")";
  }

  private static String checkedRegion(String region) {
    String code = CrmValidationException.requiredText("phone.region", region).toUpperCase(Locale.ROOT);
    if (!PHONES.getSupportedRegions().contains(code)) {
      throw CrmValidationException.of("phone.region", "unsupported", region,
          "an ISO 3166-1 alpha-2 region libphonenumber knows, such as GB or US");
    }
    return code;
  }
}
