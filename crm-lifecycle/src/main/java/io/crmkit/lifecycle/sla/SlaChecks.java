package io.crmkit.lifecycle.sla;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.EventId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The checks the timer types share, and the ids of their events. */
final class SlaChecks {
  /** The longest timer or deadline name accepted. */
  static final int MAX_NAME_LENGTH = 100;

  private SlaChecks() {}

  /** A timer's name, stripped: non-blank, at most 100 characters, no control characters. */
  static String name(String field, String raw) {
    String name = CrmValidationException.requiredText(field, raw);
    if (name.length() > MAX_NAME_LENGTH) {
      throw CrmValidationException.of(field, "length", raw, "at most " + MAX_NAME_LENGTH + " characters");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw CrmValidationException.of(field, "invalid", raw, "control characters are not allowed");
    }
    return name;
  }

  /** A cycle number: 1 or more. */
  static int cycle(String field, int cycle) {
    if (cycle < 1) {
      throw CrmValidationException.of(field, "range", cycle, "cycles are numbered from 1");
    }
    return cycle;
  }

  /** A duration that is zero or more. */
  static Duration notNegative(String field, Duration d) {
    if (CrmValidationException.required(field, d).isNegative()) {
      throw CrmValidationException.of(field, "range", d, "zero or more");
    }
    return d;
  }

  /**
   * The id of a timer's event: a name-based UUID of the record, timer, cycle, kind and time, so that
   * the same event seen again has the same id and a host can publish it once.
   */
  static EventId eventId(AggregateId recordId, String timerName, int cycle, String kind, Instant at) {
    String key = recordId.getClass().getName() + '\u0000' + recordId.value() + '\u0000' + timerName + '\u0000'
        + cycle + '\u0000' + kind + '\u0000' + at;
    return EventId.of(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
  }
}
