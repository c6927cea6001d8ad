package io.crmkit.examples.lifecycle;

import io.crmkit.lifecycle.CriterionRegistry;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TriggerName;
import java.time.Instant;
import java.util.List;

/**
 * What a replay needs to know about the record a lifecycle's exit criteria read: the criteria by
 * id, the columns of a facts file, and how the record is made for each event from the facts in
 * force and from what the replay saw so far. {@link ReplayContexts} has one per shipped lifecycle.
 *
 * @param <C> the type of record the criteria read
 */
public interface ReplayContext<C> {
  /** The exit criteria, by id, that a definition replayed with this context may name. */
  CriterionRegistry<C> criteria();

  /** The columns a facts file may have besides {@code record_id} and {@code at}; in the order the help lists them. */
  List<FactColumn> factColumns();

  /** What the facts describe and what else the replay reads, in a sentence or two for the help. */
  String description();

  /**
   * Starts following one record through the replay.
   *
   * @param recordId the record's id, as the events file writes it
   * @param firstEventAt the time of its first event, when it enters its first stage
   */
  RecordTrack<C> track(String recordId, Instant firstEventAt);

  /**
   * One record followed through a replay; it may remember what the replay did to it (a purchase, a
   * resolution). Not thread-safe.
   *
   * @param <C> the type of record the criteria read
   */
  interface RecordTrack<C> {
    /**
     * The record as the criteria see it for an event.
     *
     * @param trigger the event's trigger
     * @param at the event's time
     * @param facts the facts in force at {@code at}
     * @throws io.crmkit.core.CrmValidationException when the facts do not make a record (reported
     *     as a problem of the event's line)
     */
    C record(TriggerName trigger, Instant at, Facts facts);

    /** Takes note of an accepted move, made at {@code accepted.state().enteredAt()} or kept in its stage. */
    default void moved(TransitionResult.Accepted accepted, Instant at) {}
  }
}
