package io.crmkit.core;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.id.PriceBookId;
import io.crmkit.core.id.ProductId;
import io.crmkit.core.id.QuoteId;
import io.crmkit.core.id.UserId;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every typed id: UserId and the id of each aggregate. */
class AggregateIdProperties {

  /** One kind of id: how to make it and the field its refusals name. */
  record IdKind(String field, Function<String, AggregateId> make) {
    @Override
    public String toString() {
      return field;
    }
  }

  static final List<IdKind> KINDS = List.of(
      new IdKind("ownerId", UserId::of),
      new IdKind("accountId", AccountId::of),
      new IdKind("contactId", ContactId::of),
      new IdKind("leadId", LeadId::of),
      new IdKind("opportunityId", OpportunityId::of),
      new IdKind("productId", ProductId::of),
      new IdKind("priceBookId", PriceBookId::of),
      new IdKind("quoteId", QuoteId::of),
      new IdKind("orderId", OrderId::of),
      new IdKind("caseId", CaseId::of),
      new IdKind("activityId", ActivityId::of),
      new IdKind("campaignId", CampaignId::of),
      new IdKind("eventId", EventId::of));

  @Property
  void normalisation_is_idempotent(@ForAll("kinds") IdKind kind, @ForAll("idTexts") String text) {
    AggregateId once = kind.make().apply(text);

    assertThat(kind.make().apply(once.value())).isEqualTo(once);
    assertThat(once.toString()).isEqualTo(once.value());
  }

  @Property
  void ids_equal_up_to_surrounding_space_are_equal(@ForAll("kinds") IdKind kind, @ForAll("idTexts") String text,
      @ForAll("spaces") String before, @ForAll("spaces") String after) {
    AggregateId padded = kind.make().apply(before + text + after);

    assertThat(padded).isEqualTo(kind.make().apply(text));
    assertThat(padded.value()).isEqualTo(text);
  }

  @Property
  void ids_of_different_kinds_are_never_equal(@ForAll("idTexts") String text) {
    assertThat(UserId.of(text)).isNotEqualTo(ContactId.of(text));
    assertThat(AccountId.of(text)).isNotEqualTo(LeadId.of(text));
  }

  @Property
  void a_blank_id_is_rejected_as_required(@ForAll("kinds") IdKind kind, @ForAll("spaces") String blank) {
    assertRejected(() -> kind.make().apply(blank), kind.field(), "required");
  }

  @Property
  void an_id_longer_than_64_characters_is_rejected(@ForAll("kinds") IdKind kind, @ForAll("longTexts") String text) {
    assertRejected(() -> kind.make().apply(text), kind.field(), "length");
  }

  @Property
  void an_id_with_a_control_character_is_rejected(@ForAll("kinds") IdKind kind, @ForAll("idTexts") String text,
      @ForAll("controls") char control) {
    String half = text.substring(0, Math.min(text.length(), 31));
    String withControl = half + control + half;

    assertRejected(() -> kind.make().apply(withControl), kind.field(), "invalid");
  }

  @Provide
  Arbitrary<IdKind> kinds() {
    return Arbitraries.of(KINDS);
  }

  @Provide
  Arbitrary<String> idTexts() {
    return ValueArbitraries.idTexts();
  }

  @Provide
  Arbitrary<String> spaces() {
    return ValueArbitraries.spaces();
  }

  @Provide
  Arbitrary<String> longTexts() {
    return Arbitraries.strings().withCharRange('!', '~').ofMinLength(65).ofMaxLength(200);
  }

  @Provide
  Arbitrary<Character> controls() {
    return Arbitraries.chars().with('\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F');
  }
}
