package io.crmkit.identity.evaluate;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.record.IdentityRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The known answer: which entity each record belongs to. Records with the same entity key are the
 * same person; a record without a key is an entity of its own.
 */
public final class Truth {
  private final Map<String, String> entityOf;

  private Truth(Map<String, String> entityOf) {
    this.entityOf = entityOf;
  }

  /** Truth from entity keys by record id. */
  public static Truth of(Map<String, String> entityByRecordId) {
    CrmValidationException.required("truth", entityByRecordId);
    Map<String, String> copy = new HashMap<>();
    entityByRecordId.forEach((id, entity) -> copy.put(
        CrmValidationException.requiredText("truth.recordId", id),
        CrmValidationException.requiredText("truth.entity", entity)));
    return new Truth(copy);
  }

  /**
   * Truth from a field of the records (a truth column): records sharing a value are one entity.
   *
   * @throws CrmValidationException naming {@code truth.field} (rule {@code required}) when no record has the field
   */
  public static Truth fromField(Collection<IdentityRecord> records, String field) {
    CrmValidationException.required("truth.records", records);
    CrmValidationException.requiredText("truth.field", field);
    Map<String, String> entities = new HashMap<>();
    for (IdentityRecord record : records) {
      record.value(field).ifPresent(entity -> entities.put(record.id(), entity));
    }
    if (entities.isEmpty() && !records.isEmpty()) {
      throw CrmValidationException.of("truth.field", "required", field, "no record has a value in the truth field");
    }
    return new Truth(entities);
  }

  /** The entity key of a record, if it has one. */
  public Optional<String> entityOf(String recordId) {
    return Optional.ofNullable(entityOf.get(recordId));
  }

  /** Whether two records are known to be the same entity. */
  public boolean sameEntity(String first, String second) {
    String a = entityOf.get(first);
    return a != null && a.equals(entityOf.get(second));
  }

  /** The true pairs among one list of records: {@code sum of n(n-1)/2} over entities. */
  public long pairsWithin(Collection<String> recordIds) {
    Map<String, Long> counts = new HashMap<>();
    for (String id : recordIds) {
      String entity = entityOf.get(id);
      if (entity != null) {
        counts.merge(entity, 1L, Long::sum);
      }
    }
    return counts.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
  }

  /** The true pairs between two lists: {@code sum of left(e) * right(e)} over entities. */
  public long pairsBetween(Collection<String> leftIds, Collection<String> rightIds) {
    Map<String, Long> left = new HashMap<>();
    for (String id : leftIds) {
      String entity = entityOf.get(id);
      if (entity != null) {
        left.merge(entity, 1L, Long::sum);
      }
    }
    long pairs = 0;
    for (String id : rightIds) {
      String entity = entityOf.get(id);
      if (entity != null) {
        pairs += left.getOrDefault(entity, 0L);
      }
    }
    return pairs;
  }
}
