package io.crmkit.identity.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A kind of record that hangs from contacts (activities, cases, deals, orders, campaign members):
 * how to find it by contact, read and replace the part that names contacts (its link), save it and
 * announce the change.
 *
 * @param <A> the record's type
 */
final class ChildKind<A extends Aggregate<?>> {
  /** The contacts merged away and the survivor that replaces them. */
  record Relink(Set<ContactId> merged, ContactId survivor) {
    ContactId replace(ContactId id) {
      return merged.contains(id) ? survivor : id;
    }
  }

  /** Makes the changed-event of a saved record. */
  @FunctionalInterface
  interface EventMaker<A> {
    CrmEvent changed(EventId eventId, A saved, Set<String> fields, Instant at);
  }

  final Class<A> type;
  final String linkField;
  final Function<ContactId, List<A>> findByContact;
  final Function<A, Optional<A>> reload;
  final UnaryOperator<A> save;
  final Function<A, Object> link;
  final BiFunction<A, Object, A> withLink;
  final BiFunction<A, Relink, Object> relinked;
  final BiFunction<A, Instant, A> withUpdatedAt;
  final BiFunction<A, Long, A> withVersion;
  final EventMaker<A> event;

  ChildKind(Class<A> type, String linkField, Function<ContactId, List<A>> findByContact, Function<A, Optional<A>> reload,
      UnaryOperator<A> save, Function<A, Object> link, BiFunction<A, Object, A> withLink,
      BiFunction<A, Relink, Object> relinked, BiFunction<A, Instant, A> withUpdatedAt,
      BiFunction<A, Long, A> withVersion, EventMaker<A> event) {
    this.type = type;
    this.linkField = linkField;
    this.findByContact = findByContact;
    this.reload = reload;
    this.save = save;
    this.link = link;
    this.withLink = withLink;
    this.relinked = relinked;
    this.withUpdatedAt = withUpdatedAt;
    this.withVersion = withVersion;
    this.event = event;
  }

  /** The record with its contacts relinked to the survivor. */
  A relink(A record, Relink relink) {
    return withLink.apply(record, relinked.apply(record, relink));
  }
}
