package io.crmkit.core.conversion;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.LeadId;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a lead conversion: the lead was converted (now or before), or the conversion was
 * refused for reasons a person can act on. A refusal changed nothing.
 */
public sealed interface ConversionResult {

  /** The lead the conversion was asked for. */
  LeadId leadId();

  /** The report, when the lead was converted (now or before). */
  Optional<ConversionReport> report();

  /**
   * The lead was converted, by this call or (when {@link ConversionReport#repeat()}) by an earlier one.
   *
   * @param conversion what the conversion did
   */
  record Converted(ConversionReport conversion) implements ConversionResult {
    /** Checks the report. */
    public Converted {
      CrmValidationException.required("conversionResult.report", conversion);
    }

    @Override
    public LeadId leadId() {
      return conversion.leadId();
    }

    @Override
    public Optional<ConversionReport> report() {
      return Optional.of(conversion);
    }
  }

  /**
   * The conversion was refused and nothing was changed; every reason found is listed, not only the first.
   *
   * @param leadId the lead
   * @param reasons why, at least one
   */
  record Refused(LeadId leadId, List<RefusalReason> reasons) implements ConversionResult {
    /** Checks the parts and keeps an immutable copy of the reasons. */
    public Refused {
      CrmValidationException.required("conversionResult.leadId", leadId);
      reasons = List.copyOf(CrmValidationException.required("conversionResult.reasons", reasons));
      if (reasons.isEmpty()) {
        throw CrmValidationException.of("conversionResult.reasons", "empty", reasons,
            "a refusal gives at least one reason");
      }
    }

    @Override
    public Optional<ConversionReport> report() {
      return Optional.empty();
    }

    /** Whether one of the reasons is of this kind. */
    public boolean hasReason(RefusalReason.Kind kind) {
      return reasons.stream().anyMatch(r -> r.kind() == kind);
    }
  }
}
