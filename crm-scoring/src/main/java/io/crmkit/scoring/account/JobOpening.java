package io.crmkit.scoring.account;

import io.crmkit.scoring.internal.Texts;
import io.crmkit.core.CrmValidationException;
import java.time.Instant;
import java.util.Optional;

/**
 * A job an account advertises: a sign of where it invests ("hiring a head of revenue operations").
 *
 * @param title the job's title, white space folded
 * @param department the department, white space folded, if known
 * @param postedAt when the opening was posted
 */
public record JobOpening(String title, Optional<String> department, Instant postedAt) {
  /**
   * Checks and folds every part.
   *
   * @throws CrmValidationException naming {@code jobOpening.title}, {@code .department} (a blank
   *     text) or {@code .postedAt}
   */
  public JobOpening {
    title = Texts.required("jobOpening.title", title);
    CrmValidationException.required("jobOpening.department", department);
    department = department.map(d -> Texts.required("jobOpening.department", d));
    CrmValidationException.required("jobOpening.postedAt", postedAt);
  }

  /** An opening without a department. */
  public static JobOpening of(String title, Instant postedAt) {
    return new JobOpening(title, Optional.empty(), postedAt);
  }

  /** An opening in a department. */
  public static JobOpening of(String title, String department, Instant postedAt) {
    return new JobOpening(title, Optional.of(CrmValidationException.required("jobOpening.department", department)), postedAt);
  }

  /** The title and department as one text, as behaviour rules read it: {@code Account executive (Sales)}. */
  public String describe() {
    return department.map(d -> title + " (" + d + ")").orElse(title);
  }
}
