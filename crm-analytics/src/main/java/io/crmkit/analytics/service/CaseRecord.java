package io.crmkit.analytics.service;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.support.CaseSeverity;
import io.crmkit.core.support.CaseType;
import io.crmkit.core.support.SupportCase;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One support case as the service measures read it: its type, times, how its service-level timers
 * ended, the customer's rating, and how much contact it took.
 *
 * <p>Rules that hold for every record:
 *
 * <ul>
 *   <li>The first response and the resolution are not before the opening.
 *   <li>A CSAT rating is 1 (very dissatisfied) to 5 (very satisfied); 4 and 5 count as satisfied.
 *   <li>The reopen count is 0 or more; the contact count, when known, 1 or more.
 *   <li>The channel is stripped and lower-case.
 * </ul>
 */
@Value.Immutable
public abstract class CaseRecord implements WithCaseRecord {
  /** The lowest CSAT rating. */
  public static final int LOWEST_RATING = 1;
  /** The highest CSAT rating. */
  public static final int HIGHEST_RATING = 5;
  /** The lowest rating that counts as satisfied. */
  public static final int SATISFIED_FROM = 4;

  /** The case. */
  public abstract CaseId id();

  /** What kind of help was asked for. */
  public abstract CaseType type();

  /** How badly it hurt; {@link CaseSeverity#MEDIUM} unless set. */
  @Value.Default
  public CaseSeverity severity() {
    return CaseSeverity.MEDIUM;
  }

  /** The channel it came in by, lower-case: {@code email}, {@code phone}; {@code unknown} unless set. */
  @Value.Default
  public String channel() {
    return "unknown";
  }

  /** When the customer asked for help. */
  public abstract Instant openedAt();

  /** When support first answered, if it has. */
  public abstract Optional<Instant> firstRespondedAt();

  /** When the case was (last) resolved, if it is. */
  public abstract Optional<Instant> resolvedAt();

  /** How the first-response timer ended; {@link SlaOutcome#NO_TARGET} unless set. */
  @Value.Default
  public SlaOutcome firstResponse() {
    return SlaOutcome.NO_TARGET;
  }

  /** How the resolution timer ended; {@link SlaOutcome#NO_TARGET} unless set. */
  @Value.Default
  public SlaOutcome resolution() {
    return SlaOutcome.NO_TARGET;
  }

  /** The customer's satisfaction rating, 1 to 5, if they gave one. */
  public abstract OptionalInt csat();

  /** How many times the customer reopened the case after a resolution; 0 unless set. */
  @Value.Default
  public int reopenCount() {
    return 0;
  }

  /** How many customer contacts (calls, messages) the case took, 1 or more, when tracked. */
  public abstract OptionalInt contacts();

  /** Whether self-service (an article, a bot) resolved it without an agent; false unless set. */
  @Value.Default
  public boolean deflected() {
    return false;
  }

  /** A builder; id, type and openedAt are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseRecord}. */
  public static class Builder extends ImmutableCaseRecord.Builder {}

  /**
   * The record of a crm-core support case, its timers judged on the wall clock against
   * {@code targets} as of {@code asOf}: a milestone reached after its target, or not reached when
   * the target has passed, is breached. Set CSAT, contacts and deflection with the {@code with...}
   * methods.
   */
  public static CaseRecord from(SupportCase supportCase, ServiceTargets targets, Instant asOf) {
    CrmValidationException.required("supportCase", supportCase);
    CrmValidationException.required("targets", targets);
    CrmValidationException.required("asOf", asOf);
    CaseSeverity severity = supportCase.severity();
    return builder()
        .id(supportCase.id())
        .type(supportCase.type())
        .severity(severity)
        .channel(supportCase.origin())
        .openedAt(supportCase.openedAt())
        .firstRespondedAt(supportCase.firstRespondedAt())
        .resolvedAt(supportCase.resolvedAt())
        .firstResponse(ServiceTargets.judge(Optional.ofNullable(targets.firstResponse().get(severity)),
            supportCase.openedAt(), supportCase.firstRespondedAt(), asOf))
        .resolution(ServiceTargets.judge(Optional.ofNullable(targets.resolution().get(severity)),
            supportCase.openedAt(), supportCase.resolvedAt(), asOf))
        .reopenCount(supportCase.reopenCount())
        .build();
  }

  /** Whether the case is resolved. */
  public boolean isResolved() {
    return resolvedAt().isPresent();
  }

  /** The time to the first response, once answered (wall clock). */
  public Optional<Duration> timeToFirstResponse() {
    return firstRespondedAt().map(at -> Duration.between(openedAt(), at));
  }

  /** The time to the (last) resolution, once resolved (wall clock). */
  public Optional<Duration> timeToResolution() {
    return resolvedAt().map(at -> Duration.between(openedAt(), at));
  }

  /**
   * Whether it was resolved at the first contact: resolved, in one contact, never reopened; empty
   * when unresolved or the contacts are not tracked.
   */
  public Optional<Boolean> resolvedAtFirstContact() {
    if (!isResolved() || contacts().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(contacts().getAsInt() == 1 && reopenCount() == 0);
  }

  @Value.Check
  CaseRecord normalised() {
    notBefore("caseRecord.firstRespondedAt", firstRespondedAt());
    notBefore("caseRecord.resolvedAt", resolvedAt());
    if (csat().isPresent() && (csat().getAsInt() < LOWEST_RATING || csat().getAsInt() > HIGHEST_RATING)) {
      throw CrmValidationException.of("caseRecord.csat", "range", csat().getAsInt(), "a rating is 1 to 5");
    }
    if (reopenCount() < 0) {
      throw CrmValidationException.of("caseRecord.reopenCount", "range", reopenCount(), "a count is 0 or more");
    }
    if (contacts().isPresent() && contacts().getAsInt() < 1) {
      throw CrmValidationException.of("caseRecord.contacts", "range", contacts().getAsInt(),
          "a case takes at least one contact");
    }
    String cleanChannel = CrmValidationException.requiredText("caseRecord.channel", channel()).toLowerCase(Locale.ROOT);
    return cleanChannel.equals(channel()) ? this : withChannel(cleanChannel);
  }

  private void notBefore(String field, Optional<Instant> at) {
    if (at.isPresent() && at.get().isBefore(openedAt())) {
      throw CrmValidationException.of(field, "order", at.get(), "it is before the opening at " + openedAt());
    }
  }
}
