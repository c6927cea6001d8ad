package io.crmkit.lifecycle.timers;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.AuditRecord;
import io.crmkit.lifecycle.StageName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Checks and reads a record's audit records, oldest first, as {@code TimeInStage} reads them. */
final class AuditTrail {
  private AuditTrail() {}

  /**
   * The audit records copied, after checking that there is at least one, that they come oldest first
   * and that each move leaves the stage the record before it entered.
   */
  static List<AuditRecord> checked(String field, List<AuditRecord> history) {
    CrmValidationException.required(field, history);
    if (history.isEmpty()) {
      throw CrmValidationException.of(field, "required", history, "a record has at least the audit of its entry");
    }
    AuditRecord previous = null;
    for (int i = 0; i < history.size(); i++) {
      AuditRecord record = CrmValidationException.required(field + "[" + i + "]", history.get(i));
      if (previous != null) {
        if (record.at().isBefore(previous.at())) {
          throw CrmValidationException.of(field + "[" + i + "]", "order", record.at(),
              "audit records come oldest first; the one before is at " + previous.at());
        }
        Optional<StageName> left = record.from();
        if (left.isPresent() && !left.get().equals(previous.to())) {
          throw CrmValidationException.of(field + "[" + i + "]", "discontinuous", left.get(),
              "the move leaves '" + left.get() + "' but the record before it entered '" + previous.to() + "'");
        }
      }
      previous = record;
    }
    return List.copyOf(history);
  }

  /**
   * When the record entered its stage: the last entry or move that changed the stage (a move that
   * keeps the stage continues the stay); the first record's time when none did.
   */
  static Instant enteredAt(List<AuditRecord> history) {
    for (int i = history.size() - 1; i >= 0; i--) {
      AuditRecord record = history.get(i);
      if (record.isEntry() || !record.from().get().equals(record.to())) {
        return record.at();
      }
    }
    return history.get(0).at();
  }
}
