package io.crmkit.core.event;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.EventId;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks every event's constructor shares. */
final class EventChecks {
  /** A field name: an API name, dotted for nested fields ({@code billingAddress.city}). */
  private static final Pattern FIELD_NAME =
      Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}(\\.[A-Za-z][A-Za-z0-9_]{0,63}){0,3}");

  private EventChecks() {}

  /** Checks what every event carries: its id, the aggregate's id, the version (1 or more) and the time. */
  static void envelope(
      String event, EventId eventId, String idField, AggregateId aggregateId, long aggregateVersion,
      Instant occurredAt) {
    CrmValidationException.required(event + ".eventId", eventId);
    CrmValidationException.required(event + "." + idField, aggregateId);
    if (aggregateVersion < 1) {
      throw CrmValidationException.of(event + ".aggregateVersion", "range", aggregateVersion,
          "the version after a change is 1 or more");
    }
    CrmValidationException.required(event + ".occurredAt", occurredAt);
  }

  /** Checks changed field names and returns them stripped, immutable and sorted. */
  static Set<String> fieldNames(String field, Set<String> names) {
    CrmValidationException.required(field, names);
    if (names.isEmpty()) {
      throw CrmValidationException.of(field, "empty", names, "a change names at least one field");
    }
    ImmutableSortedSet.Builder<String> sorted = ImmutableSortedSet.naturalOrder();
    for (String name : names) {
      String clean = CrmValidationException.requiredText(field, name);
      if (!FIELD_NAME.matcher(clean).matches()) {
        throw CrmValidationException.of(field, "token", name,
            "a field name is an API name such as name or billingAddress.city");
      }
      sorted.add(clean);
    }
    return sorted.build();
  }

  /**
   * Checks the ids merged into a survivor: at least one, none null, the survivor not among them.
   * Returns them immutable, in the order given.
   */
  static <I extends AggregateId> Set<I> mergedIds(String event, I survivorId, Collection<I> mergedIds) {
    String field = event + ".mergedIds";
    CrmValidationException.required(field, mergedIds);
    if (mergedIds.isEmpty()) {
      throw CrmValidationException.of(field, "empty", mergedIds, "a merge absorbs at least one record");
    }
    ImmutableSet.Builder<I> copy = ImmutableSet.builder();
    for (I id : mergedIds) {
      CrmValidationException.required(field, id);
      if (id.equals(survivorId)) {
        throw CrmValidationException.of(field, "survivor", id,
            "the survivor cannot be among the merged records");
      }
      copy.add(id);
    }
    return copy.build();
  }

  /** Refuses a transition that does not change anything. */
  static void changes(String event, Object from, Object to) {
    CrmValidationException.required(event + ".from", from);
    CrmValidationException.required(event + ".to", to);
    if (from.equals(to)) {
      throw CrmValidationException.of(event + ".to", "unchanged", to, "from and to are the same");
    }
  }
}
