package io.crmkit.lifecycle.shipped;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.support.SupportCase;
import java.time.Instant;
import java.util.Optional;

/**
 * What the exit criteria of the {@link SupportCaseLifecycle support case lifecycle} read: a
 * crm-core support case, the resolution support wrote, whether the customer confirmed it, and the
 * instant of the move (the criteria get nothing else, and closing depends on time passed).
 *
 * @param supportCase the case
 * @param resolution what support did to solve the problem, white space folded; empty when blank
 * @param resolutionConfirmed whether the customer confirmed that the resolution solved the problem
 * @param asOf the instant of the move
 */
public record CaseProgress(
    SupportCase supportCase, Optional<String> resolution, boolean resolutionConfirmed, Instant asOf) {
  /** The custom field of a case that {@link #of(SupportCase, Instant)} reads the resolution from: a text. */
  public static final String RESOLUTION_FIELD = "resolution";
  /** The custom field of a case that {@link #of(SupportCase, Instant)} reads the confirmation from: a flag. */
  public static final String RESOLUTION_CONFIRMED_FIELD = "resolution_confirmed";

  /** Checks the record and folds the resolution. */
  public CaseProgress {
    CrmValidationException.required("caseProgress.supportCase", supportCase);
    resolution = Reasons.folded(
        "caseProgress.resolution", CrmValidationException.required("caseProgress.resolution", resolution));
    CrmValidationException.required("caseProgress.asOf", asOf);
  }

  /**
   * A case as its custom fields tell its progress: the resolution from the text field
   * {@value #RESOLUTION_FIELD}, the confirmation from the flag {@value #RESOLUTION_CONFIRMED_FIELD}
   * (absent: not confirmed).
   */
  public static CaseProgress of(SupportCase supportCase, Instant asOf) {
    CrmValidationException.required("supportCase", supportCase);
    Optional<String> resolution = supportCase.customFields().get(RESOLUTION_FIELD)
        .filter(CustomFieldValue.Text.class::isInstance)
        .map(value -> ((CustomFieldValue.Text) value).value());
    boolean confirmed = supportCase.customFields().get(RESOLUTION_CONFIRMED_FIELD)
        .filter(CustomFieldValue.Flag.class::isInstance)
        .map(value -> ((CustomFieldValue.Flag) value).value())
        .orElse(false);
    return new CaseProgress(supportCase, resolution, confirmed, asOf);
  }

  /** This progress with a resolution written. */
  public CaseProgress withResolution(String text) {
    return new CaseProgress(
        supportCase, Optional.of(CrmValidationException.required("caseProgress.resolution", text)), resolutionConfirmed, asOf);
  }

  /** This progress with the customer's confirmation of the resolution. */
  public CaseProgress withResolutionConfirmed() {
    return new CaseProgress(supportCase, resolution, true, asOf);
  }

  /** This progress with the case as it is now. */
  public CaseProgress withCase(SupportCase changed) {
    return new CaseProgress(changed, resolution, resolutionConfirmed, asOf);
  }

  /** This progress seen at another instant. */
  public CaseProgress at(Instant instant) {
    return new CaseProgress(supportCase, resolution, resolutionConfirmed, instant);
  }
}
