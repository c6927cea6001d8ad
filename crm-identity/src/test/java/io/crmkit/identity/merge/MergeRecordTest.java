package io.crmkit.identity.merge;

import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static io.crmkit.core.fixtures.PeopleFixtures.aContact;
import static io.crmkit.core.fixtures.PeopleFixtures.hoursAfterT0;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.identity.merge.memory.InMemoryMergeHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit record of a merge: what it must hold, and how the history keeps it. */
class MergeRecordTest {
  private static final ContactId ADA = ContactId.of("con-ada");
  private static final ContactId ADA_2 = ContactId.of("con-ada-2");
  private static final Contact BEFORE = aContact().version(1).build();
  private static final RecordChange<Contact> SURVIVOR_CHANGE = new RecordChange<>(BEFORE, BEFORE.withVersion(2));

  private static MergeRecord.Builder aMergeRecord() {
    return MergeRecord.builder().id(MergeId.of("merge-1")).survivorId(ADA).addMergedId(ADA_2)
        .mergedBy(UserId.of("user-sue")).mergedAt(T0).addChange(SURVIVOR_CHANGE).createdAt(T0).updatedAt(T0);
  }

  @Test
  void a_merge_record_merges_at_least_one_contact_other_than_the_survivor() {
    assertRejected("mergeRecord.mergedIds", "empty", () -> aMergeRecord().mergedIds(List.of()).build());
    assertRejected("mergeRecord.mergedIds", "duplicate", () -> aMergeRecord().mergedIds(List.of(ADA)).build());
  }

  @Test
  void a_merge_record_holds_the_survivor_s_change_and_each_record_once() {
    assertRejected("mergeRecord.changes", "survivor", () -> aMergeRecord().changes(List.of()).build());
    assertRejected("mergeRecord.changes", "duplicate", () -> aMergeRecord().addChange(SURVIVOR_CHANGE).build());
  }

  @Test
  void a_merge_is_not_undone_before_it_happened() {
    assertRejected("mergeRecord.unmerge", "order",
        () -> aMergeRecord().mergedAt(hoursAfterT0(2)).unmerge(new Unmerge(UserId.of("user-sue"), hoursAfterT0(1)))
            .createdAt(T0).updatedAt(hoursAfterT0(3)).build());
  }

  @Test
  void a_record_change_is_of_one_record_and_moves_its_version_forward() {
    assertRejected("recordChange.after", "sameRecord",
        () -> new RecordChange<>(BEFORE, aContact().id(ADA_2).version(2).build()));
    assertRejected("recordChange.after", "version", () -> new RecordChange<>(BEFORE, BEFORE));
  }

  @Test
  void the_history_refuses_a_stale_copy_so_a_merge_is_undone_at_most_once() {
    InMemoryMergeHistory history = new InMemoryMergeHistory(InMemoryCrm.create());
    MergeRecord stored = history.save(aMergeRecord().build());
    history.save(stored.withUnmerge(new Unmerge(UserId.of("user-sue"), hoursAfterT0(1))));

    assertThatThrownBy(() -> history.save(stored.withUnmerge(new Unmerge(UserId.of("user-tom"), hoursAfterT0(2)))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(history.findById(stored.id()).orElseThrow().unmerge().orElseThrow().unmergedBy())
        .isEqualTo(UserId.of("user-sue"));
  }
}
