package io.crmkit.scoring.health;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of evaluating a customer's health: the score (when a measure had a value), the trend
 * against the previous score, the change of grade if any, and the playbooks it triggers, as data
 * for the host to act on (create the tasks, notify the owners).
 *
 * @param score the health score; empty when no measure had a value
 * @param previousScore the previous score given, if any
 * @param trend how the score moved against the previous one
 * @param change the score now minus the previous one, when both exist
 * @param gradeChange the change of grade, when the grade of the previous score differs from now
 * @param playbooks the playbooks the change of grade triggers, in model order
 */
public record HealthCheck(
    Optional<HealthScore> score,
    OptionalDouble previousScore,
    HealthTrend trend,
    OptionalDouble change,
    Optional<GradeChange> gradeChange,
    List<Playbook> playbooks) {

  /** Checks every part. */
  public HealthCheck {
    CrmValidationException.required("healthCheck.score", score);
    CrmValidationException.required("healthCheck.previousScore", previousScore);
    CrmValidationException.required("healthCheck.trend", trend);
    CrmValidationException.required("healthCheck.change", change);
    CrmValidationException.required("healthCheck.gradeChange", gradeChange);
    playbooks = List.copyOf(CrmValidationException.required("healthCheck.playbooks", playbooks));
    if (!playbooks.isEmpty() && gradeChange.isEmpty()) {
      throw CrmValidationException.of("healthCheck.playbooks", "no-change", playbooks.size(),
          "playbooks are triggered by a change of grade");
    }
  }

  /** The tasks of every triggered playbook, in order. */
  public List<PlaybookTask> tasks() {
    List<PlaybookTask> tasks = new ArrayList<>();
    playbooks.forEach(playbook -> tasks.addAll(playbook.tasks()));
    return List.copyOf(tasks);
  }

  /** The grade now, if scored. */
  public Optional<HealthGrade> grade() {
    return score.map(HealthScore::grade);
  }
}
