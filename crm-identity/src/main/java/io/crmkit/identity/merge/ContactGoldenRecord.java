package io.crmkit.identity.merge;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.Contact;
import java.util.List;
import java.util.Optional;

/**
 * A golden record: the surviving contact as the merge makes it, and how each of its fields was
 * decided.
 *
 * @param contact the survivor with every field decided (its id, creation time and version unchanged)
 * @param decisions one decision per field, in the order of {@link ContactSurvivorship#FIELDS}, then
 *     custom fields by name
 */
public record ContactGoldenRecord(Contact contact, List<FieldDecision> decisions) {
  /** Checks both parts and keeps an immutable copy of the decisions. */
  public ContactGoldenRecord {
    CrmValidationException.required("goldenRecord.contact", contact);
    decisions = List.copyOf(CrmValidationException.required("goldenRecord.decisions", decisions));
  }

  /** The decision about one field, such as {@code firstName} or {@code customFields.tier}, if it was decided. */
  public Optional<FieldDecision> decision(String field) {
    return decisions.stream().filter(d -> d.field().equals(field)).findFirst();
  }
}
