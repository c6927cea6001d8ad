package io.crmkit.core;

import io.crmkit.core.customfield.CustomFields;
import java.time.Instant;

/**
 * What every aggregate has: an id, timestamps, a version for optimistic concurrency and custom
 * fields.
 *
 * <p>The version counts saves: a record never saved has version 0, and each successful save
 * stores the next version. A save whose version is not the stored one is refused with a
 * {@link ConcurrentUpdateException}.
 *
 * @param <I> the type of the aggregate's id
 */
public interface Aggregate<I extends AggregateId> {
  /** The aggregate's id. */
  I id();

  /** When the record was created. */
  Instant createdAt();

  /** When the record was last changed; never before {@link #createdAt()}. */
  Instant updatedAt();

  /** The stored version this copy was read at (0 for a record never saved). */
  long version();

  /** Custom fields, checked against the host's schema by {@code CustomFieldSchema}. */
  CustomFields customFields();

  /** The aggregate's type as people name it: {@code "Contact"}, {@code "Opportunity"}. */
  String recordType();

  /**
   * Checks what every aggregate promises: {@code updatedAt} is not before {@code createdAt} (rule
   * {@code order}) and the version is not negative (rule {@code range}).
   *
   * @param prefix the aggregate's field prefix in messages, such as {@code "contact"}
   * @throws CrmValidationException naming {@code prefix.updatedAt} or {@code prefix.version}
   */
  static void checkBasics(String prefix, Aggregate<?> aggregate) {
    if (aggregate.updatedAt().isBefore(aggregate.createdAt())) {
      throw CrmValidationException.of(prefix + ".updatedAt", "order", aggregate.updatedAt(),
          "updatedAt is before createdAt");
    }
    if (aggregate.version() < 0) {
      throw CrmValidationException.of(prefix + ".version", "range", aggregate.version(),
          "a version is 0 or more");
    }
  }
}
