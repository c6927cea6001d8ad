package io.crmkit.core.contact;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentRecord;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.internal.Texts;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.PostalAddress;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A person the business deals with: names, ways to reach them, the accounts they belong to, where
 * they stand in the lifecycle, what they consented to and where they came from.
 *
 * <p>A contact has a first or last name, or at least an e-mail address. Names and the job title are
 * white space folded, blank ones absent. E-mail addresses, phone numbers and postal addresses hold no
 * duplicates; the first e-mail address is the primary one.
 */
@Value.Immutable
public abstract class Contact implements Aggregate<ContactId>, WithContact {

  @Override
  public abstract ContactId id();

  /** The given name. */
  public abstract Optional<String> firstName();

  /** The middle name or names. */
  public abstract Optional<String> middleName();

  /** The family name. */
  public abstract Optional<String> lastName();

  /** The job title, as the person gives it. */
  public abstract Optional<String> jobTitle();

  /** E-mail addresses without duplicates; the first is the primary one. */
  public abstract List<EmailAddress> emails();

  /** Phone numbers without duplicates, most used first. */
  public abstract List<PhoneNumber> phones();

  /** Postal addresses without duplicates, most used first. */
  public abstract List<PostalAddress> postalAddresses();

  /** Links to the accounts the contact belongs to: one per account, at most one primary. */
  public abstract List<AccountLink> accountLinks();

  /** Where the contact stands in the relationship; {@link LifecycleStage#LEAD} unless set. */
  @Value.Default
  public LifecycleStage lifecycleStage() {
    return LifecycleStage.LEAD;
  }

  /** What the contact consented to, and when; empty unless set. */
  @Value.Default
  public ConsentLedger consent() {
    return ConsentLedger.empty();
  }

  /** The marketing touches that brought the contact; none unless set. */
  @Value.Default
  public Attribution attribution() {
    return Attribution.none();
  }

  /** The user who owns the contact. */
  public abstract Optional<UserId> ownerId();

  /**
   * The contact this one was merged into, when it was merged away as a duplicate; never its own id.
   * A merged contact is kept (so that the merge can be undone and old references still resolve)
   * but no longer used: follow this id to the surviving record.
   */
  public abstract Optional<ContactId> mergedInto();

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
    return "Contact";
  }

  /**
   * The name to show: first and last name separated by a space, or the one given, or the primary
   * e-mail address when there is no name.
   */
  public String displayName() {
    String name = Stream.of(firstName(), lastName()).flatMap(Optional::stream).collect(Collectors.joining(" "));
    return name.isEmpty() ? emails().get(0).value() : name;
  }

  /** The primary e-mail address: the first one, if any. */
  public Optional<EmailAddress> primaryEmail() {
    return emails().stream().findFirst();
  }

  /** Whether the contact was merged into another one ({@link #mergedInto()} is present). */
  public boolean isMerged() {
    return mergedInto().isPresent();
  }

  /** The link marked primary, if any. */
  public Optional<AccountLink> primaryAccountLink() {
    return accountLinks().stream().filter(AccountLink::primary).findFirst();
  }

  /** Whether the contact is linked to an account. */
  public boolean isLinkedTo(AccountId accountId) {
    CrmValidationException.required("accountId", accountId);
    return accountLinks().stream().anyMatch(l -> l.accountId().equals(accountId));
  }

  /**
   * This contact with a consent record appended to its ledger; this contact is unchanged.
   *
   * @throws CrmValidationException when the record was captured before the ledger's last record
   */
  public Contact withConsent(ConsentRecord record) {
    return withConsent(consent().record(record));
  }

  /** A builder; id, createdAt, updatedAt and a name or an e-mail address are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contact}. */
  public static class Builder extends ImmutableContact.Builder {}

  @Value.Check
  Contact normalised() {
    Optional<String> first = clean(firstName());
    Optional<String> middle = clean(middleName());
    Optional<String> last = clean(lastName());
    Optional<String> title = clean(jobTitle());
    if (first.isEmpty() && last.isEmpty() && emails().isEmpty()) {
      throw CrmValidationException.of("contact.name", "required", "",
          "a contact needs a first name, a last name or an e-mail address");
    }
    Aggregate.checkBasics("contact", this);
    noDuplicates("contact.emails", emails());
    noDuplicates("contact.phones", phones());
    noDuplicates("contact.postalAddresses", postalAddresses());
    noDuplicates("contact.accountLinks", accountLinks().stream().map(AccountLink::accountId).toList());
    if (mergedInto().isPresent() && mergedInto().get().equals(id())) {
      throw CrmValidationException.of("contact.mergedInto", "self", mergedInto().get(),
          "a contact cannot be merged into itself");
    }
    if (accountLinks().stream().filter(AccountLink::primary).count() > 1) {
      throw CrmValidationException.of("contact.accountLinks", "primary",
          accountLinks().stream().filter(AccountLink::primary).map(AccountLink::accountId).toList(),
          "at most one account link is primary");
    }
    if (first.equals(firstName()) && middle.equals(middleName()) && last.equals(lastName())
        && title.equals(jobTitle())) {
      return this;
    }
    return withFirstName(first).withMiddleName(middle).withLastName(last).withJobTitle(title);
  }

  private static Optional<String> clean(Optional<String> text) {
    return text.map(Texts::fold).filter(s -> !s.isEmpty());
  }

  private static <T> void noDuplicates(String field, List<T> values) {
    Set<T> seen = new HashSet<>();
    for (T v : values) {
      if (!seen.add(v)) {
        throw CrmValidationException.of(field, "duplicate", v, "each value appears once");
      }
    }
  }
}
