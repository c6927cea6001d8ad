package io.crmkit.core.activity;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.internal.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A call, e-mail, meeting, task or note, related to at least one contact, account, lead,
 * opportunity or case; the entries of a timeline.
 *
 * <p>Timelines order activities by {@link #occurredAt()}: when done, else when due, else when
 * created.
 */
@Value.Immutable
public abstract class Activity implements Aggregate<ActivityId>, WithActivity {

  @Override
  public abstract ActivityId id();

  /** Call, e-mail, meeting, task or note. */
  public abstract ActivityType type();

  /** A one-line summary, white space folded. */
  public abstract String subject();

  /** The text: the e-mail body, the call notes; stripped, absent when blank. */
  public abstract Optional<String> body();

  /** When it is due or scheduled. */
  public abstract Optional<Instant> due();

  /** When it was done (held, sent, completed). */
  public abstract Optional<Instant> doneAt();

  /** How long it took; not negative. */
  public abstract Optional<Duration> duration();

  /** Inbound or outbound; only for calls and e-mails. */
  public abstract Optional<ActivityDirection> direction();

  /** The contacts involved, without duplicates. */
  public abstract List<ContactId> contactIds();

  /** The account it relates to. */
  public abstract Optional<AccountId> accountId();

  /** The lead it relates to. */
  public abstract Optional<LeadId> leadId();

  /** The opportunity it relates to. */
  public abstract Optional<OpportunityId> opportunityId();

  /** The support case it relates to. */
  public abstract Optional<CaseId> caseId();

  /** The user who did it or has to do it. */
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
    return "Activity";
  }

  /** When it happened, to order a timeline: when done, else when due, else when created. */
  public Instant occurredAt() {
    return doneAt().or(this::due).orElse(createdAt());
  }

  /** Whether it is a task not yet done. */
  public boolean isOpen() {
    return type() == ActivityType.TASK && doneAt().isEmpty();
  }

  /** Whether it is an open task whose due time is before {@code at}. */
  public boolean isOverdue(Instant at) {
    CrmValidationException.required("at", at);
    return isOpen() && due().map(d -> d.isBefore(at)).orElse(false);
  }

  /** A builder; id, type, subject, createdAt, updatedAt and one related record are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Activity}. */
  public static class Builder extends ImmutableActivity.Builder {}

  @Value.Check
  Activity normalised() {
    String cleanSubject = Texts.fold(subject());
    if (cleanSubject.isEmpty()) {
      throw CrmValidationException.of("activity.subject", "required", subject(), "a subject is required");
    }
    Aggregate.checkBasics("activity", this);
    if (duration().isPresent() && duration().get().isNegative()) {
      throw CrmValidationException.of("activity.duration", "range", duration().get(), "a duration is not negative");
    }
    if (direction().isPresent() && !type().hasDirection()) {
      throw CrmValidationException.of("activity.direction", "type", type(),
          "only calls and e-mails go in or out");
    }
    if (contactIds().isEmpty() && accountId().isEmpty() && leadId().isEmpty() && opportunityId().isEmpty()
        && caseId().isEmpty()) {
      throw CrmValidationException.of("activity.related", "required", "",
          "an activity relates to a contact, an account, a lead, an opportunity or a case");
    }
    Set<ContactId> seen = new HashSet<>();
    for (ContactId c : contactIds()) {
      if (!seen.add(c)) {
        throw CrmValidationException.of("activity.contactIds", "duplicate", c, "each contact appears once");
      }
    }
    Optional<String> cleanBody = body().map(String::strip).filter(s -> !Texts.fold(s).isEmpty());
    if (cleanSubject.equals(subject()) && cleanBody.equals(body())) {
      return this;
    }
    return withSubject(cleanSubject).withBody(cleanBody);
  }
}
