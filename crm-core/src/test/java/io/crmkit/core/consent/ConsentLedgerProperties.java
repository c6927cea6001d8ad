package io.crmkit.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.PeopleFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class ConsentLedgerProperties {

  @Property
  boolean an_empty_ledger_never_permits(
      @ForAll("channels") ConsentChannel channel, @ForAll("purposes") ConsentPurpose purpose,
      @ForAll("instants") Instant at) {
    return !ConsentLedger.empty().permits(channel, purpose, at);
  }

  @Property
  void without_a_record_captured_by_then_nothing_is_permitted(
      @ForAll("ledgers") ConsentLedger ledger, @ForAll("scopes") ConsentScope scope, @ForAll("instants") Instant at) {
    // given no record of that scope was captured at or before the instant
    boolean noneCaptured = ledger.history(scope.channel(), scope.purpose()).stream()
        .noneMatch(r -> !r.capturedAt().isAfter(at));

    // when the ledger is asked
    ConsentDecision decision = ledger.decision(scope, at);

    // then it says there is no record and does not permit
    if (noneCaptured) {
      assertThat(decision.reason()).isEqualTo(ConsentReason.NO_RECORD);
      assertThat(decision.permitted()).isFalse();
    }
  }

  @Property
  void a_later_withdrawal_wins_from_its_effective_time_on(
      @ForAll("ledgers") ConsentLedger ledger, @ForAll("scopes") ConsentScope scope,
      @ForAll @IntRange(min = 0, max = 48) int captureDelayHours,
      @ForAll @IntRange(min = 0, max = 48) int effectiveDelayHours,
      @ForAll @IntRange(min = 0, max = 1000) int hoursAfterwards) {
    // given a withdrawal captured after every record and effective from no earlier than any record of its scope
    Instant lastCapture = lastCapture(ledger);
    Instant latestStart = ledger.history(scope.channel(), scope.purpose()).stream()
        .map(ConsentRecord::effectiveFrom).max(Instant::compareTo).orElse(PeopleFixtures.T0);
    ConsentRecord withdrawal = ConsentRecord.builder()
        .channel(scope.channel()).purpose(scope.purpose()).status(ConsentStatus.WITHDRAWN)
        .capturedAt(lastCapture.plus(Duration.ofHours(captureDelayHours)))
        .effectiveFrom(latestStart.plus(Duration.ofHours(effectiveDelayHours)))
        .source("unsubscribe link").evidence("https://example.com/unsubscribe?t=42")
        .build();

    // when it is recorded
    ConsentLedger after = ledger.record(withdrawal);

    // then from the moment it is both captured and effective, it answers and nothing is permitted
    Instant from = latestOf(withdrawal.capturedAt(), withdrawal.effectiveFrom());
    ConsentDecision decision = after.decision(scope, from.plus(Duration.ofHours(hoursAfterwards)));
    assertThat(decision.permitted()).isFalse();
    assertThat(decision.reason()).isEqualTo(ConsentReason.WITHDRAWN);
    assertThat(decision.answeredBy()).contains(withdrawal);
  }

  @Property
  void appending_never_changes_the_answer_for_an_instant_before_the_new_record_was_captured(
      @ForAll("ledgerAndNextRecord") Tuple2<ConsentLedger, ConsentRecord> given,
      @ForAll("scopes") ConsentScope scope, @ForAll @IntRange(min = 1, max = 200) int hoursBeforeCapture) {
    // given a ledger and a record captured after its last record
    ConsentLedger ledger = given.get1();
    ConsentRecord next = given.get2();
    Instant before = next.capturedAt().minus(Duration.ofHours(hoursBeforeCapture));

    // when the record is appended
    ConsentLedger after = ledger.record(next);

    // then every answer for an earlier instant is what it was
    assertThat(after.decision(scope, before)).isEqualTo(ledger.decision(scope, before));
  }

  @Property
  void appending_any_sequence_keeps_every_earlier_answer(
      @ForAll("ledgerAndLaterRecords") List<List<ConsentRecord>> split,
      @ForAll("scopes") ConsentScope scope, @ForAll @IntRange(min = 0, max = 200) int hoursFromT0) {
    // given a ledger and records appended to it later
    ConsentLedger ledger = ConsentLedger.of(split.get(0));
    ConsentLedger extended = ledger;
    for (ConsentRecord r : split.get(1)) {
      extended = extended.record(r);
    }
    Instant at = PeopleFixtures.hoursAfterT0(hoursFromT0);

    // then answers for instants before the first later capture are unchanged
    boolean beforeAllLater = split.get(1).stream().allMatch(r -> r.capturedAt().isAfter(at));
    if (beforeAllLater) {
      assertThat(extended.decision(scope, at)).isEqualTo(ledger.decision(scope, at));
    }
  }

  @Property
  void a_double_opt_in_not_confirmed_by_then_never_permits(
      @ForAll("ledgers") ConsentLedger ledger, @ForAll("scopes") ConsentScope scope, @ForAll("instants") Instant at) {
    ConsentDecision decision = ledger.decision(scope, at);

    decision.answeredBy()
        .filter(r -> r.doubleOptInRequired() && !r.doubleOptInConfirmedAt().map(c -> !c.isAfter(at)).orElse(false))
        .ifPresent(r -> {
          assertThat(decision.permitted()).isFalse();
          assertThat(decision.reason()).isEqualTo(ConsentReason.AWAITING_DOUBLE_OPT_IN);
        });
  }

  @Property
  void a_ledger_of_unconfirmed_double_opt_ins_never_permits(
      @ForAll("ledgers") ConsentLedger ledger, @ForAll("scopes") ConsentScope scope, @ForAll("instants") Instant at) {
    // given every grant requires a double opt-in that was never confirmed
    ConsentLedger unconfirmed = ConsentLedger.of(ledger.records().stream()
        .map(r -> r.status() == ConsentStatus.GRANTED
            ? ConsentRecord.builder().from(r).doubleOptInRequired(true).doubleOptInConfirmedAt(Optional.empty()).build()
            : r)
        .toList());

    // then nothing is ever permitted
    assertThat(unconfirmed.permits(scope.channel(), scope.purpose(), at)).isFalse();
  }

  @Property
  void the_answering_record_applies_at_the_instant_and_no_applying_record_starts_later(
      @ForAll("ledgers") ConsentLedger ledger, @ForAll("scopes") ConsentScope scope, @ForAll("instants") Instant at) {
    ConsentDecision decision = ledger.decision(scope, at);

    decision.answeredBy().ifPresent(answer -> {
      assertThat(ledger.history(scope.channel(), scope.purpose())).contains(answer);
      assertThat(answer.capturedAt()).isBeforeOrEqualTo(at);
      assertThat(answer.isEffectiveAt(at)).isTrue();
      assertThat(ledger.history(scope.channel(), scope.purpose()))
          .filteredOn(r -> !r.capturedAt().isAfter(at) && r.isEffectiveAt(at))
          .allSatisfy(r -> assertThat(r.effectiveFrom()).isBeforeOrEqualTo(answer.effectiveFrom()));
    });
    assertThat(decision.permitted()).isEqualTo(decision.reason() == ConsentReason.GRANTED);
  }

  @Property
  void current_statuses_agree_with_the_decision_for_every_scope(
      @ForAll("ledgers") ConsentLedger ledger, @ForAll("scopes") ConsentScope scope, @ForAll("instants") Instant at) {
    ConsentDecision decision = ledger.decision(scope, at);

    assertThat(Optional.ofNullable(ledger.currentStatuses(at).get(scope)))
        .isEqualTo(decision.answeredBy().map(ConsentRecord::status));
  }

  @Property
  boolean a_ledger_rebuilt_from_its_records_is_equal(@ForAll("ledgers") ConsentLedger ledger) {
    return ConsentLedger.of(ledger.records()).equals(ledger)
        && ConsentLedger.of(ledger.records()).hashCode() == ledger.hashCode();
  }

  @Property
  boolean a_record_rebuilt_from_its_own_values_is_equal(@ForAll("records") ConsentRecord record) {
    return ConsentRecord.builder().from(record).build().equals(record);
  }

  @Property
  boolean source_is_folded_whatever_the_white_space(@ForAll("records") ConsentRecord record,
      @ForAll("padding") String left, @ForAll("padding") String right) {
    ConsentRecord padded = ConsentRecord.builder().from(record)
        .source(left + record.source().replace(" ", left + " " + right) + right)
        .evidence(right + record.evidence() + left)
        .build();
    return padded.equals(record);
  }

  private static Instant lastCapture(ConsentLedger ledger) {
    return ledger.records().stream().map(ConsentRecord::capturedAt).max(Instant::compareTo).orElse(PeopleFixtures.T0);
  }

  private static Instant latestOf(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  @Provide
  Arbitrary<ConsentLedger> ledgers() {
    return PeopleFixtures.consentLedgers();
  }

  @Provide
  Arbitrary<ConsentRecord> records() {
    return PeopleFixtures.consentRecords();
  }

  @Provide
  Arbitrary<Tuple2<ConsentLedger, ConsentRecord>> ledgerAndNextRecord() {
    return Combinators.combine(PeopleFixtures.consentLedgers(), PeopleFixtures.consentRecords(),
            Arbitraries.integers().between(0, 48))
        .as((ledger, next, gap) -> Tuple.of(ledger, capturedAfter(ledger, gap, next)));
  }

  @Provide
  Arbitrary<List<List<ConsentRecord>>> ledgerAndLaterRecords() {
    return Combinators.combine(PeopleFixtures.consentLedgers(), PeopleFixtures.consentRecords().list().ofMaxSize(5),
            Arbitraries.integers().between(0, 96))
        .as((ledger, later, gap) -> List.of(ledger.records(), later.stream()
            .map(r -> capturedAfter(ledger, gap, r))
            .sorted(Comparator.comparing(ConsentRecord::capturedAt))
            .toList()));
  }

  /** The record moved in time so that it is captured at least {@code gapHours} after the ledger's last record. */
  private static ConsentRecord capturedAfter(ConsentLedger ledger, int gapHours, ConsentRecord r) {
    Duration shift = Duration.between(PeopleFixtures.T0, lastCapture(ledger)).plusHours(gapHours);
    return ConsentRecord.builder().from(r)
        .capturedAt(r.capturedAt().plus(shift))
        .effectiveFrom(r.effectiveFrom().plus(shift))
        .effectiveTo(r.effectiveTo().map(t -> t.plus(shift)))
        .doubleOptInConfirmedAt(r.doubleOptInConfirmedAt().map(t -> t.plus(shift)))
        .build();
  }

  @Provide
  Arbitrary<ConsentScope> scopes() {
    return Combinators.combine(PeopleFixtures.consentChannels(), PeopleFixtures.consentPurposes()).as(ConsentScope::of);
  }

  @Provide
  Arbitrary<ConsentChannel> channels() {
    return Arbitraries.of(ConsentChannel.class);
  }

  @Provide
  Arbitrary<ConsentPurpose> purposes() {
    return Arbitraries.of(ConsentPurpose.MARKETING, ConsentPurpose.NEWSLETTER, ConsentPurpose.SERVICE,
        ConsentPurpose.PROFILING);
  }

  @Provide
  Arbitrary<Instant> instants() {
    // Around the records the ledgers hold: from a day before T0 to a week after.
    return Arbitraries.integers().between(-24, 24 * 7).map(PeopleFixtures::hoursAfterT0);
  }

  @Provide
  Arbitrary<String> padding() {
    return Arbitraries.strings().withChars(' ', '\t', '\n').ofMaxLength(3);
  }
}
