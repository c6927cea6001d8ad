package io.crmkit.core.support;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.id.ProductId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.internal.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's request for help, from the first message to its closing.
 *
 * <p>Rules that hold for every case:
 *
 * <ul>
 *   <li>It concerns a contact, an account or both.
 *   <li>The first response, resolution and closing are never before the opening, and the closing
 *       never before the resolution.
 *   <li>A new case has no first response yet.
 *   <li>A resolved or closed case has {@link #resolvedAt()}; a case still being worked has one only
 *       if it was reopened (the time of its last resolution).
 *   <li>A closed case, and only a closed case, has {@link #closedAt()}.
 * </ul>
 */
@Value.Immutable
public abstract class SupportCase implements Aggregate<CaseId>, WithSupportCase {

  @Override
  public abstract CaseId id();

  /** The case number as people quote it, white space folded and upper-case: {@code CS-004211}. */
  public abstract String caseNumber();

  /** What the case is about, in a line; white space folded. */
  public abstract String subject();

  /** The customer's account of the problem, stripped. */
  public abstract Optional<String> description();

  /** What kind of help is asked for. */
  public abstract CaseType type();

  /** How badly it hurts the customer. */
  public abstract CaseSeverity severity();

  /** Where the case stands; new unless set. */
  @Value.Default
  public CaseStatus status() {
    return CaseStatus.NEW;
  }

  /** The agent or queue that owns the case. */
  public abstract UserId ownerId();

  /** The person who asked for help, if known. */
  public abstract Optional<ContactId> contactId();

  /** The customer account, if known. */
  public abstract Optional<AccountId> accountId();

  /** The product concerned, if known. */
  public abstract Optional<ProductId> productId();

  /** The order concerned, if known. */
  public abstract Optional<OrderId> orderId();

  /** The channel the case came in by, folded lower-case: {@code email}, {@code phone}, {@code web}. */
  public abstract String origin();

  /** When the customer asked for help. */
  public abstract Instant openedAt();

  /** When support first answered; never before {@link #openedAt()}. */
  public abstract Optional<Instant> firstRespondedAt();

  /** When the case was (last) resolved; present when resolved or closed. */
  public abstract Optional<Instant> resolvedAt();

  /** When the case was closed; present if and only if it is closed. */
  public abstract Optional<Instant> closedAt();

  /** How many times the customer reopened the case after a resolution; 0 or more. */
  @Value.Default
  public int reopenCount() {
    return 0;
  }

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
    return "SupportCase";
  }

  /**
   * A builder; id, caseNumber, subject, type, severity, ownerId, origin, openedAt, createdAt,
   * updatedAt and a contactId or an accountId are required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SupportCase}. */
  public static class Builder extends ImmutableSupportCase.Builder {}

  /**
   * Normalises a case number: white space folded, upper-case.
   *
   * @throws CrmValidationException when it is blank (rule {@code required})
   */
  public static String normaliseCaseNumber(String raw) {
    return Texts.fold(CrmValidationException.requiredText("supportCase.caseNumber", raw)).toUpperCase(Locale.ROOT);
  }

  /** Whether work on the case has ended: resolved or closed. */
  public boolean isDone() {
    return status().isDone();
  }

  /** The time from opening to the first response, once answered (wall-clock, not business hours). */
  public Optional<Duration> timeToFirstResponse() {
    return firstRespondedAt().map(at -> Duration.between(openedAt(), at));
  }

  /** The time from opening to the (last) resolution, once resolved (wall-clock, not business hours). */
  public Optional<Duration> timeToResolution() {
    return resolvedAt().map(at -> Duration.between(openedAt(), at));
  }

  @Value.Check
  SupportCase normalised() {
    String cleanNumber = normaliseCaseNumber(caseNumber());
    String cleanSubject = Texts.fold(subject());
    if (cleanSubject.isEmpty()) {
      throw CrmValidationException.of("supportCase.subject", "required", subject(), "a subject is required");
    }
    String cleanOrigin = Texts.fold(origin()).toLowerCase(Locale.ROOT);
    if (cleanOrigin.isEmpty()) {
      throw CrmValidationException.of("supportCase.origin", "required", origin(), "an origin channel is required");
    }
    Aggregate.checkBasics("supportCase", this);
    if (reopenCount() < 0) {
      throw CrmValidationException.of("supportCase.reopenCount", "range", reopenCount(), "a reopen count is 0 or more");
    }
    if (contactId().isEmpty() && accountId().isEmpty()) {
      throw CrmValidationException.of("supportCase.contactOrAccount", "required", null,
          "a case concerns a contact, an account or both");
    }
    checkTimes();
    Optional<String> cleanDescription = description().map(String::strip).filter(s -> !s.isEmpty());
    if (cleanNumber.equals(caseNumber()) && cleanSubject.equals(subject()) && cleanOrigin.equals(origin())
        && cleanDescription.equals(description())) {
      return this;
    }
    return builder().from(this).caseNumber(cleanNumber).subject(cleanSubject).origin(cleanOrigin)
        .description(cleanDescription).build();
  }

  private void checkTimes() {
    notBefore("supportCase.firstRespondedAt", firstRespondedAt(), openedAt(), "the opening");
    notBefore("supportCase.resolvedAt", resolvedAt(), openedAt(), "the opening");
    notBefore("supportCase.closedAt", closedAt(), resolvedAt().orElse(openedAt()), "the resolution");
    if (status() == CaseStatus.NEW && firstRespondedAt().isPresent()) {
      throw CrmValidationException.of("supportCase.firstRespondedAt", "forbidden", firstRespondedAt().get(),
          "a new case has no response yet");
    }
    if (isDone() && resolvedAt().isEmpty()) {
      throw CrmValidationException.of("supportCase.resolvedAt", "required", null,
          "a resolved or closed case has a resolution time");
    }
    if (!isDone() && resolvedAt().isPresent() && reopenCount() == 0) {
      throw CrmValidationException.of("supportCase.resolvedAt", "forbidden", resolvedAt().get(),
          "a case still being worked has a resolution time only if it was reopened");
    }
    boolean closed = status() == CaseStatus.CLOSED;
    if (closed && closedAt().isEmpty()) {
      throw CrmValidationException.of("supportCase.closedAt", "required", null, "a closed case has a closing time");
    }
    if (!closed && closedAt().isPresent()) {
      throw CrmValidationException.of("supportCase.closedAt", "forbidden", closedAt().get(),
          "only a closed case has a closing time");
    }
  }

  private static void notBefore(String field, Optional<Instant> time, Instant earliest, String what) {
    if (time.isPresent() && time.get().isBefore(earliest)) {
      throw CrmValidationException.of(field, "order", time.get(), "it is before " + what + " at " + earliest);
    }
  }
}
