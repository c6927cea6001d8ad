package io.crmkit.core.port;

import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;
import io.crmkit.core.ConcurrentUpdateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The repositories' default {@code saveAll}: every version checked against the stored one first,
 * then one save after another. Not API.
 */
final class SaveInTurn {
  private SaveInTurn() {}

  /**
   * Saves the records in order after checking every version, so that a stale copy anywhere in the
   * batch refuses it before anything is written.
   *
   * @param records the batch; a record may appear more than once, each copy at the version the one
   *     before it stores
   * @param findById the repository's look-up by id
   * @param save the repository's save
   * @return the stored copies, in the batch's order
   * @throws ConcurrentUpdateException for the first record whose version is not the one stored (or
   *     stored by the batch before it); nothing is written
   * @throws NullPointerException when the batch or one of its records is missing
   */
  static <I extends AggregateId, A extends Aggregate<I>> List<A> saveAll(
      List<A> records, Function<I, Optional<A>> findById, UnaryOperator<A> save) {
    List<A> batch = List.copyOf(records);
    Map<I, Long> versionAfterEarlierSaves = new HashMap<>();
    for (A record : batch) {
      Long earlier = versionAfterEarlierSaves.get(record.id());
      long stored = earlier != null ? earlier : findById.apply(record.id()).map(Aggregate::version).orElse(-1L);
      checkVersion(record, stored);
      versionAfterEarlierSaves.put(record.id(), record.version() + 1);
    }
    List<A> saved = new ArrayList<>(batch.size());
    for (A record : batch) {
      saved.add(save.apply(record));
    }
    return List.copyOf(saved);
  }

  /**
   * Fails unless a record's version is the stored one: 0 when none is stored ({@code stored} is
   * -1), the stored version otherwise.
   *
   * @throws ConcurrentUpdateException naming the record, its version and the stored one
   */
  private static void checkVersion(Aggregate<?> record, long stored) {
    boolean matches = stored < 0 ? record.version() == 0 : record.version() == stored;
    if (!matches) {
      throw new ConcurrentUpdateException(record.recordType(), record.id().value(), record.version(), stored);
    }
  }
}
