package io.crmkit.identity.quality;

import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.PostalAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A contact as a {@link DataRecord}, with the field names {@link QualityRules#defaults()} checks:
 * {@code firstName}, {@code lastName}, {@code jobTitle}, {@code email} (every address),
 * {@code phone} (every number), {@code country} (of the first postal address), {@code account}
 * (the primary account, else the first), {@code ownerId} and each custom field by name.
 */
public final class ContactRecords {
  private ContactRecords() {}

  /** The contact's record, under its id. */
  public static DataRecord of(Contact contact) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("firstName", text(contact.firstName()));
    values.put("lastName", text(contact.lastName()));
    values.put("jobTitle", text(contact.jobTitle()));
    values.put("email", contact.emails().stream().map(EmailAddress::value).toList());
    values.put("phone", contact.phones().stream().map(PhoneNumber::value).toList());
    values.put("country", text(contact.postalAddresses().stream().findFirst().map(PostalAddress::country)));
    values.put("account", text(contact.primaryAccountLink().or(() -> contact.accountLinks().stream().findFirst())
        .map(AccountLink::accountId).map(id -> id.value())));
    values.put("ownerId", text(contact.ownerId().map(id -> id.value())));
    contact.customFields().asMap().forEach((name, value) -> values.put(name, List.of(text(value))));
    return new DataRecord(contact.id().value(), values);
  }

  private static String text(CustomFieldValue value) {
    if (value instanceof CustomFieldValue.Text t) {
      return t.value();
    } else if (value instanceof CustomFieldValue.Number n) {
      return n.value().toPlainString();
    } else if (value instanceof CustomFieldValue.Date d) {
      return d.value().toString();
    } else if (value instanceof CustomFieldValue.Flag f) {
      return Boolean.toString(f.value());
    }
    return ((CustomFieldValue.Choice) value).value();
  }

  private static List<String> text(Optional<String> value) {
    return value.map(List::of).orElse(List.of());
  }
}
