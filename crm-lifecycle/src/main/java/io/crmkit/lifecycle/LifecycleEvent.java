package io.crmkit.lifecycle;

import java.time.Instant;

/**
 * Something that happened to a record in a lifecycle, returned by a {@link LifecycleDefinition}
 * for the host to publish. Events name the lifecycle and the stages, not the record: the host
 * knows which record it moved and adds its id (and an event id) when it publishes them.
 */
public sealed interface LifecycleEvent permits LifecycleEntered, StageChanged, NamedEventOccurred {
  /** The name of the lifecycle, as its definition spells it. */
  String lifecycle();

  /** Who caused the event. */
  Actor actor();

  /** When it happened. */
  Instant occurredAt();
}
