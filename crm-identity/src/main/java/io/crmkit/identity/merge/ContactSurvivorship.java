package io.crmkit.identity.merge;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentRecord;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.value.Attribution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Makes the golden record of a cluster of duplicate contacts: the survivor, with each field decided
 * among the values of all the contacts by the field's {@link SurvivorshipRules} ({@link Survivorship}
 * says how), each decision explained.
 *
 * <ul>
 *   <li><b>One value</b>: names, job title, lifecycle stage, owner and each custom field take the
 *       winning record's value.
 *   <li><b>Lists</b>: e-mail addresses, phone numbers, postal addresses and account links keep
 *       every element of every record, none twice; the rules choose whose elements come first, so
 *       the winner's primary e-mail address stays primary. Account links count once per account
 *       (the first one's role), and only the first primary link stays primary.
 *   <li><b>Consent</b>: every record of every ledger is kept (exact repeats once), in capture order,
 *       so that for each channel and purpose the most recent decision answers. Not configurable.
 *   <li><b>Attribution</b>: every touch is recorded, so the earliest first touch and the latest last
 *       touch remain. Not configurable.
 * </ul>
 *
 * <p>The survivor keeps its id, creation time, version and {@code mergedInto}; its {@code updatedAt}
 * becomes {@code now}, unless it was updated later than that. The result does not depend on the
 * order in which the other contacts are given.
 */
public final class ContactSurvivorship {
  /** The fields decided by rules, in the order decisions are listed (custom fields follow, by name). */
  public static final List<String> FIELDS = List.of("firstName", "middleName", "lastName", "jobTitle", "emails",
      "phones", "postalAddresses", "accountLinks", "lifecycleStage", "ownerId");

  private static final Pattern CUSTOM_FIELD = Pattern.compile("customFields\\.[a-z][a-z0-9_]{0,63}");
  private static final Comparator<Contact> ORDER = Comparator.comparing(c -> c.id().value());

  private final SurvivorshipRules rules;

  /**
   * Makes the survivorship with these rules.
   *
   * @throws CrmValidationException ({@code survivorshipRules.field}, {@code unknown}) when a rule names
   *     a field that is neither in {@link #FIELDS} nor a custom field ({@code customFields.<name>})
   */
  public ContactSurvivorship(SurvivorshipRules rules) {
    CrmValidationException.required("survivorshipRules", rules);
    for (String field : rules.byField().keySet()) {
      if (!FIELDS.contains(field) && !CUSTOM_FIELD.matcher(field).matches()) {
        throw CrmValidationException.of("survivorshipRules.field", "unknown", field,
            "rules apply to " + FIELDS + " and custom fields as customFields.<name>; consent and attribution always keep everything");
      }
    }
    this.rules = rules;
  }

  /**
   * The default rules: names by {@linkplain SurvivorshipRule#mostComplete() most complete}, then
   * {@linkplain SurvivorshipRule#mostRecent() most recent} ("Robert" over "Bob"); the owner by
   * {@linkplain SurvivorshipRule#mostFrequent() most frequent}, then most recent; every other field
   * (job title, lists, lifecycle stage, custom fields) by most recent.
   */
  public static SurvivorshipRules defaultRules() {
    SurvivorshipRule complete = SurvivorshipRule.mostComplete();
    SurvivorshipRule recent = SurvivorshipRule.mostRecent();
    return SurvivorshipRules.of(recent)
        .with("firstName", complete, recent)
        .with("middleName", complete, recent)
        .with("lastName", complete, recent)
        .with("ownerId", SurvivorshipRule.mostFrequent(), recent);
  }

  /** The rules in use. */
  public SurvivorshipRules rules() {
    return rules;
  }

  /**
   * The golden record of a survivor and the contacts merged into it.
   *
   * @param survivor the contact that remains
   * @param others the contacts merged into it, in any order; the survivor may be among them
   * @param sources where each contact came from, for {@link SurvivorshipRule.SourcePriority}; contacts
   *     not in the map have no known source
   * @param now the time of the merge
   * @throws CrmValidationException when an argument is missing or two contacts share an id
   */
  public ContactGoldenRecord goldenRecord(Contact survivor, Collection<Contact> others,
      Map<ContactId, String> sources, Instant now) {
    CrmValidationException.required("survivor", survivor);
    CrmValidationException.required("others", others);
    CrmValidationException.required("sources", sources);
    CrmValidationException.required("now", now);
    List<Contact> cluster = cluster(survivor, others);
    Run run = new Run(survivor, cluster, sources);
    Contact golden = survivor;
    golden = golden.withFirstName(run.single("firstName", Contact::firstName));
    golden = golden.withMiddleName(run.single("middleName", Contact::middleName));
    golden = golden.withLastName(run.single("lastName", Contact::lastName));
    golden = golden.withJobTitle(run.single("jobTitle", Contact::jobTitle));
    golden = golden.withEmails(run.union("emails", Contact::emails, Function.identity()));
    golden = golden.withPhones(run.union("phones", Contact::phones, Function.identity()));
    golden = golden.withPostalAddresses(run.union("postalAddresses", Contact::postalAddresses, Function.identity()));
    golden = golden.withAccountLinks(onePrimary(run.union("accountLinks", Contact::accountLinks, AccountLink::accountId)));
    golden = golden.withLifecycleStage(run.single("lifecycleStage", c -> Optional.of(c.lifecycleStage())).orElseThrow());
    golden = golden.withOwnerId(run.single("ownerId", Contact::ownerId));
    golden = golden.withConsent(run.consent());
    golden = golden.withAttribution(run.attribution());
    golden = golden.withCustomFields(run.customFields());
    golden = golden.withUpdatedAt(now.isAfter(survivor.updatedAt()) ? now : survivor.updatedAt());
    return new ContactGoldenRecord(golden, run.decisions);
  }

  /** The survivor and the others, each once, the survivor first and the rest by id. */
  private static List<Contact> cluster(Contact survivor, Collection<Contact> others) {
    List<Contact> rest = new ArrayList<>();
    Set<ContactId> seen = new HashSet<>(Set.of(survivor.id()));
    for (Contact c : others) {
      CrmValidationException.required("others", c);
      if (c.id().equals(survivor.id())) {
        if (!c.equals(survivor)) {
          throw CrmValidationException.of("others", "duplicate", c.id(), "two different contacts share an id");
        }
        continue;
      }
      if (!seen.add(c.id())) {
        throw CrmValidationException.of("others", "duplicate", c.id(), "each contact is given once");
      }
      rest.add(c);
    }
    rest.sort(ORDER);
    List<Contact> cluster = new ArrayList<>(List.of(survivor));
    cluster.addAll(rest);
    return List.copyOf(cluster);
  }

  private static List<AccountLink> onePrimary(List<AccountLink> links) {
    boolean seen = false;
    List<AccountLink> out = new ArrayList<>();
    for (AccountLink l : links) {
      out.add(l.primary() && seen ? AccountLink.of(l.accountId(), l.role()) : l);
      seen |= l.primary();
    }
    return out;
  }

  /** One golden record in the making. */
  private final class Run {
    private final Contact survivor;
    private final List<Contact> cluster;
    private final Map<ContactId, String> sources;
    private final List<FieldDecision> decisions = new ArrayList<>();

    Run(Contact survivor, List<Contact> cluster, Map<ContactId, String> sources) {
      this.survivor = survivor;
      this.cluster = cluster;
      this.sources = sources;
    }

    private FieldCandidate candidate(Contact c, Object value) {
      return new FieldCandidate(c.id(), value, c.updatedAt(), Optional.ofNullable(sources.get(c.id())),
          c.id().equals(survivor.id()));
    }

    private Survivorship.Choice choose(String field, Function<Contact, Optional<?>> read) {
      List<FieldCandidate> candidates = new ArrayList<>();
      for (Contact c : cluster) {
        read.apply(c).ifPresent(v -> candidates.add(candidate(c, v)));
      }
      return Survivorship.choose(field, rules.rulesFor(field), candidates);
    }

    @SuppressWarnings("unchecked")
    <T> Optional<T> single(String field, Function<Contact, Optional<T>> read) {
      Survivorship.Choice choice = choose(field, c -> read.apply(c));
      decisions.add(choice.decision());
      return choice.winner().map(w -> (T) w.value());
    }

    /** Every element of every record's list, once by key, the winner's first, then the others in cluster order. */
    <T> List<T> union(String field, Function<Contact, List<T>> read, Function<T, ?> key) {
      Survivorship.Choice choice = choose(field, c -> Optional.of(read.apply(c)).filter(l -> !l.isEmpty()));
      List<Contact> order = new ArrayList<>();
      choice.winner().ifPresent(w -> cluster.stream().filter(c -> c.id().equals(w.recordId())).forEach(order::add));
      cluster.stream().filter(c -> !order.contains(c)).forEach(order::add);
      Set<Object> keys = new HashSet<>();
      List<T> out = new ArrayList<>();
      int records = 0;
      for (Contact c : order) {
        boolean contributed = false;
        for (T element : read.apply(c)) {
          if (keys.add(key.apply(element))) {
            out.add(element);
            contributed = true;
          }
        }
        records += contributed ? 1 : 0;
      }
      FieldDecision d = choice.decision();
      decisions.add(choice.winner().isEmpty() ? d : new FieldDecision(d.field(), d.winner(), d.decidedBy(),
          d.explanation() + "; its elements come first, and all " + out.size() + " distinct elements of "
              + records + " record(s) are kept"));
      return out;
    }

    ConsentLedger consent() {
      List<ConsentRecord> all = new ArrayList<>();
      Set<ConsentRecord> seen = new HashSet<>();
      int records = 0;
      for (Contact c : cluster) {
        if (!c.consent().isEmpty()) {
          records++;
        }
        for (ConsentRecord r : c.consent().records()) {
          if (seen.add(r)) {
            all.add(r);
          }
        }
      }
      all.sort(Comparator.comparing(ConsentRecord::capturedAt));
      decisions.add(new FieldDecision("consent", Optional.empty(), FieldDecision.ALL_KEPT,
          "consent keeps all " + all.size() + " distinct records of " + records
              + " ledger(s) in capture order: for each channel and purpose the most recent decision answers"));
      return ConsentLedger.of(all);
    }

    Attribution attribution() {
      Attribution a = Attribution.none();
      for (Contact c : cluster) {
        a = c.attribution().firstTouch().map(a::record).orElse(a);
        Attribution so = a;
        a = c.attribution().lastTouch().map(so::record).orElse(a);
      }
      decisions.add(new FieldDecision("attribution", Optional.empty(), FieldDecision.ALL_KEPT,
          a.isEmpty() ? "attribution is empty: no record holds a touch"
              : "attribution keeps the earliest first touch (" + a.firstTouch().orElseThrow().capturedAt()
                  + ") and the latest last touch (" + a.lastTouch().orElseThrow().capturedAt() + ") of all records"));
      return a;
    }

    CustomFields customFields() {
      TreeSet<String> names = new TreeSet<>();
      cluster.forEach(c -> names.addAll(c.customFields().asMap().keySet()));
      CustomFields out = CustomFields.empty();
      for (String name : names) {
        Optional<CustomFieldValue> v = single(ContactFields.CUSTOM + name, c -> c.customFields().get(name));
        if (v.isPresent()) {
          out = out.with(name, v.get());
        }
      }
      return out;
    }
  }
}
