package io.crmkit.examples.csv;

import com.fasterxml.jackson.databind.JavaType;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.OpportunityChanged;
import io.crmkit.core.event.OpportunityCreated;
import io.crmkit.core.event.OpportunityStageChanged;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.port.IdGenerator;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opportunities in rows. A row duplicates an opportunity with its id only: deals have no natural
 * key (two deals with one account and one name are common).
 */
final class OpportunityFormat extends RecordFormat<Opportunity> {
  static final String NAME = "name";
  static final String ACCOUNT_ID = "account_id";
  static final String STAGE = "stage";
  static final String AMOUNT = "amount";
  static final String CURRENCY = "currency";
  static final String LINE_ITEMS = "line_items";
  static final String EXPECTED_CLOSE_DATE = "expected_close_date";
  static final String CLOSED_ON = "closed_on";
  static final String PROBABILITY = "probability";
  static final String FORECAST_CATEGORY = "forecast_category";
  static final String LOST_REASON = "lost_reason";
  static final String CONTACT_ROLES = "contact_roles";
  static final String CAMPAIGN_IDS = "campaign_ids";
  static final String SOURCE_LEAD_ID = "source_lead_id";
  static final String ATTRIBUTION = "attribution";

  private static final List<String> COLUMNS = List.of(ID, NAME, ACCOUNT_ID, STAGE, AMOUNT, CURRENCY, LINE_ITEMS,
      EXPECTED_CLOSE_DATE, CLOSED_ON, PROBABILITY, FORECAST_CATEGORY, LOST_REASON, CONTACT_ROLES, CAMPAIGN_IDS,
      SOURCE_LEAD_ID, OWNER_ID, ATTRIBUTION, CREATED_AT, UPDATED_AT);
  private static final JavaType LINES =
      Cells.JSON.getTypeFactory().constructCollectionType(List.class, LineItem.class);
  private static final JavaType ROLES =
      Cells.JSON.getTypeFactory().constructCollectionType(List.class, OpportunityContactRole.class);
  private static final JavaType STAGE_TYPE = Cells.JSON.getTypeFactory().constructType(Stage.class);
  private static final JavaType ATTRIBUTION_TYPE = Cells.JSON.getTypeFactory().constructType(Attribution.class);

  @Override
  String recordType() {
    return "Opportunity";
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  Set<String> jsonColumns() {
    return Set.of(LINE_ITEMS, CONTACT_ROLES, ATTRIBUTION);
  }

  @Override
  Set<String> identifyingColumns() {
    return Set.of(ID);
  }

  @Override
  List<Set<String>> requiredColumns() {
    return List.of(Set.of(NAME), Set.of(ACCOUNT_ID), Set.of(STAGE), Set.of(AMOUNT, LINE_ITEMS),
        Set.of(EXPECTED_CLOSE_DATE), Set.of(OWNER_ID));
  }

  @Override
  Map<String, String> write(Opportunity deal) {
    Map<String, String> cells = new HashMap<>();
    writeCommon(cells, deal);
    cells.put(NAME, deal.name());
    cells.put(ACCOUNT_ID, deal.accountId().value());
    cells.put(STAGE, Stage.defaults().contains(deal.stage()) ? deal.stage().name() : Cells.toJson(deal.stage()));
    cells.put(AMOUNT, deal.amount().amount().toPlainString());
    cells.put(CURRENCY, deal.currency().getCurrencyCode());
    cells.put(LINE_ITEMS, deal.lineItems().isEmpty() ? "" : Cells.toJson(deal.lineItems()));
    cells.put(EXPECTED_CLOSE_DATE, deal.expectedCloseDate().toString());
    cells.put(CLOSED_ON, text(deal.closedOn()));
    cells.put(PROBABILITY, Integer.toString(deal.probability()));
    cells.put(FORECAST_CATEGORY, deal.forecastCategory().name());
    cells.put(LOST_REASON, text(deal.lostReason()));
    cells.put(CONTACT_ROLES, deal.contactRoles().isEmpty() ? "" : Cells.toJson(deal.contactRoles()));
    cells.put(CAMPAIGN_IDS, Cells.joinList(deal.campaignIds().stream().map(CampaignId::value).toList()));
    cells.put(SOURCE_LEAD_ID, text(deal.sourceLeadId(), LeadId::value));
    cells.put(OWNER_ID, deal.ownerId().value());
    cells.put(ATTRIBUTION, deal.attribution().isEmpty() ? "" : Cells.toJson(deal.attribution()));
    return cells;
  }

  /**
   * Reads an opportunity. The stage is a default stage by name (case ignored) or a stage as JSON;
   * the amount needs a currency; without line items the amount is required, with them it is their
   * net total; probability and forecast category are the stage's unless given.
   */
  @Override
  Opportunity read(Cells cells, ImportContext context) {
    Instant createdAt = createdAt(cells, context);
    Optional<BigDecimal> amount = cells.decimal(AMOUNT);
    Optional<Currency> currency = cells.value(CURRENCY, Money::currency);
    if (amount.isPresent() && currency.isEmpty()) {
      throw CrmValidationException.of(CURRENCY, "required", "", "an amount needs its currency, such as EUR");
    }
    OptionalInt probability = cells.integer(PROBABILITY);
    Opportunity.Builder builder = Opportunity.builder();
    builder.id(cells.value(ID, OpportunityId::of).orElseGet(context.ids()::nextOpportunityId))
        .name(cells.required(NAME))
        .accountId(cells.requiredValue(ACCOUNT_ID, AccountId::of))
        .stage(cells.requiredValue(STAGE, OpportunityFormat::stage))
        .lineItems(cells.<List<LineItem>>json(LINE_ITEMS, LINES).orElse(List.of()))
        .expectedCloseDate(cells.date(EXPECTED_CLOSE_DATE).orElseThrow(() -> requiredCell(EXPECTED_CLOSE_DATE)))
        .closedOn(cells.date(CLOSED_ON))
        .lostReason(cells.text(LOST_REASON))
        .contactRoles(cells.<List<OpportunityContactRole>>json(CONTACT_ROLES, ROLES).orElse(List.of()))
        .campaignIds(cells.list(CAMPAIGN_IDS, CampaignId::of))
        .sourceLeadId(cells.value(SOURCE_LEAD_ID, LeadId::of))
        .ownerId(cells.requiredValue(OWNER_ID, UserId::of))
        .createdAt(createdAt)
        .updatedAt(updatedAt(cells, context, createdAt))
        .customFields(customFields(cells, context));
    if (amount.isPresent()) {
      builder.amount(amountOf(amount.get(), currency.get()));
    }
    if (probability.isPresent()) {
      builder.probability(probability.getAsInt());
    }
    cells.constant(FORECAST_CATEGORY, ForecastCategory.class).ifPresent(builder::forecastCategory);
    cells.<Attribution>json(ATTRIBUTION, ATTRIBUTION_TYPE).ifPresent(builder::attribution);
    return builder.build();
  }

  private static Money amountOf(BigDecimal amount, Currency currency) {
    try {
      return Money.of(amount, currency);
    } catch (CrmValidationException e) {
      // toString, not toPlainString: 1E+999999999 in plain notation is a billion digits.
      throw CrmValidationException.of(AMOUNT, e.rule(), amount.toString(), Cells.detail(e));
    }
  }

  /** A default stage by name, white space and case ignored, or a stage written as JSON. */
  static Stage stage(String text) {
    String clean = ColumnMapping.strip(text);
    if (clean.startsWith("{")) {
      return new Cells(Map.of(STAGE, clean)).<Stage>json(STAGE, STAGE_TYPE).orElseThrow();
    }
    String key = ColumnMapping.key(clean);
    for (Stage stage : Stage.defaults()) {
      if (ColumnMapping.key(stage.name()).equals(key)) {
        return stage;
      }
    }
    throw CrmValidationException.of(STAGE, "oneOf", text, "one of " + Stage.defaults().stream()
        .map(Stage::name).collect(Collectors.joining(", "))
        + ", or a stage as JSON: {\"name\":...,\"outcome\":...,\"probability\":...,\"forecastCategory\":...}");
  }

  @Override
  Identity<Opportunity> identify(Cells cells) {
    Optional<OpportunityId> id = cells.value(ID, OpportunityId::of);
    List<String> keys = new ArrayList<>();
    id.ifPresent(i -> keys.add("id " + i.value()));
    return new Identity<>(keys, keys, ports -> id.flatMap(i -> ports.opportunities().findById(i))
        .map(found -> new Match<>(found, "id " + found.id().value())));
  }

  @Override
  List<Opportunity> saveAll(List<Opportunity> deals, ImportPorts ports) {
    return ports.opportunities().saveAll(deals);
  }

  @Override
  Opportunity withVersion(Opportunity deal, long version) {
    return deal.withVersion(version);
  }

  @Override
  CrmEvent created(Opportunity saved, IdGenerator ids, Instant now) {
    return new OpportunityCreated(ids.nextEventId(), saved.id(), saved.version(), now);
  }

  @Override
  List<CrmEvent> changed(Opportunity before, Opportunity saved, Set<String> fields, IdGenerator ids, Instant now) {
    List<CrmEvent> events = new ArrayList<>();
    events.add(new OpportunityChanged(ids.nextEventId(), saved.id(), fields, saved.version(), now));
    if (!before.stage().equals(saved.stage())) {
      events.add(new OpportunityStageChanged(ids.nextEventId(), saved.id(), before.stage(), saved.stage(),
          saved.version(), now));
    }
    return events;
  }

  @Override
  String fieldOf(String column) {
    return column.equals(CURRENCY) ? "amount" : super.fieldOf(column);
  }
}
