package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.internal.Names;
import java.util.List;

/**
 * A stage of a lifecycle as its definition declares it.
 *
 * <p>The rank orders stages by progress: a move to a stage of lower rank is a move back, which an
 * automation may never make and a person makes only with a reason. Stages may share a rank (moves
 * between them are neither forward nor back), so "in progress" and "waiting on customer" can
 * alternate freely.
 *
 * @param name the stage's name, by which states, transitions and JSON refer to it
 * @param label the stage's name as people read it, white space folded, case kept (by default the
 *     name as first written: {@code MQL} for the stage named {@code mql})
 * @param rank the stage's place in the order of progress; higher is further
 * @param entry whether records may enter the lifecycle at this stage
 * @param terminal whether the stage is final: no transition leaves it
 * @param onEnter side effects to run when a record enters the stage (by a move or at its entry)
 * @param onExit side effects to run when a record leaves the stage
 */
public record StageDefinition(
    StageName name,
    String label,
    int rank,
    boolean entry,
    boolean terminal,
    List<SideEffect> onEnter,
    List<SideEffect> onExit) {
  /** Checks the stage, folds the label and copies the lists. */
  public StageDefinition {
    CrmValidationException.required("stage.name", name);
    label = Names.label("stage.label", label);
    onEnter = List.copyOf(CrmValidationException.required("stage.onEnter", onEnter));
    onExit = List.copyOf(CrmValidationException.required("stage.onExit", onExit));
  }

  /** A stage named by its label, neither entry nor terminal, without side effects. */
  public static StageDefinition of(String label, int rank) {
    return new StageDefinition(StageName.of(label), label, rank, false, false, List.of(), List.of());
  }

  /** This stage as an entry stage. */
  public StageDefinition asEntry() {
    return new StageDefinition(name, label, rank, true, terminal, onEnter, onExit);
  }

  /** This stage as a terminal stage. */
  public StageDefinition asTerminal() {
    return new StageDefinition(name, label, rank, entry, true, onEnter, onExit);
  }

  @Override
  public String toString() {
    return label;
  }
}
