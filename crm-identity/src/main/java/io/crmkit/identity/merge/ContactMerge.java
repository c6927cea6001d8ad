package io.crmkit.identity.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentRecord;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.event.ActivityChanged;
import io.crmkit.core.event.CampaignMemberChanged;
import io.crmkit.core.event.ContactChanged;
import io.crmkit.core.event.ContactsMerged;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.OpportunityChanged;
import io.crmkit.core.event.OrderChanged;
import io.crmkit.core.event.SupportCaseChanged;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.order.Order;
import io.crmkit.core.port.ActivityRepository;
import io.crmkit.core.port.CampaignMemberRepository;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.port.CrmEventPublisher;
import io.crmkit.core.port.IdGenerator;
import io.crmkit.core.port.OpportunityRepository;
import io.crmkit.core.port.OrderRepository;
import io.crmkit.core.port.SupportCaseRepository;
import io.crmkit.core.port.UnitOfWork;
import io.crmkit.core.support.SupportCase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Merges a cluster of duplicate contacts into one of them, and undoes such a merge: each run as one
 * transaction of the host's {@link UnitOfWork}, all or nothing.
 *
 * <h2>Merging</h2>
 *
 * <ol>
 *   <li><b>Checks.</b> Every contact of the cluster must exist, not be merged already and, when the
 *       request says which versions the user saw, still be at those versions. Otherwise the result
 *       is {@link MergeResult.Refused} listing every reason, and nothing is written.
 *   <li><b>Golden record.</b> The survivor's fields are decided by {@link ContactSurvivorship}, each
 *       decision explained.
 *   <li><b>Nothing lost.</b> Every activity, support case, deal (contact roles), order and campaign
 *       membership of a merged contact moves to the survivor. An activity naming the survivor and a
 *       merged contact names the survivor once; in a deal where both have a role, the survivor keeps
 *       its role (primary if either was) and the {@link MergeRecord#notes() notes} say so, as they do
 *       when the survivor ends up a member of a campaign twice (both memberships are kept).
 *   <li><b>Merged contacts</b> are kept, marked {@link Contact#mergedInto() merged into} the
 *       survivor, unchanged otherwise.
 *   <li><b>Audit.</b> A {@link MergeRecord} (who, when, which contacts, the decisions, every changed
 *       record before and after) goes to the {@link MergeHistory} in the same transaction.
 *   <li><b>Events.</b> {@code ContactsMerged} for the survivor, {@code ContactChanged} ({@code mergedInto})
 *       per merged contact, and a changed-event per moved record naming the field that names
 *       contacts ({@code contactIds}, {@code contactId}, {@code contactRoles}); time from the injected clock.
 * </ol>
 *
 * <h2>Undoing</h2>
 *
 * <p>{@link #unmerge} puts every record the merge changed back as it was before the merge: moved
 * records to their contacts, the survivor's fields, the merged contacts active again. A record still
 * at the version the merge left it is restored exactly, {@code updatedAt} included. A record changed
 * since keeps the later changes when they touch fields the merge did not change (records appended to
 * the survivor's consent ledger since are kept on it); when the same field changed in the merge and
 * since, the unmerge is {@link UnmergeResult.Refused refused} naming the record and the fields, and
 * nothing is written.
 *
 * <p><b>Versions.</b> Every save moves a record's version one forward: a record at version {@code v}
 * before the merge is at {@code v + 1} after it and, when nothing else changed it, at
 * {@code v + 2} after the unmerge, otherwise equal to what it was before the merge.
 *
 * <p>A record's {@code updatedAt} never goes backwards on a merge: when the clock is behind a
 * record's last update, the record keeps that time. A record changed concurrently makes the unit of
 * work fail with {@link io.crmkit.core.ConcurrentUpdateException}: nothing is stored, no event
 * delivered, and the host may retry.
 */
public final class ContactMerge {
  private final ContactRepository contacts;
  private final CampaignMemberRepository members;
  private final List<ChildKind<?>> kinds;
  private final MergeHistory history;
  private final UnitOfWork unitOfWork;
  private final CrmEventPublisher publisher;
  private final IdGenerator ids;
  private final Clock clock;
  private final ContactSurvivorship survivorship;

  /**
   * Makes the service from the host's ports.
   *
   * @param contacts where the contacts are read and saved
   * @param activities where the merged contacts' activities are found and moved
   * @param cases where their support cases are found and moved
   * @param opportunities where the deals they have a role in are found and changed
   * @param orders where their orders are found and moved
   * @param members where their campaign memberships are found and moved
   * @param history where the audit record of each merge is kept
   * @param unitOfWork the transaction around each merge and unmerge, spanning all of the above and the publisher
   * @param publisher where the events go
   * @param ids makes the ids of merges and events
   * @param clock the time of merges, unmerges and their events
   * @param survivorship decides the golden record's fields
   */
  public ContactMerge(ContactRepository contacts, ActivityRepository activities, SupportCaseRepository cases,
      OpportunityRepository opportunities, OrderRepository orders, CampaignMemberRepository members,
      MergeHistory history, UnitOfWork unitOfWork, CrmEventPublisher publisher, IdGenerator ids, Clock clock,
      ContactSurvivorship survivorship) {
    this.contacts = CrmValidationException.required("contacts", contacts);
    CrmValidationException.required("activities", activities);
    CrmValidationException.required("cases", cases);
    CrmValidationException.required("opportunities", opportunities);
    CrmValidationException.required("orders", orders);
    this.members = CrmValidationException.required("members", members);
    this.history = CrmValidationException.required("history", history);
    this.unitOfWork = CrmValidationException.required("unitOfWork", unitOfWork);
    this.publisher = CrmValidationException.required("publisher", publisher);
    this.ids = CrmValidationException.required("ids", ids);
    this.clock = CrmValidationException.required("clock", clock);
    this.survivorship = CrmValidationException.required("survivorship", survivorship);
    this.kinds = List.of(
        new ChildKind<>(Activity.class, "contactIds", activities::findByContact,
            a -> activities.findById(a.id()), activities::save, Activity::contactIds,
            (a, l) -> a.withContactIds(contactIds(l)),
            (a, r) -> a.contactIds().stream().map(r::replace).distinct().toList(),
            Activity::withUpdatedAt, Activity::withVersion,
            (id, a, f, at) -> new ActivityChanged(id, a.id(), f, a.version(), at)),
        new ChildKind<>(SupportCase.class, "contactId", cases::findByContact,
            c -> cases.findById(c.id()), cases::save, SupportCase::contactId,
            (c, l) -> c.withContactId(contactId(l)), (c, r) -> c.contactId().map(r::replace),
            SupportCase::withUpdatedAt, SupportCase::withVersion,
            (id, c, f, at) -> new SupportCaseChanged(id, c.id(), f, c.version(), at)),
        new ChildKind<>(Opportunity.class, "contactRoles", opportunities::findByContact,
            o -> opportunities.findById(o.id()), opportunities::save, Opportunity::contactRoles,
            (o, l) -> o.withContactRoles(roles(l)), (o, r) -> relinkRoles(o.contactRoles(), r),
            Opportunity::withUpdatedAt, Opportunity::withVersion,
            (id, o, f, at) -> new OpportunityChanged(id, o.id(), f, o.version(), at)),
        new ChildKind<>(Order.class, "contactId", orders::findByContact,
            o -> orders.findById(o.id()), orders::save, Order::contactId,
            (o, l) -> o.withContactId(contactId(l)), (o, r) -> o.contactId().map(r::replace),
            Order::withUpdatedAt, Order::withVersion,
            (id, o, f, at) -> new OrderChanged(id, o.id(), f, o.version(), at)),
        new ChildKind<>(CampaignMember.class, "contactId", members::findByContact,
            m -> members.findById(m.id()), members::save, CampaignMember::contactId,
            (m, l) -> m.withContactId(contactId(l)), (m, r) -> m.contactId().map(r::replace),
            CampaignMember::withUpdatedAt, CampaignMember::withVersion,
            (id, m, f, at) -> new CampaignMemberChanged(id, m.id(), f, m.version(), at)));
  }

  /** The survivorship in use. */
  public ContactSurvivorship survivorship() {
    return survivorship;
  }

  /**
   * Merges the request's cluster into its survivor, following the rules in the class description.
   *
   * @return {@link MergeResult.Merged} with the stored audit record, or {@link MergeResult.Refused}
   *     with every reason, having changed nothing
   * @throws CrmValidationException when the request is missing
   * @throws io.crmkit.core.ConcurrentUpdateException when a record was changed concurrently; nothing
   *     was stored and no event published
   */
  public MergeResult merge(MergeRequest request) {
    CrmValidationException.required("mergeRequest", request);
    return unitOfWork.inTransaction(() -> new MergeRun(request).merge());
  }

  /**
   * Undoes a merge, following the rules in the class description.
   *
   * @param mergeId the merge to undo
   * @param unmergedBy the user undoing it
   * @return {@link UnmergeResult.Unmerged} with every record restored, or {@link UnmergeResult.Refused}
   *     with every conflict (unknown merge, already undone, records changed since), having changed nothing
   * @throws CrmValidationException when an argument is missing
   * @throws io.crmkit.core.ConcurrentUpdateException when a record was changed concurrently; nothing
   *     was stored and no event published
   */
  public UnmergeResult unmerge(MergeId mergeId, UserId unmergedBy) {
    CrmValidationException.required("mergeId", mergeId);
    CrmValidationException.required("unmergedBy", unmergedBy);
    return unitOfWork.inTransaction(() -> new UnmergeRun(mergeId, unmergedBy).unmerge());
  }

  // ------------------------------------------------------------------------------------ merge

  /** One merge. */
  private final class MergeRun {
    private final MergeRequest request;
    private final Instant now = clock.instant();
    private final List<RecordChange<?>> changes = new ArrayList<>();
    private final List<CrmEvent> events = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    MergeRun(MergeRequest request) {
      this.request = request;
    }

    MergeResult merge() {
      List<MergeRefusal> refusals = new ArrayList<>();
      Map<ContactId, Contact> cluster = new LinkedHashMap<>();
      for (ContactId id : request.contactIds()) {
        Optional<Contact> found = contacts.findById(id);
        if (found.isEmpty()) {
          refusals.add(new MergeRefusal(MergeRefusal.Kind.UNKNOWN_CONTACT, id, "no contact has the id " + id));
          continue;
        }
        Contact c = found.get();
        c.mergedInto().ifPresent(into -> refusals.add(new MergeRefusal(MergeRefusal.Kind.ALREADY_MERGED, id,
            id + " was merged into " + into + "; merge into that contact, or undo that merge first")));
        Long expected = request.expectedVersions().get(id);
        if (expected != null && expected != c.version()) {
          refusals.add(new MergeRefusal(MergeRefusal.Kind.STALE_VERSION, id, id + " is at version " + c.version()
              + ", not " + expected + " as seen: look at it again and repeat the merge"));
        }
        cluster.put(id, c);
      }
      if (!refusals.isEmpty()) {
        return new MergeResult.Refused(refusals);
      }
      Contact survivor = cluster.get(request.survivorId());
      List<Contact> merged = request.mergedIds().stream().map(cluster::get).toList();
      ContactGoldenRecord golden = survivorship.goldenRecord(survivor, merged, request.sources(), now);

      Contact savedSurvivor = contacts.save(golden.contact());
      changes.add(new RecordChange<>(survivor, savedSurvivor));
      events.add(new ContactsMerged(ids.nextEventId(), survivor.id(), new LinkedHashSet<>(request.mergedIds()),
          savedSurvivor.version(), now));
      for (Contact m : merged) {
        Contact saved = contacts.save(m.withMergedInto(survivor.id()).withUpdatedAt(later(m.updatedAt())));
        changes.add(new RecordChange<>(m, saved));
        events.add(new ContactChanged(ids.nextEventId(), m.id(), Set.of("mergedInto"), saved.version(), now));
      }
      ChildKind.Relink relink = new ChildKind.Relink(Set.copyOf(request.mergedIds()), survivor.id());
      for (ChildKind<?> kind : kinds) {
        move(kind, relink);
      }
      noteTwiceInCampaigns(survivor.id());

      MergeRecord record = history.save(MergeRecord.builder()
          .id(ids.next(MergeId::of))
          .survivorId(survivor.id())
          .mergedIds(request.mergedIds())
          .mergedBy(request.mergedBy())
          .mergedAt(now)
          .decisions(golden.decisions())
          .changes(changes)
          .notes(notes)
          .createdAt(now)
          .updatedAt(now)
          .build());
      publisher.publishAll(events);
      return new MergeResult.Merged(record);
    }

    private <A extends Aggregate<?>> void move(ChildKind<A> kind, ChildKind.Relink relink) {
      Map<Object, A> children = new LinkedHashMap<>();
      for (ContactId id : request.mergedIds()) {
        kind.findByContact.apply(id).forEach(child -> children.putIfAbsent(child.id(), child));
      }
      for (A child : children.values()) {
        A moved = kind.withUpdatedAt.apply(kind.relink(child, relink), later(child.updatedAt()));
        A saved = kind.save.apply(moved);
        changes.add(new RecordChange<>(child, saved));
        events.add(kind.event.changed(ids.nextEventId(), saved, Set.of(kind.linkField), now));
        if (saved instanceof Opportunity deal) {
          noteFoldedRoles(((Opportunity) child).contactRoles(), deal, relink);
        }
      }
    }

    private void noteFoldedRoles(List<OpportunityContactRole> before, Opportunity deal, ChildKind.Relink relink) {
      List<OpportunityContactRole> folded = before.stream()
          .filter(r -> relink.merged().contains(r.contactId()))
          .filter(r -> deal.contactRoles().stream().noneMatch(kept -> kept.equals(
              new OpportunityContactRole(relink.survivor(), r.role(), kept.primary()))))
          .toList();
      for (OpportunityContactRole r : folded) {
        String kept = deal.contactRoles().stream().filter(k -> k.contactId().equals(relink.survivor()))
            .map(OpportunityContactRole::role).findFirst().orElseThrow();
        notes.add("Opportunity " + deal.id() + ": the role " + r.role() + " of " + r.contactId()
            + " was folded into the role " + kept + " of " + relink.survivor());
      }
    }

    private void noteTwiceInCampaigns(ContactId survivorId) {
      Map<String, List<CampaignMember>> byCampaign = members.findByContact(survivorId).stream()
          .collect(Collectors.groupingBy(m -> m.campaignId().value(), TreeMap::new, Collectors.toList()));
      byCampaign.forEach((campaign, memberships) -> {
        if (memberships.size() > 1) {
          notes.add("Campaign " + campaign + ": " + survivorId + " is now a member " + memberships.size()
              + " times (" + memberships.stream().map(m -> m.id().value()).collect(Collectors.joining(", "))
              + "); every membership was kept");
        }
      });
    }

    private Instant later(Instant updatedAt) {
      return now.isAfter(updatedAt) ? now : updatedAt;
    }
  }

  // ---------------------------------------------------------------------------------- unmerge

  /** One unmerge: first every restoration is planned and checked, then, if none conflicts, written. */
  private final class UnmergeRun {
    private final MergeId mergeId;
    private final UserId unmergedBy;
    private final Instant now = clock.instant();
    private final List<UnmergeConflict> conflicts = new ArrayList<>();
    private final List<Supplier<RecordChange<?>>> writes = new ArrayList<>();
    private final List<CrmEvent> events = new ArrayList<>();

    UnmergeRun(MergeId mergeId, UserId unmergedBy) {
      this.mergeId = mergeId;
      this.unmergedBy = unmergedBy;
    }

    UnmergeResult unmerge() {
      Optional<MergeRecord> found = history.findById(mergeId);
      if (found.isEmpty()) {
        return refused(new UnmergeConflict(UnmergeConflict.Kind.UNKNOWN_MERGE, "MergeRecord", mergeId, List.of(),
            "no merge has the id " + mergeId));
      }
      MergeRecord record = found.get();
      if (record.unmerge().isPresent()) {
        Unmerge done = record.unmerge().get();
        return refused(new UnmergeConflict(UnmergeConflict.Kind.ALREADY_UNMERGED, "MergeRecord", mergeId, List.of(),
            "the merge was undone by " + done.unmergedBy() + " at " + done.unmergedAt()));
      }
      for (RecordChange<?> change : record.changes()) {
        if (change.after() instanceof Contact) {
          planContact((Contact) change.before(), (Contact) change.after());
        } else {
          planChild(kindOf(change.after()), change);
        }
      }
      if (!conflicts.isEmpty()) {
        return new UnmergeResult.Refused(mergeId, conflicts);
      }
      List<RecordChange<?>> restored = new ArrayList<>();
      writes.forEach(w -> restored.add(w.get()));
      MergeRecord undone = history.save(record
          .withUnmerge(new Unmerge(unmergedBy, later(record.mergedAt())))
          .withUpdatedAt(later(record.updatedAt())));
      publisher.publishAll(events);
      return new UnmergeResult.Unmerged(undone, restored);
    }

    private UnmergeResult refused(UnmergeConflict conflict) {
      return new UnmergeResult.Refused(mergeId, List.of(conflict));
    }

    private void planContact(Contact before, Contact after) {
      Optional<Contact> found = contacts.findById(after.id());
      if (found.isEmpty()) {
        missing(after);
        return;
      }
      Contact current = found.get();
      Contact target;
      if (current.version() == after.version()) {
        target = before.withVersion(current.version());
      } else {
        List<String> byMerge = ContactFields.changed(before, after);
        List<String> since = ContactFields.changed(after, current);
        boolean consentAppended = appendedTo(after.consent(), current.consent());
        List<String> both = byMerge.stream().filter(since::contains)
            .filter(f -> !(f.equals("consent") && consentAppended)).toList();
        if (!both.isEmpty()) {
          conflicts.add(new UnmergeConflict(UnmergeConflict.Kind.CHANGED_SINCE_MERGE, current.recordType(),
              current.id(), both, "contact " + current.id() + " changed since the merge in " + both
                  + ", which the merge set: restoring them would undo that change"));
          return;
        }
        target = current;
        for (String field : byMerge) {
          Object restoredValue = field.equals("consent")
              ? ledger(before.consent(), after.consent(), current.consent())
              : ContactFields.get(before, field);
          target = ContactFields.set(target, field, restoredValue);
        }
        target = target.withUpdatedAt(later(current.updatedAt()));
      }
      Contact planned = target;
      writes.add(() -> {
        Contact saved = contacts.save(planned);
        List<String> changed = ContactFields.changed(current, saved);
        if (!changed.isEmpty()) {
          events.add(new ContactChanged(ids.nextEventId(), saved.id(), Set.copyOf(changed), saved.version(), now));
        }
        return new RecordChange<>(current, saved);
      });
    }

    private <A extends Aggregate<?>> void planChild(ChildKind<A> kind, RecordChange<?> change) {
      A before = kind.type.cast(change.before());
      A after = kind.type.cast(change.after());
      Optional<A> found = kind.reload.apply(after);
      if (found.isEmpty()) {
        missing(after);
        return;
      }
      A current = found.get();
      A target;
      if (current.version() == after.version()) {
        target = kind.withVersion.apply(before, current.version());
      } else if (kind.link.apply(current).equals(kind.link.apply(after))) {
        target = kind.withUpdatedAt.apply(kind.withLink.apply(current, kind.link.apply(before)),
            later(current.updatedAt()));
      } else {
        conflicts.add(new UnmergeConflict(UnmergeConflict.Kind.CHANGED_SINCE_MERGE, current.recordType(),
            current.id(), List.of(kind.linkField), current.recordType() + " " + current.id().value()
                + " changed its " + kind.linkField + " since the merge: restoring them would undo that change"));
        return;
      }
      writes.add(() -> {
        A saved = kind.save.apply(target);
        events.add(kind.event.changed(ids.nextEventId(), saved, Set.of(kind.linkField), now));
        return new RecordChange<>(current, saved);
      });
    }

    private void missing(Aggregate<?> record) {
      conflicts.add(new UnmergeConflict(UnmergeConflict.Kind.MISSING_RECORD, record.recordType(), record.id(),
          List.of(), record.recordType() + " " + record.id().value() + " is no longer stored"));
    }

    private Instant later(Instant updatedAt) {
      return now.isAfter(updatedAt) ? now : updatedAt;
    }
  }

  private ChildKind<?> kindOf(Aggregate<?> record) {
    return kinds.stream().filter(k -> k.type.isInstance(record)).findFirst()
        .orElseThrow(() -> new IllegalStateException("a merge does not change " + record.recordType() + " records"));
  }

  /** Whether {@code current} is {@code merged} with records appended. */
  private static boolean appendedTo(ConsentLedger merged, ConsentLedger current) {
    List<ConsentRecord> m = merged.records();
    List<ConsentRecord> c = current.records();
    return c.size() >= m.size() && c.subList(0, m.size()).equals(m);
  }

  /** The ledger before the merge with the records appended since the merge. */
  private static ConsentLedger ledger(ConsentLedger before, ConsentLedger merged, ConsentLedger current) {
    List<ConsentRecord> records = new ArrayList<>(before.records());
    if (appendedTo(merged, current)) {
      records.addAll(current.records().subList(merged.records().size(), current.records().size()));
    }
    return ConsentLedger.of(records);
  }

  // ------------------------------------------------------------------------------- relinking

  @SuppressWarnings("unchecked")
  private static List<ContactId> contactIds(Object link) {
    return (List<ContactId>) link;
  }

  @SuppressWarnings("unchecked")
  private static Optional<ContactId> contactId(Object link) {
    return (Optional<ContactId>) link;
  }

  @SuppressWarnings("unchecked")
  private static List<OpportunityContactRole> roles(Object link) {
    return (List<OpportunityContactRole>) link;
  }

  /**
   * A deal's roles with merged contacts replaced by the survivor: one role per contact, the
   * survivor's own role if it had one, else the first merged contact's; primary if any folded role was.
   */
  private static List<OpportunityContactRole> relinkRoles(List<OpportunityContactRole> roles, ChildKind.Relink r) {
    Optional<OpportunityContactRole> own = roles.stream().filter(x -> x.contactId().equals(r.survivor())).findFirst();
    boolean primary = roles.stream().anyMatch(x -> x.primary() && r.replace(x.contactId()).equals(r.survivor()));
    List<OpportunityContactRole> out = new ArrayList<>();
    boolean placed = false;
    for (OpportunityContactRole role : roles) {
      if (!r.replace(role.contactId()).equals(r.survivor())) {
        out.add(role);
      } else if (!placed && (own.isEmpty() || role.equals(own.get()))) {
        out.add(new OpportunityContactRole(r.survivor(), role.role(), primary));
        placed = true;
      }
    }
    return out;
  }
}
