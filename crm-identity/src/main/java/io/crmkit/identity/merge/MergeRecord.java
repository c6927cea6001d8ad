package io.crmkit.identity.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.UserId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The audit record of one merge of duplicate contacts: who merged which contacts into which, when,
 * how each field of the golden record was decided, and every record the merge changed as it was
 * before and after, so that the merge can be undone. Once undone it says by whom and when.
 */
@Value.Immutable
public abstract class MergeRecord implements Aggregate<MergeId>, WithMergeRecord {

  @Override
  public abstract MergeId id();

  /** The contact that remained and holds the golden record. */
  public abstract ContactId survivorId();

  /** The contacts merged into the survivor, in the order given; never empty, never the survivor. */
  public abstract List<ContactId> mergedIds();

  /** The user who merged. */
  public abstract UserId mergedBy();

  /** When the merge happened, from the service's clock. */
  public abstract Instant mergedAt();

  /** How each field of the golden record was decided. */
  public abstract List<FieldDecision> decisions();

  /** Every record the merge changed (the survivor, the merged contacts, their moved records), before and after. */
  public abstract List<RecordChange<?>> changes();

  /**
   * What a person should know about records the merge moved: roles in one deal folded into the
   * survivor's, campaigns the survivor is now a member of twice.
   */
  public abstract List<String> notes();

  /** Who undid the merge and when; absent while it stands. */
  public abstract Optional<Unmerge> unmerge();

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
    return "MergeRecord";
  }

  /** Whether the merge was undone. */
  public boolean isUnmerged() {
    return unmerge().isPresent();
  }

  /** The change the merge made to a record, if it changed it. */
  public Optional<RecordChange<?>> changeOf(AggregateId recordId) {
    CrmValidationException.required("recordId", recordId);
    return changes().stream().filter(c -> c.recordId().equals(recordId)).findFirst();
  }

  /** The survivor as the merge stored it. */
  public Contact survivorAfter() {
    return (Contact) changeOf(survivorId()).orElseThrow().after();
  }

  /** The survivor as it was before the merge. */
  public Contact survivorBefore() {
    return (Contact) changeOf(survivorId()).orElseThrow().before();
  }

  /** The changes to records of a type ({@code "Activity"}, {@code "Order"}...), in the order made. */
  public List<RecordChange<?>> changesOf(String recordType) {
    return changes().stream().filter(c -> c.recordType().equals(recordType)).toList();
  }

  /** The decision about a field of the golden record, if any. */
  public Optional<FieldDecision> decision(String field) {
    return decisions().stream().filter(d -> d.field().equals(field)).findFirst();
  }

  /**
   * A builder; id, survivorId, mergedIds, mergedBy, mergedAt, createdAt, updatedAt and a change of
   * the survivor are required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MergeRecord}. */
  public static class Builder extends ImmutableMergeRecord.Builder {}

  @Value.Check
  MergeRecord normalised() {
    Aggregate.checkBasics("mergeRecord", this);
    if (mergedIds().isEmpty()) {
      throw CrmValidationException.of("mergeRecord.mergedIds", "empty", mergedIds(), "a merge merges at least one contact");
    }
    Set<ContactId> ids = new HashSet<>();
    for (ContactId id : mergedIds()) {
      if (id.equals(survivorId()) || !ids.add(id)) {
        throw CrmValidationException.of("mergeRecord.mergedIds", "duplicate", id,
            "each merged contact appears once and is not the survivor");
      }
    }
    Set<String> changed = new HashSet<>();
    for (RecordChange<?> c : changes()) {
      if (!changed.add(c.recordType() + "/" + c.recordId().value())) {
        throw CrmValidationException.of("mergeRecord.changes", "duplicate", c.recordId(), "each record changes once");
      }
    }
    if (changeOf(survivorId()).filter(c -> c.after() instanceof Contact).isEmpty()) {
      throw CrmValidationException.of("mergeRecord.changes", "survivor", survivorId(),
          "the changes hold the survivor's");
    }
    if (unmerge().isPresent() && unmerge().get().unmergedAt().isBefore(mergedAt())) {
      throw CrmValidationException.of("mergeRecord.unmerge", "order", unmerge().get().unmergedAt(),
          "a merge is undone after it happened at " + mergedAt());
    }
    return this;
  }
}
