package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.internal.Names;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Work the host should do after a move, as data: start or stop a named timer, create a task,
 * notify someone. Declared on transitions and on entering or leaving a stage; crm-lifecycle never
 * runs it, the host does (after saving the new state).
 *
 * @param kind what to do, a name in canonical form (see {@link StageName}), such as
 *     {@code timer.start}; the constants are the kinds crm-lifecycle names
 * @param parameters what to do it with, by parameter name, such as {@code timer -> first response};
 *     names and values stripped and non-blank
 */
public record SideEffect(String kind, Map<String, String> parameters) {
  /** Start a timer, named by {@link #TIMER}. */
  public static final String START_TIMER = "timer.start";
  /** Stop a timer, named by {@link #TIMER}. */
  public static final String STOP_TIMER = "timer.stop";
  /** Pause a timer, named by {@link #TIMER}. */
  public static final String PAUSE_TIMER = "timer.pause";
  /** Resume a paused timer, named by {@link #TIMER}. */
  public static final String RESUME_TIMER = "timer.resume";
  /** Create a task, titled by {@link #TITLE}. */
  public static final String CREATE_TASK = "task.create";
  /** The parameter naming a timer. */
  public static final String TIMER = "timer";
  /** The parameter giving a task's title. */
  public static final String TITLE = "title";

  /** Checks the side effect, puts its kind in canonical form and copies its parameters. */
  public SideEffect {
    kind = Names.canonical("sideEffect.kind", kind);
    Map<String, String> checked = new LinkedHashMap<>();
    CrmValidationException.required("sideEffect.parameters", parameters)
        .forEach((name, value) -> checked.put(
            CrmValidationException.requiredText("sideEffect.parameters", name),
            CrmValidationException.requiredText("sideEffect.parameters." + name, value)));
    parameters = Map.copyOf(checked);
  }

  /** A side effect of a kind with parameters. */
  public static SideEffect of(String kind, Map<String, String> parameters) {
    return new SideEffect(kind, parameters);
  }

  /** A side effect of a kind without parameters. */
  public static SideEffect of(String kind) {
    return new SideEffect(kind, Map.of());
  }

  /** Start the timer named {@code timer}. */
  public static SideEffect startTimer(String timer) {
    return new SideEffect(START_TIMER, one(TIMER, timer));
  }

  /** Stop the timer named {@code timer}. */
  public static SideEffect stopTimer(String timer) {
    return new SideEffect(STOP_TIMER, one(TIMER, timer));
  }

  /** Pause the timer named {@code timer}. */
  public static SideEffect pauseTimer(String timer) {
    return new SideEffect(PAUSE_TIMER, one(TIMER, timer));
  }

  /** Resume the timer named {@code timer}. */
  public static SideEffect resumeTimer(String timer) {
    return new SideEffect(RESUME_TIMER, one(TIMER, timer));
  }

  /** Create a task titled {@code title}. */
  public static SideEffect createTask(String title) {
    return new SideEffect(CREATE_TASK, one(TITLE, title));
  }

  /** The value of a parameter. */
  public Optional<String> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  private static Map<String, String> one(String name, String value) {
    return Map.of(name, CrmValidationException.requiredText("sideEffect.parameters." + name, value));
  }
}
