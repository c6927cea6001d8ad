package io.crmkit.identity.merge;

import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.PostalAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The fields of a contact by name, to read, set and compare them one by one: every field but the
 * id, the timestamps and the version, and each custom field as {@code customFields.<name>}.
 */
final class ContactFields {
  /** The prefix of a custom field's name. */
  static final String CUSTOM = "customFields.";

  /** One field: its name and how to read and set it. */
  record Field(String name, Function<Contact, Object> get, BiFunction<Contact, Object, Contact> set) {}

  @SuppressWarnings("unchecked")
  static final List<Field> FIELDS = List.of(
      new Field("firstName", Contact::firstName, (c, v) -> c.withFirstName((Optional<String>) v)),
      new Field("middleName", Contact::middleName, (c, v) -> c.withMiddleName((Optional<String>) v)),
      new Field("lastName", Contact::lastName, (c, v) -> c.withLastName((Optional<String>) v)),
      new Field("jobTitle", Contact::jobTitle, (c, v) -> c.withJobTitle((Optional<String>) v)),
      new Field("emails", Contact::emails, (c, v) -> c.withEmails((List<EmailAddress>) v)),
      new Field("phones", Contact::phones, (c, v) -> c.withPhones((List<PhoneNumber>) v)),
      new Field("postalAddresses", Contact::postalAddresses, (c, v) -> c.withPostalAddresses((List<PostalAddress>) v)),
      new Field("accountLinks", Contact::accountLinks, (c, v) -> c.withAccountLinks((List<AccountLink>) v)),
      new Field("lifecycleStage", Contact::lifecycleStage, (c, v) -> c.withLifecycleStage((LifecycleStage) v)),
      new Field("consent", Contact::consent, (c, v) -> c.withConsent((ConsentLedger) v)),
      new Field("attribution", Contact::attribution, (c, v) -> c.withAttribution((Attribution) v)),
      new Field("ownerId", Contact::ownerId, (c, v) -> c.withOwnerId((Optional<UserId>) v)),
      new Field("mergedInto", Contact::mergedInto, (c, v) -> c.withMergedInto((Optional<ContactId>) v)));

  private ContactFields() {}

  /** The names of every field (custom fields included) whose value differs between the two copies, sorted. */
  static List<String> changed(Contact before, Contact after) {
    List<String> names = new ArrayList<>();
    for (Field f : FIELDS) {
      if (!f.get().apply(before).equals(f.get().apply(after))) {
        names.add(f.name());
      }
    }
    TreeSet<String> custom = new TreeSet<>(before.customFields().asMap().keySet());
    custom.addAll(after.customFields().asMap().keySet());
    for (String name : custom) {
      if (!before.customFields().get(name).equals(after.customFields().get(name))) {
        names.add(CUSTOM + name);
      }
    }
    names.sort(null);
    return List.copyOf(names);
  }

  /** The value of a field by name; a custom field's is an {@code Optional<CustomFieldValue>}. */
  static Object get(Contact contact, String name) {
    if (name.startsWith(CUSTOM)) {
      return contact.customFields().get(name.substring(CUSTOM.length()));
    }
    return field(name).get().apply(contact);
  }

  /** The contact with one field set by name; a custom field takes an {@code Optional<CustomFieldValue>}. */
  @SuppressWarnings("unchecked")
  static Contact set(Contact contact, String name, Object value) {
    if (name.startsWith(CUSTOM)) {
      String key = name.substring(CUSTOM.length());
      Optional<CustomFieldValue> v = (Optional<CustomFieldValue>) value;
      return contact.withCustomFields(v.map(x -> contact.customFields().with(key, x))
          .orElseGet(() -> contact.customFields().without(key)));
    }
    return field(name).set().apply(contact, value);
  }

  private static Field field(String name) {
    return FIELDS.stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a contact field: " + name));
  }
}
