package io.crmkit.examples.csv;

import com.fasterxml.jackson.databind.JavaType;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.LeadChanged;
import io.crmkit.core.event.LeadCreated;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversionOutcome;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.port.IdGenerator;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Leads in rows. A row duplicates a lead with its id, else the first lead with its e-mail address. */
final class LeadFormat extends RecordFormat<Lead> {
  static final String FIRST_NAME = "first_name";
  static final String LAST_NAME = "last_name";
  static final String EMAIL = "email";
  static final String PHONE = "phone";
  static final String JOB_TITLE = "job_title";
  static final String COMPANY_NAME = "company_name";
  static final String COMPANY_DOMAIN = "company_domain";
  static final String INDUSTRY = "industry";
  static final String COMPANY_SIZE = "company_size";
  static final String LEAD_SOURCE = "lead_source";
  static final String ATTRIBUTION = "attribution";
  static final String STATUS = "status";
  static final String SCORE = "score";
  static final String CAMPAIGN_IDS = "campaign_ids";
  static final String CONVERSION = "conversion";

  private static final List<String> COLUMNS = List.of(ID, FIRST_NAME, LAST_NAME, EMAIL, PHONE, JOB_TITLE,
      COMPANY_NAME, COMPANY_DOMAIN, INDUSTRY, COMPANY_SIZE, LEAD_SOURCE, STATUS, SCORE, CAMPAIGN_IDS, OWNER_ID,
      ATTRIBUTION, CONVERSION, CREATED_AT, UPDATED_AT);
  private static final JavaType ATTRIBUTION_TYPE = Cells.JSON.getTypeFactory().constructType(Attribution.class);
  private static final JavaType OUTCOME = Cells.JSON.getTypeFactory().constructType(LeadConversionOutcome.class);

  @Override
  String recordType() {
    return "Lead";
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  Set<String> jsonColumns() {
    return Set.of(ATTRIBUTION, CONVERSION);
  }

  @Override
  Set<String> identifyingColumns() {
    return Set.of(ID, EMAIL);
  }

  @Override
  List<Set<String>> requiredColumns() {
    return List.of(Set.of(FIRST_NAME, LAST_NAME, EMAIL), Set.of(LEAD_SOURCE));
  }

  @Override
  Map<String, String> write(Lead lead) {
    Map<String, String> cells = new HashMap<>();
    writeCommon(cells, lead);
    cells.put(FIRST_NAME, text(lead.firstName()));
    cells.put(LAST_NAME, text(lead.lastName()));
    cells.put(EMAIL, text(lead.email(), EmailAddress::value));
    cells.put(PHONE, text(lead.phone(), PhoneNumber::value));
    cells.put(JOB_TITLE, text(lead.jobTitle()));
    cells.put(COMPANY_NAME, text(lead.companyName()));
    cells.put(COMPANY_DOMAIN, text(lead.companyDomain()));
    cells.put(INDUSTRY, text(lead.industry()));
    cells.put(COMPANY_SIZE, lead.companySize().isPresent() ? Integer.toString(lead.companySize().getAsInt()) : "");
    cells.put(LEAD_SOURCE, lead.leadSource());
    cells.put(STATUS, lead.status().name());
    cells.put(SCORE, lead.score().isPresent() ? Integer.toString(lead.score().getAsInt()) : "");
    cells.put(CAMPAIGN_IDS, Cells.joinList(lead.campaignIds().stream().map(CampaignId::value).toList()));
    cells.put(OWNER_ID, text(lead.ownerId(), UserId::value));
    cells.put(ATTRIBUTION, lead.attribution().isEmpty() ? "" : Cells.toJson(lead.attribution()));
    cells.put(CONVERSION, text(lead.conversion(), Cells::toJson));
    return cells;
  }

  /** Reads a lead; its status is {@code NEW} unless the row says otherwise. */
  @Override
  Lead read(Cells cells, ImportContext context) {
    Instant createdAt = createdAt(cells, context);
    OptionalInt companySize = cells.integer(COMPANY_SIZE);
    OptionalInt score = cells.integer(SCORE);
    Lead.Builder builder = Lead.builder();
    builder.id(cells.value(ID, LeadId::of).orElseGet(context.ids()::nextLeadId))
        .firstName(cells.text(FIRST_NAME))
        .lastName(cells.text(LAST_NAME))
        .email(cells.value(EMAIL, EmailAddress::of))
        .phone(cells.value(PHONE, PhoneNumber::of))
        .jobTitle(cells.text(JOB_TITLE))
        .companyName(cells.text(COMPANY_NAME))
        .companyDomain(cells.text(COMPANY_DOMAIN))
        .industry(cells.text(INDUSTRY))
        .companySize(companySize)
        .leadSource(cells.required(LEAD_SOURCE))
        .score(score)
        .campaignIds(cells.list(CAMPAIGN_IDS, CampaignId::of))
        .ownerId(cells.value(OWNER_ID, UserId::of))
        .conversion(cells.<LeadConversionOutcome>json(CONVERSION, OUTCOME))
        .createdAt(createdAt)
        .updatedAt(updatedAt(cells, context, createdAt))
        .customFields(customFields(cells, context));
    cells.constant(STATUS, LeadStatus.class).ifPresent(builder::status);
    cells.<Attribution>json(ATTRIBUTION, ATTRIBUTION_TYPE).ifPresent(builder::attribution);
    return builder.build();
  }

  @Override
  Identity<Lead> identify(Cells cells) {
    Optional<LeadId> id = cells.value(ID, LeadId::of);
    Optional<EmailAddress> email = cells.value(EMAIL, EmailAddress::of);
    List<String> keys = new ArrayList<>();
    id.ifPresent(i -> keys.add("id " + i.value()));
    email.ifPresent(e -> keys.add("email " + e.value()));
    return new Identity<>(keys, keys, ports -> {
      if (id.isPresent()) {
        Optional<Lead> found = ports.leads().findById(id.get());
        if (found.isPresent()) {
          return Optional.of(new Match<>(found.get(), "id " + id.get().value()));
        }
      }
      return email.flatMap(e -> ports.leads().findByEmail(e).stream().findFirst()
          .map(lead -> new Match<>(lead, "email " + e.value())));
    });
  }

  @Override
  List<Lead> saveAll(List<Lead> leads, ImportPorts ports) {
    return ports.leads().saveAll(leads);
  }

  @Override
  Lead withVersion(Lead lead, long version) {
    return lead.withVersion(version);
  }

  @Override
  CrmEvent created(Lead saved, IdGenerator ids, Instant now) {
    return new LeadCreated(ids.nextEventId(), saved.id(), saved.version(), now);
  }

  @Override
  List<CrmEvent> changed(Lead before, Lead saved, Set<String> fields, IdGenerator ids, Instant now) {
    return List.of(new LeadChanged(ids.nextEventId(), saved.id(), fields, saved.version(), now));
  }
}
