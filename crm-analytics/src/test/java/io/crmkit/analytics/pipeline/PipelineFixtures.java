package io.crmkit.analytics.pipeline;

import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.value.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Deals and stage-change logs for the pipeline tests: defaults so a test sets only what it is about. */
public final class PipelineFixtures {
  /** The reporting currency of the tests. */
  public static final Currency EUR = Currency.getInstance("EUR");
  /** When deals are created unless a test says otherwise. */
  public static final LocalDate CREATED_ON = LocalDate.of(2026, 1, 5);
  /** When deals close unless a test says otherwise. */
  public static final LocalDate CLOSE_DATE = LocalDate.of(2026, 3, 31);
  /** The start of the stage-change logs: 2026-01-05 09:00 UTC. */
  public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  /** The owner of every deal unless set. */
  public static final UserId DANA = UserId.of("user-dana");

  private PipelineFixtures() {}

  /** An amount in euros. */
  public static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /** A valuation in euros that refuses other currencies. */
  public static CurrencyValuation inEuros() {
    return CurrencyValuation.only(EUR);
  }

  /** An open Discovery deal of 1,000 EUR created on {@link #CREATED_ON}, closing on {@link #CLOSE_DATE}. */
  public static OpportunitySnapshot.Builder aDeal(String id) {
    return OpportunitySnapshot.builder()
        .id(OpportunityId.of(id))
        .amount(eur("1000"))
        .stage(Stage.DISCOVERY)
        .createdOn(CREATED_ON)
        .closeDate(CLOSE_DATE)
        .ownerId(DANA);
  }

  /** A deal won on {@code closedOn}. */
  public static OpportunitySnapshot won(String id, String amount, LocalDate createdOn, LocalDate closedOn) {
    return aDeal(id).stage(Stage.CLOSED_WON).amount(eur(amount)).createdOn(createdOn).closeDate(closedOn).build();
  }

  /** A deal lost on {@link #CLOSE_DATE}. */
  public static OpportunitySnapshot lost(String id, String amount) {
    return aDeal(id).stage(Stage.CLOSED_LOST).amount(eur(amount)).build();
  }

  /** An open deal in a stage. */
  public static OpportunitySnapshot open(String id, Stage stage, String amount) {
    return aDeal(id).stage(stage).amount(eur(amount)).build();
  }

  /** {@link #T0} plus some days. */
  public static Instant day(double days) {
    return T0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
  }

  /** A creation line of the log. */
  public static StageChange createdIn(String id, Stage stage, double day) {
    return StageChange.created(OpportunityId.of(id), stage, day(day));
  }

  /** A move in the log. */
  public static StageChange moved(String id, Stage from, Stage to, double day) {
    return StageChange.of(OpportunityId.of(id), from, to, day(day));
  }

  /** Any valid deal in euros, with ids from a small pool so that groups repeat. */
  public static Arbitrary<OpportunitySnapshot> deals() {
    Arbitrary<Stage> stages = Arbitraries.of(Stage.defaults());
    Arbitrary<Money> amounts = Arbitraries.longs().between(0, 5_000_000).map(cents -> Money.ofMinor(cents, "EUR"));
    Arbitrary<LocalDate> created = Arbitraries.integers().between(0, 400).map(CREATED_ON::plusDays);
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 200);
    Arbitrary<String> segments = Arbitraries.of("Enterprise", "Mid-market", "SMB");
    Arbitrary<String> sources = Arbitraries.of("Web form", "Referral", "Trade show");
    Arbitrary<DealKind> kinds = Arbitraries.of(DealKind.class);
    Arbitrary<Integer> ids = Arbitraries.integers().between(1, 1_000_000);
    return Combinators.combine(ids, stages, amounts, created, length, segments, sources, kinds)
        .as((id, stage, amount, on, days, segment, source, kind) -> aDeal("opp-" + id).stage(stage).amount(amount)
            .createdOn(on).closeDate(on.plusDays(days)).segment(segment).source(source).kind(kind)
            .campaignId(id % 3 == 0 ? Optional.empty() : Optional.of(CampaignId.of("cmp-" + id % 3)))
            .build());
  }

  /** Deals with distinct ids. */
  public static Arbitrary<List<OpportunitySnapshot>> distinctDeals() {
    return deals().list().ofMaxSize(40).uniqueElements(OpportunitySnapshot::id);
  }

  /** Splits a list at the given cut points (taken modulo its size, sorted). */
  public static <T> List<List<T>> split(List<T> rows, List<Integer> cuts) {
    List<Integer> at = new ArrayList<>();
    for (int cut : cuts) {
      at.add(rows.isEmpty() ? 0 : Math.floorMod(cut, rows.size() + 1));
    }
    at.sort(Integer::compare);
    List<List<T>> chunks = new ArrayList<>();
    int from = 0;
    for (int to : at) {
      chunks.add(rows.subList(from, to));
      from = to;
    }
    chunks.add(rows.subList(from, rows.size()));
    return chunks;
  }
}
