package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.fixtures.TestEvents;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.support.CaseStatus;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every event refuses what is missing or makes no sense, naming the field and the rule. */
class EventFieldsTest {
  private static final EventId EVENT = EventId.of("evt-1");
  private static final Instant AT = TestEvents.AT;
  private static final ContactId CONTACT = ContactId.of("contact-1");
  private static final AccountId ACCOUNT = AccountId.of("account-1");

  private static void assertRefused(ThrowingCallable making, String field, String rule) {
    assertThatThrownBy(making).isInstanceOfSatisfying(CrmValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }

  @Test
  void every_event_refuses_each_missing_component_naming_it() {
    for (CrmEvent sample : TestEvents.oneOfEach()) {
      RecordComponent[] components = sample.getClass().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        if (components[i].getType().isPrimitive()) {
          continue;
        }
        String name = components[i].getName();
        assertRefused(() -> Remade.with(sample, name, null), Remade.eventName(sample) + "." + name, "required");
      }
    }
  }

  @Test
  void every_event_refuses_a_version_below_1() {
    for (CrmEvent sample : TestEvents.oneOfEach()) {
      String field = Remade.eventName(sample) + ".aggregateVersion";
      assertRefused(() -> Remade.with(sample, "aggregateVersion", 0L), field, "range");
      assertRefused(() -> Remade.with(sample, "aggregateVersion", -1L), field, "range");
    }
  }

  @Test
  void every_event_is_remade_equal_from_its_own_components() throws Throwable {
    for (CrmEvent sample : TestEvents.oneOfEach()) {
      assertThat(Remade.with(sample, "eventId", sample.eventId())).isEqualTo(sample);
    }
  }

  // --- changed fields ---

  @Test
  void a_change_naming_no_field_is_refused() {
    assertRefused(() -> new ContactChanged(EVENT, CONTACT, Set.of(), 2, AT),
        "contactChanged.changedFields", "empty");
  }

  @Test
  void a_blank_field_name_is_refused() {
    assertRefused(() -> new AccountChanged(EVENT, ACCOUNT, Set.of("name", "  "), 2, AT),
        "accountChanged.changedFields", "required");
  }

  @Test
  void a_field_name_that_is_not_an_api_name_is_refused() {
    for (String bad : List.of("first name", "1st", "name.", ".name", "name..city", "näme", "a-b")) {
      assertRefused(() -> new AccountChanged(EVENT, ACCOUNT, Set.of(bad), 2, AT),
          "accountChanged.changedFields", "token");
    }
  }

  @Test
  void changed_field_names_are_stripped_sorted_and_kept_as_an_immutable_copy() {
    Set<String> given = new LinkedHashSet<>(List.of(" size", "name ", "billingAddress.city"));

    AccountChanged changed = new AccountChanged(EVENT, ACCOUNT, given, 2, AT);
    given.add("industry");

    assertThat(changed.changedFields()).containsExactly("billingAddress.city", "name", "size");
    assertThatThrownBy(() -> changed.changedFields().add("domain"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // --- transitions ---

  @Test
  void a_stage_change_to_the_same_stage_is_refused() {
    assertRefused(() -> new OpportunityStageChanged(EVENT, OpportunityId.of("opp-1"), Stage.PROPOSAL,
        Stage.PROPOSAL, 2, AT), "opportunityStageChanged.to", "unchanged");
  }

  @Test
  void a_lifecycle_change_to_the_same_stage_is_refused() {
    assertRefused(() -> new ContactLifecycleStageChanged(EVENT, CONTACT, LifecycleStage.MQL,
        LifecycleStage.of(" MQL "), 2, AT), "contactLifecycleStageChanged.to", "unchanged");
  }

  @Test
  void a_case_status_change_to_the_same_status_is_refused() {
    assertRefused(() -> new CaseStatusChanged(EVENT, CaseId.of("case-1"), CaseStatus.OPEN, CaseStatus.OPEN,
        2, AT), "caseStatusChanged.to", "unchanged");
  }

  @Test
  void a_lead_conversion_without_an_opportunity_is_accepted() {
    LeadConverted converted = new LeadConverted(EVENT, LeadId.of("lead-1"), ACCOUNT, CONTACT,
        Optional.empty(), 2, AT);

    assertThat(converted.opportunityId()).isEmpty();
    assertThat(converted.aggregateId()).isEqualTo(LeadId.of("lead-1"));
  }

  // --- merges ---

  @Test
  void a_merge_of_no_record_is_refused() {
    assertRefused(() -> new ContactsMerged(EVENT, CONTACT, Set.of(), 2, AT), "contactsMerged.mergedIds", "empty");
    assertRefused(() -> new AccountsMerged(EVENT, ACCOUNT, Set.of(), 2, AT), "accountsMerged.mergedIds", "empty");
  }

  @Test
  void the_survivor_cannot_be_among_the_merged_records() {
    assertRefused(() -> new ContactsMerged(EVENT, CONTACT, Set.of(ContactId.of("contact-2"), CONTACT), 2, AT),
        "contactsMerged.mergedIds", "survivor");
    assertRefused(() -> new AccountsMerged(EVENT, ACCOUNT, Set.of(ACCOUNT), 2, AT),
        "accountsMerged.mergedIds", "survivor");
  }

  @Test
  void a_missing_merged_id_is_refused() {
    Set<AccountId> withNull = new LinkedHashSet<>();
    withNull.add(AccountId.of("account-2"));
    withNull.add(null);

    assertRefused(() -> new AccountsMerged(EVENT, ACCOUNT, withNull, 2, AT), "accountsMerged.mergedIds", "required");
  }

  @Test
  void merged_ids_keep_their_order_in_an_immutable_copy() {
    List<ContactId> order = List.of(ContactId.of("c-9"), ContactId.of("c-2"), ContactId.of("c-5"));
    Set<ContactId> given = new LinkedHashSet<>(order);

    ContactsMerged merged = new ContactsMerged(EVENT, CONTACT, given, 2, AT);
    given.clear();

    assertThat(new ArrayList<>(merged.mergedIds())).isEqualTo(order);
    assertThatThrownBy(() -> merged.mergedIds().add(ContactId.of("c-1")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
