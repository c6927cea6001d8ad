package io.crmkit.identity.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Aggregate;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.consent.ConsentRecord;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.order.Order;
import io.crmkit.core.support.SupportCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The invariants of merging: merging then unmerging gives every record back (versions two ahead),
 * a merge never drops a record of a merged contact, and the golden record does not depend on the
 * order the contacts are given in.
 */
class MergeProperties {
  /** A contact outside the cluster, named by some records alongside the cluster's contacts. */
  private static final ContactId OUTSIDER = ContactId.of("con-outside");

  @Property(tries = 100)
  void merging_then_unmerging_restores_every_record_with_versions_two_ahead(@ForAll("scenarios") Scenario s) {
    MergeWorld world = s.stored();
    Map<Object, Aggregate<?>> before = everything(world, s);

    MergeRecord merge = world.merged(s.request());
    world.unmerged(merge.id());

    Map<Object, Aggregate<?>> after = everything(world, s);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((key, record) -> {
      boolean changed = merge.changeOf(record.id()).filter(c -> c.before().equals(record)).isPresent();
      assertThat(after.get(key)).isEqualTo(changed ? versioned(record, record.version() + 2) : record);
    });
  }

  @Property(tries = 100)
  void a_merge_never_drops_a_record_of_a_merged_contact(@ForAll("scenarios") Scenario s) {
    MergeWorld world = s.stored();
    ContactId survivor = s.request().survivorId();
    Map<String, Set<Object>> before = childrenOf(world, s.clusterIds());

    world.merged(s.request());

    assertThat(childrenOf(world, List.of(survivor))).isEqualTo(before);
    for (ContactId merged : s.request().mergedIds()) {
      assertThat(childrenOf(world, List.of(merged))).allSatisfy((type, ids) -> assertThat(ids).isEmpty());
    }
  }

  @Property(tries = 300)
  void the_golden_record_does_not_depend_on_the_order_of_the_contacts(
      @ForAll("clusters") List<Contact> cluster, @ForAll long seed) {
    ContactSurvivorship survivorship = new ContactSurvivorship(ContactSurvivorship.defaultRules());
    List<Contact> shuffled = new ArrayList<>(cluster.subList(1, cluster.size()));
    Collections.shuffle(shuffled, new Random(seed));

    ContactGoldenRecord one = survivorship.goldenRecord(cluster.get(0), cluster.subList(1, cluster.size()), Map.of(),
        MergeWorld.NOW);
    ContactGoldenRecord other = survivorship.goldenRecord(cluster.get(0), shuffled, Map.of(), MergeWorld.NOW);

    assertThat(other).isEqualTo(one);
  }

  @Property(tries = 300)
  void the_golden_record_keeps_every_consent_record_and_every_e_mail_address(@ForAll("clusters") List<Contact> cluster) {
    ContactGoldenRecord golden = new ContactSurvivorship(ContactSurvivorship.defaultRules())
        .goldenRecord(cluster.get(0), cluster, Map.of(), MergeWorld.NOW);

    Set<ConsentRecord> consent = cluster.stream().flatMap(c -> c.consent().records().stream())
        .collect(Collectors.toSet());
    assertThat(golden.contact().consent().records()).containsExactlyInAnyOrderElementsOf(consent);
    assertThat(golden.contact().emails())
        .containsExactlyInAnyOrderElementsOf(cluster.stream().flatMap(c -> c.emails().stream()).distinct().toList());
    assertThat(golden.contact().accountLinks().stream().filter(l -> l.primary())).hasSizeLessThanOrEqualTo(1);
    assertThat(golden.decisions()).extracting(FieldDecision::field).doesNotHaveDuplicates();
  }

  // ------------------------------------------------------------------------------ scenarios

  /** A cluster of stored contacts with records hanging from them, and a request to merge it. */
  record Scenario(List<Contact> contacts, List<Activity> activities, List<SupportCase> cases,
      List<Opportunity> opportunities, List<Order> orders, List<CampaignMember> members, MergeRequest request) {

    List<ContactId> clusterIds() {
      return contacts.stream().map(Contact::id).toList();
    }

    /** A new world holding the scenario's records. */
    MergeWorld stored() {
      MergeWorld world = new MergeWorld();
      contacts.forEach(world::given);
      activities.forEach(world::given);
      cases.forEach(world::given);
      opportunities.forEach(world::given);
      orders.forEach(world::given);
      members.forEach(world::given);
      return world;
    }
  }

  @Provide
  Arbitrary<List<Contact>> clusters() {
    return PeopleFixtures.contacts().list().ofMinSize(2).ofMaxSize(4).map(MergeProperties::numbered);
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<List<Contact>> contacts = clusters();
    Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 4).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<Activity>> activities = Combinators.combine(PeopleFixtures.activities(), picks)
        .as((a, p) -> a.withContactIds(ids(p))).list().ofMaxSize(5)
        .map(list -> renumbered(list, i -> ActivityId.of("act-" + i), Activity::withId));
    Arbitrary<List<SupportCase>> cases = Combinators.combine(SalesFixtures.supportCases(), picks)
        .as((c, p) -> c.withContactId(ids(p).get(0))).list().ofMaxSize(3)
        .map(list -> renumbered(list, i -> CaseId.of("case-" + i), SupportCase::withId));
    Arbitrary<List<Opportunity>> opportunities = Combinators.combine(SalesFixtures.opportunities(), picks,
            Arbitraries.integers().between(-1, 2))
        .as((o, p, primary) -> o.withContactRoles(roles(ids(p), primary))).list().ofMaxSize(3)
        .map(list -> renumbered(list, i -> OpportunityId.of("opp-" + i), Opportunity::withId));
    Arbitrary<List<Order>> orders = Combinators.combine(SalesFixtures.orders(), picks)
        .as((o, p) -> o.withContactId(ids(p).get(0))).list().ofMaxSize(3)
        .map(list -> renumbered(list, i -> OrderId.of("order-" + i), Order::withId));
    Arbitrary<List<CampaignMember>> members = Combinators.combine(PeopleFixtures.campaignMembers(), picks)
        .as((m, p) -> CampaignMember.builder().from(m).leadId(Optional.empty()).contactId(ids(p).get(0)).build()).list().ofMaxSize(3)
        .map(list -> renumbered(list, i -> CampaignMemberId.of("cm-" + i), CampaignMember::withId));
    return Combinators.combine(contacts, activities, cases, opportunities, orders, members,
            Arbitraries.integers().between(0, 3), Arbitraries.longs())
        .as((cs, as, ks, os, rs, ms, survivorAt, seed) -> {
          List<ContactId> cluster = new ArrayList<>(cs.stream().map(Contact::id).toList());
          Collections.shuffle(cluster, new Random(seed));
          ContactId survivor = cs.get(survivorAt % cs.size()).id();
          return new Scenario(cs, as, ks, os, rs, ms, MergeRequest.of(survivor, cluster, MergeWorld.STEWARD));
        });
  }

  /** Contacts con-0, con-1... (picks 0 to 3 name them; 4 names the outsider), none merged. */
  private static List<Contact> numbered(List<Contact> contacts) {
    return IntStream.range(0, contacts.size())
        .mapToObj(i -> contacts.get(i).withId(ContactId.of("con-" + i)).withMergedInto(Optional.empty()))
        .toList();
  }

  /** The contacts picked, each once: 0 to 3 name con-0 to con-3 (a missing one is simply not stored), 4 the outsider. */
  private static List<ContactId> ids(List<Integer> picks) {
    return List.copyOf(picks.stream().map(p -> p == 4 ? OUTSIDER : ContactId.of("con-" + p))
        .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  private static List<OpportunityContactRole> roles(List<ContactId> contacts, int primaryAt) {
    return IntStream.range(0, contacts.size())
        .mapToObj(i -> new OpportunityContactRole(contacts.get(i), "Role " + i, i == primaryAt)).toList();
  }

  private static <A, I> List<A> renumbered(List<A> records, Function<Integer, I> id,
      java.util.function.BiFunction<A, I, A> withId) {
    return IntStream.range(0, records.size()).mapToObj(i -> withId.apply(records.get(i), id.apply(i))).toList();
  }

  // ------------------------------------------------------------------------------- reading

  /** Every record of the scenario as stored now, by type and id. */
  private static Map<Object, Aggregate<?>> everything(MergeWorld world, Scenario s) {
    Map<Object, Aggregate<?>> all = new java.util.HashMap<>();
    s.contacts().forEach(c -> put(all, world.crm.contacts().findById(c.id())));
    s.activities().forEach(a -> put(all, world.crm.activities().findById(a.id())));
    s.cases().forEach(c -> put(all, world.crm.supportCases().findById(c.id())));
    s.opportunities().forEach(o -> put(all, world.crm.opportunities().findById(o.id())));
    s.orders().forEach(o -> put(all, world.crm.orders().findById(o.id())));
    s.members().forEach(m -> put(all, world.crm.campaignMembers().findById(m.id())));
    return all;
  }

  private static void put(Map<Object, Aggregate<?>> all, Optional<? extends Aggregate<?>> record) {
    Aggregate<?> r = record.orElseThrow();
    all.put(r.recordType() + "/" + r.id().value(), r);
  }

  /** The ids of the records of each type that name any of these contacts. */
  private static Map<String, Set<Object>> childrenOf(MergeWorld world, List<ContactId> contactIds) {
    Map<String, Set<Object>> children = new java.util.TreeMap<>();
    for (String type : List.of("Activity", "SupportCase", "Opportunity", "Order", "CampaignMember")) {
      children.put(type, new java.util.HashSet<>());
    }
    for (ContactId id : contactIds) {
      world.crm.activities().findByContact(id).forEach(r -> children.get("Activity").add(r.id()));
      world.crm.supportCases().findByContact(id).forEach(r -> children.get("SupportCase").add(r.id()));
      world.crm.opportunities().findByContact(id).forEach(r -> children.get("Opportunity").add(r.id()));
      world.crm.orders().findByContact(id).forEach(r -> children.get("Order").add(r.id()));
      world.crm.campaignMembers().findByContact(id).forEach(r -> children.get("CampaignMember").add(r.id()));
    }
    return children;
  }

  private static Aggregate<?> versioned(Aggregate<?> record, long version) {
    if (record instanceof Contact c) {
      return c.withVersion(version);
    } else if (record instanceof Activity a) {
      return a.withVersion(version);
    } else if (record instanceof SupportCase c) {
      return c.withVersion(version);
    } else if (record instanceof Opportunity o) {
      return o.withVersion(version);
    } else if (record instanceof Order o) {
      return o.withVersion(version);
    }
    return ((CampaignMember) record).withVersion(version);
  }
}
