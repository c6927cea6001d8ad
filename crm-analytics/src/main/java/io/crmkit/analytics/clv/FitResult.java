package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of fitting a CLV model: converged with the model and its fit, or not converged with
 * the reason. A fit that did not converge never passes for a model.
 *
 * @param <M> the model fitted
 */
public sealed interface FitResult<M> permits FitResult.Converged, FitResult.NotConverged {
  /**
   * The fit reached a maximum of the likelihood.
   *
   * @param model the fitted model
   * @param fit estimates, standard errors and log-likelihood
   * @param <M> the model fitted
   */
  record Converged<M>(M model, ModelFit fit) implements FitResult<M> {
    /** Checks the parts. */
    public Converged {
      CrmValidationException.required("converged.model", model);
      CrmValidationException.required("converged.fit", fit);
    }
  }

  /**
   * The fit found no maximum.
   *
   * @param reason why, in a sentence (a parameter running off to 0 or infinity, a flat likelihood,
   *     iterations used up, or no finite log-likelihood at the start)
   * @param lastParameters the parameters it reached, by name
   * @param iterations the Newton iterations it took
   * @param <M> the model that was to be fitted
   */
  record NotConverged<M>(String reason, Map<String, Double> lastParameters, int iterations) implements FitResult<M> {
    /** Checks the parts. */
    public NotConverged {
      reason = CrmValidationException.requiredText("notConverged.reason", reason);
      lastParameters = Map.copyOf(CrmValidationException.required("notConverged.lastParameters", lastParameters));
    }
  }

  /** Whether the fit converged. */
  default boolean isConverged() {
    return this instanceof Converged;
  }

  /** The model, when the fit converged. */
  default Optional<M> convergedModel() {
    return this instanceof Converged<M> converged ? Optional.of(converged.model()) : Optional.empty();
  }

  /** The fit, when it converged. */
  default Optional<ModelFit> convergedFit() {
    return this instanceof Converged<M> converged ? Optional.of(converged.fit()) : Optional.empty();
  }

  /**
   * The model, for a caller that treats a fit that did not converge as a failure.
   *
   * @throws IllegalStateException with the reason, when the fit did not converge
   */
  default M orElseThrow() {
    if (this instanceof Converged<M> converged) {
      return converged.model();
    }
    throw new IllegalStateException("the fit did not converge: " + ((NotConverged<M>) this).reason());
  }
}
