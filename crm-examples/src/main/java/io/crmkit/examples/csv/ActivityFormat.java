package io.crmkit.examples.csv;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityDirection;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.event.ActivityChanged;
import io.crmkit.core.event.ActivityCreated;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.port.IdGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Activities in rows, with the records they relate to by id. A row duplicates an activity with its
 * id only.
 */
final class ActivityFormat extends RecordFormat<Activity> {
  static final String TYPE = "type";
  static final String SUBJECT = "subject";
  static final String BODY = "body";
  static final String DUE = "due";
  static final String DONE_AT = "done_at";
  static final String DURATION = "duration";
  static final String DIRECTION = "direction";
  static final String CONTACT_IDS = "contact_ids";
  static final String ACCOUNT_ID = "account_id";
  static final String LEAD_ID = "lead_id";
  static final String OPPORTUNITY_ID = "opportunity_id";
  static final String CASE_ID = "case_id";

  private static final List<String> COLUMNS = List.of(ID, TYPE, SUBJECT, BODY, DUE, DONE_AT, DURATION, DIRECTION,
      CONTACT_IDS, ACCOUNT_ID, LEAD_ID, OPPORTUNITY_ID, CASE_ID, OWNER_ID, CREATED_AT, UPDATED_AT);

  @Override
  String recordType() {
    return "Activity";
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  Set<String> identifyingColumns() {
    return Set.of(ID);
  }

  @Override
  List<Set<String>> requiredColumns() {
    return List.of(Set.of(TYPE), Set.of(SUBJECT),
        Set.of(CONTACT_IDS, ACCOUNT_ID, LEAD_ID, OPPORTUNITY_ID, CASE_ID));
  }

  @Override
  Map<String, String> write(Activity activity) {
    Map<String, String> cells = new HashMap<>();
    writeCommon(cells, activity);
    cells.put(TYPE, activity.type().name());
    cells.put(SUBJECT, activity.subject());
    cells.put(BODY, text(activity.body()));
    cells.put(DUE, text(activity.due()));
    cells.put(DONE_AT, text(activity.doneAt()));
    cells.put(DURATION, text(activity.duration()));
    cells.put(DIRECTION, text(activity.direction(), ActivityDirection::name));
    cells.put(CONTACT_IDS, Cells.joinList(activity.contactIds().stream().map(ContactId::value).toList()));
    cells.put(ACCOUNT_ID, text(activity.accountId(), AccountId::value));
    cells.put(LEAD_ID, text(activity.leadId(), LeadId::value));
    cells.put(OPPORTUNITY_ID, text(activity.opportunityId(), OpportunityId::value));
    cells.put(CASE_ID, text(activity.caseId(), CaseId::value));
    cells.put(OWNER_ID, text(activity.ownerId(), UserId::value));
    return cells;
  }

  @Override
  Activity read(Cells cells, ImportContext context) {
    Instant createdAt = createdAt(cells, context);
    return Activity.builder()
        .id(cells.value(ID, ActivityId::of).orElseGet(context.ids()::nextActivityId))
        .type(cells.constant(TYPE, ActivityType.class).orElseThrow(() -> requiredCell(TYPE)))
        .subject(cells.required(SUBJECT))
        .body(cells.text(BODY))
        .due(cells.instant(DUE))
        .doneAt(cells.instant(DONE_AT))
        .duration(cells.duration(DURATION))
        .direction(cells.constant(DIRECTION, ActivityDirection.class))
        .contactIds(cells.list(CONTACT_IDS, ContactId::of))
        .accountId(cells.value(ACCOUNT_ID, AccountId::of))
        .leadId(cells.value(LEAD_ID, LeadId::of))
        .opportunityId(cells.value(OPPORTUNITY_ID, OpportunityId::of))
        .caseId(cells.value(CASE_ID, CaseId::of))
        .ownerId(cells.value(OWNER_ID, UserId::of))
        .createdAt(createdAt)
        .updatedAt(updatedAt(cells, context, createdAt))
        .customFields(customFields(cells, context))
        .build();
  }

  @Override
  Identity<Activity> identify(Cells cells) {
    Optional<ActivityId> id = cells.value(ID, ActivityId::of);
    List<String> keys = new ArrayList<>();
    id.ifPresent(i -> keys.add("id " + i.value()));
    return new Identity<>(keys, keys, ports -> id.flatMap(i -> ports.activities().findById(i))
        .map(found -> new Match<>(found, "id " + found.id().value())));
  }

  @Override
  List<Activity> saveAll(List<Activity> activities, ImportPorts ports) {
    return ports.activities().saveAll(activities);
  }

  @Override
  Activity withVersion(Activity activity, long version) {
    return activity.withVersion(version);
  }

  @Override
  CrmEvent created(Activity saved, IdGenerator ids, Instant now) {
    return new ActivityCreated(ids.nextEventId(), saved.id(), saved.version(), now);
  }

  @Override
  List<CrmEvent> changed(Activity before, Activity saved, Set<String> fields, IdGenerator ids, Instant now) {
    return List.of(new ActivityChanged(ids.nextEventId(), saved.id(), fields, saved.version(), now));
  }
}
