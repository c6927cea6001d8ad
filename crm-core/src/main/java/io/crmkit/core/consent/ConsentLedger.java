package io.crmkit.core.consent;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.crmkit.core.CrmValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A person's consent history: every {@link ConsentRecord} in the order it was appended, never
 * changed or removed. It answers what was permitted at any instant, so the past stays provable.
 *
 * <p>Records are appended in capture order: a record captured before the last one is refused, so
 * appending a record never changes an answer for an instant before the new record's capture time.
 *
 * <p>The answer for a channel and purpose at an instant {@code at} comes from the records that were
 * captured at or before {@code at} and whose effective interval contains {@code at}: the one with
 * the latest {@code effectiveFrom} wins, ties going to the latest {@code capturedAt}, then to the
 * one appended last. Contact is permitted only when that record is a grant and, when it required a
 * double opt-in, the opt-in was confirmed at or before {@code at}.
 */
public final class ConsentLedger {
  private static final ConsentLedger EMPTY = new ConsentLedger(ImmutableList.of());

  private final ImmutableList<ConsentRecord> records;

  private ConsentLedger(ImmutableList<ConsentRecord> records) {
    this.records = records;
  }

  /** A ledger with no record. */
  public static ConsentLedger empty() {
    return EMPTY;
  }

  /**
   * A ledger holding these records in this order.
   *
   * @throws CrmValidationException when a record is null or captured before the record preceding it
   */
  public static ConsentLedger of(List<ConsentRecord> records) {
    CrmValidationException.required("consent.records", records);
    ImmutableList.Builder<ConsentRecord> checked = ImmutableList.builderWithExpectedSize(records.size());
    ConsentRecord previous = null;
    for (ConsentRecord r : records) {
      checkAppendable(previous, r);
      checked.add(r);
      previous = r;
    }
    return previous == null ? EMPTY : new ConsentLedger(checked.build());
  }

  /**
   * This ledger with one more record at the end; this ledger is unchanged.
   *
   * @throws CrmValidationException ({@code consent.capturedAt}, {@code order}) when the record was
   *     captured before the last record in the ledger
   */
  public ConsentLedger record(ConsentRecord record) {
    checkAppendable(records.isEmpty() ? null : records.get(records.size() - 1), record);
    return new ConsentLedger(ImmutableList.<ConsentRecord>builderWithExpectedSize(records.size() + 1)
        .addAll(records).add(record).build());
  }

  /** Every record, oldest appended first. */
  public List<ConsentRecord> records() {
    return records;
  }

  /** Whether no record is kept. */
  public boolean isEmpty() {
    return records.isEmpty();
  }

  /** The records about one channel and purpose, oldest appended first. */
  public List<ConsentRecord> history(ConsentChannel channel, ConsentPurpose purpose) {
    ConsentScope scope = ConsentScope.of(channel, purpose);
    return records.stream().filter(r -> r.scope().equals(scope)).collect(ImmutableList.toImmutableList());
  }

  /** Whether contact on {@code channel} for {@code purpose} was (or is) permitted at {@code at}. */
  public boolean permits(ConsentChannel channel, ConsentPurpose purpose, Instant at) {
    return decision(channel, purpose, at).permitted();
  }

  /** The answer for {@code channel} and {@code purpose} at {@code at}, with the record that gave it and why. */
  public ConsentDecision decision(ConsentChannel channel, ConsentPurpose purpose, Instant at) {
    return decision(ConsentScope.of(channel, purpose), at);
  }

  /** The answer for a scope at {@code at}, with the record that gave it and why. */
  public ConsentDecision decision(ConsentScope scope, Instant at) {
    CrmValidationException.required("consent.scope", scope);
    CrmValidationException.required("at", at);
    Optional<ConsentRecord> answer = answering(scope, at);
    return new ConsentDecision(scope, at, answer.map(r -> reason(r, at)).orElse(ConsentReason.NO_RECORD), answer);
  }

  /**
   * The status recorded for every channel and purpose that has a record applying at {@code at},
   * sorted by scope. A grant still awaiting its double opt-in shows as {@code GRANTED}; ask
   * {@link #decision(ConsentScope, Instant)} whether it permits contact.
   */
  public SortedMap<ConsentScope, ConsentStatus> currentStatuses(Instant at) {
    CrmValidationException.required("at", at);
    TreeSet<ConsentScope> scopes = new TreeSet<>();
    records.forEach(r -> scopes.add(r.scope()));
    ImmutableSortedMap.Builder<ConsentScope, ConsentStatus> statuses = ImmutableSortedMap.naturalOrder();
    for (ConsentScope scope : scopes) {
      answering(scope, at).ifPresent(r -> statuses.put(scope, r.status()));
    }
    return statuses.buildOrThrow();
  }

  private static void checkAppendable(@Nullable ConsentRecord last, @Nullable ConsentRecord next) {
    CrmValidationException.required("consent.record", next);
    if (last != null && next.capturedAt().isBefore(last.capturedAt())) {
      throw CrmValidationException.of("consent.capturedAt", "order", next.capturedAt(),
          "records are appended in capture order; the last was captured at " + last.capturedAt());
    }
  }

  private Optional<ConsentRecord> answering(ConsentScope scope, Instant at) {
    @Nullable ConsentRecord best = null;
    for (ConsentRecord r : records) {
      if (!r.scope().equals(scope) || r.capturedAt().isAfter(at) || !r.isEffectiveAt(at)) {
        continue;
      }
      // Later effectiveFrom wins, then later capturedAt; on a full tie the one appended later (this one) wins.
      if (best == null
          || r.effectiveFrom().isAfter(best.effectiveFrom())
          || r.effectiveFrom().equals(best.effectiveFrom()) && !r.capturedAt().isBefore(best.capturedAt())) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  private static ConsentReason reason(ConsentRecord r, Instant at) {
    return switch (r.status()) {
      case DENIED -> ConsentReason.DENIED;
      case WITHDRAWN -> ConsentReason.WITHDRAWN;
      case GRANTED -> !r.doubleOptInRequired() || r.isConfirmedAt(at)
          ? ConsentReason.GRANTED : ConsentReason.AWAITING_DOUBLE_OPT_IN;
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConsentLedger other && records.equals(other.records);
  }

  @Override
  public int hashCode() {
    return records.hashCode();
  }

  @Override
  public String toString() {
    return "ConsentLedger" + records;
  }
}
