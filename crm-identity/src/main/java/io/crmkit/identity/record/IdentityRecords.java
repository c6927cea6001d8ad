package io.crmkit.identity.record;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.PostalAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Identity records made from crm-core's contacts and leads, under the field names below.
 *
 * <p>A contact gives its names, its primary e-mail address, its first phone number and its first
 * postal address (street lines joined with {@code ", "}); a lead gives its names, e-mail address,
 * phone number and company. Missing parts are missing fields. Phone numbers are already in E.164
 * in crm-core, so they need no region; {@link #COUNTRY} holds the address's country for numbers
 * written nationally elsewhere.
 */
public final class IdentityRecords {
  /** The given name. */
  public static final String FIRST_NAME = "first_name";
  /** The middle name or names. */
  public static final String MIDDLE_NAME = "middle_name";
  /** The family name. */
  public static final String LAST_NAME = "last_name";
  /** The (primary) e-mail address. */
  public static final String EMAIL = "email";
  /** The (first) phone number. */
  public static final String PHONE = "phone";
  /** The street lines of the (first) postal address, joined with {@code ", "}. */
  public static final String STREET = "street";
  /** The town or city. */
  public static final String LOCALITY = "locality";
  /** The postal or ZIP code. */
  public static final String POSTCODE = "postcode";
  /** The ISO 3166-1 alpha-2 country code of the address. */
  public static final String COUNTRY = "country";
  /** The company's name (leads). */
  public static final String COMPANY = "company";
  /** The company's web domain (leads). */
  public static final String COMPANY_DOMAIN = "company_domain";

  private IdentityRecords() {}

  /** The record of a contact, under the contact's id. */
  public static IdentityRecord fromContact(Contact contact) {
    CrmValidationException.required("contact", contact);
    Map<String, String> values = new LinkedHashMap<>();
    contact.firstName().ifPresent(v -> values.put(FIRST_NAME, v));
    contact.middleName().ifPresent(v -> values.put(MIDDLE_NAME, v));
    contact.lastName().ifPresent(v -> values.put(LAST_NAME, v));
    contact.primaryEmail().map(EmailAddress::value).ifPresent(v -> values.put(EMAIL, v));
    contact.phones().stream().findFirst().map(PhoneNumber::value).ifPresent(v -> values.put(PHONE, v));
    contact.postalAddresses().stream().findFirst().ifPresent(address -> putAddress(values, address));
    return new IdentityRecord(contact.id().value(), values);
  }

  /** The record of a lead, under the lead's id. */
  public static IdentityRecord fromLead(Lead lead) {
    CrmValidationException.required("lead", lead);
    Map<String, String> values = new LinkedHashMap<>();
    lead.firstName().ifPresent(v -> values.put(FIRST_NAME, v));
    lead.lastName().ifPresent(v -> values.put(LAST_NAME, v));
    lead.email().map(EmailAddress::value).ifPresent(v -> values.put(EMAIL, v));
    lead.phone().map(PhoneNumber::value).ifPresent(v -> values.put(PHONE, v));
    lead.companyName().ifPresent(v -> values.put(COMPANY, v));
    lead.companyDomain().ifPresent(v -> values.put(COMPANY_DOMAIN, v));
    return new IdentityRecord(lead.id().value(), values);
  }

  private static void putAddress(Map<String, String> values, PostalAddress address) {
    if (!address.lines().isEmpty()) {
      values.put(STREET, String.join(", ", address.lines()));
    }
    address.locality().ifPresent(v -> values.put(LOCALITY, v));
    address.postalCode().ifPresent(v -> values.put(POSTCODE, v));
    values.put(COUNTRY, address.country());
  }
}
