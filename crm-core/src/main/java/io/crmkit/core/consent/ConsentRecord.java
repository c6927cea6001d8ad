package io.crmkit.core.consent;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a {@link ConsentLedger}: what a person said about one channel and purpose, when it
 * was captured, where from, the evidence for it and the interval it applies to.
 *
 * <p>A record is never changed once in a ledger; a change of mind or a double opt-in confirmation is
 * a new record. The effective interval is half-open: from {@link #effectiveFrom()} inclusive to
 * {@link #effectiveTo()} exclusive (open-ended when absent).
 */
@Value.Immutable
public abstract class ConsentRecord implements WithConsentRecord {

  /** The channel consented to (or refused). */
  public abstract ConsentChannel channel();

  /** The purpose consented to (or refused). */
  public abstract ConsentPurpose purpose();

  /** Granted, denied or withdrawn. */
  public abstract ConsentStatus status();

  /** When the business learned of it: the ledger answers for an instant only from records captured by then. */
  public abstract Instant capturedAt();

  /** Where it was captured, white space folded: {@code web form}, {@code import}, {@code call centre}. */
  public abstract String source();

  /**
   * The proof, stripped but otherwise kept as given: the form's URL and the sender's IP address, a
   * document reference, a call recording id.
   */
  public abstract String evidence();

  /** The first instant the record applies; defaults to {@link #capturedAt()}. May be earlier (an imported past consent). */
  @Value.Default
  public Instant effectiveFrom() {
    return capturedAt();
  }

  /** The first instant the record no longer applies (exclusive end), after {@link #effectiveFrom()}; absent when open-ended. */
  public abstract Optional<Instant> effectiveTo();

  /** Whether this grant only counts once the person confirmed it (double opt-in); only grants can require it. */
  @Value.Default
  public boolean doubleOptInRequired() {
    return false;
  }

  /** When the person confirmed the double opt-in; only on a grant that requires it. */
  public abstract Optional<Instant> doubleOptInConfirmedAt();

  /** The channel and purpose this record is about. */
  public ConsentScope scope() {
    return new ConsentScope(channel(), purpose());
  }

  /** Whether the record applies at {@code at}: {@code effectiveFrom <= at < effectiveTo}. */
  public boolean isEffectiveAt(Instant at) {
    CrmValidationException.required("at", at);
    return !at.isBefore(effectiveFrom()) && effectiveTo().map(at::isBefore).orElse(true);
  }

  /** Whether this grant's double opt-in is required and was confirmed at or before {@code at}. */
  public boolean isConfirmedAt(Instant at) {
    CrmValidationException.required("at", at);
    return doubleOptInConfirmedAt().map(c -> !c.isAfter(at)).orElse(false);
  }

  /**
   * The record that confirms this grant's double opt-in: this record confirmed and captured at
   * {@code confirmedAt}, to append to the ledger.
   *
   * @throws CrmValidationException when this record does not require a double opt-in
   */
  public ConsentRecord confirmation(Instant confirmedAt) {
    CrmValidationException.required("consent.doubleOptInConfirmedAt", confirmedAt);
    if (!doubleOptInRequired()) {
      throw CrmValidationException.of("consent.doubleOptInConfirmedAt", "notRequired", confirmedAt,
          "only a grant that requires a double opt-in can be confirmed");
    }
    return builder().from(this).capturedAt(confirmedAt).doubleOptInConfirmedAt(confirmedAt).build();
  }

  /** A builder; channel, purpose, status, capturedAt, source and evidence are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsentRecord}. */
  public static class Builder extends ImmutableConsentRecord.Builder {}

  @Value.Check
  ConsentRecord normalised() {
    String cleanSource = Texts.fold(source());
    if (cleanSource.isEmpty()) {
      throw CrmValidationException.of("consent.source", "required", source(), "say where the consent was captured");
    }
    String cleanEvidence = evidence().strip();
    if (Texts.fold(cleanEvidence).isEmpty()) {
      throw CrmValidationException.of("consent.evidence", "required", evidence(),
          "evidence is required so that the consent can be proven");
    }
    if (effectiveTo().isPresent() && !effectiveTo().get().isAfter(effectiveFrom())) {
      throw CrmValidationException.of("consent.effectiveTo", "order", effectiveTo().get(),
          "effectiveTo must be after effectiveFrom " + effectiveFrom());
    }
    if (doubleOptInRequired() && status() != ConsentStatus.GRANTED) {
      throw CrmValidationException.of("consent.doubleOptInRequired", "grantOnly", status(),
          "only a grant can require a double opt-in");
    }
    if (doubleOptInConfirmedAt().isPresent() && !doubleOptInRequired()) {
      throw CrmValidationException.of("consent.doubleOptInConfirmedAt", "notRequired", doubleOptInConfirmedAt().get(),
          "a confirmation time is only kept for a grant that requires a double opt-in");
    }
    if (cleanSource.equals(source()) && cleanEvidence.equals(evidence())) {
      return this;
    }
    return withSource(cleanSource).withEvidence(cleanEvidence);
  }
}
