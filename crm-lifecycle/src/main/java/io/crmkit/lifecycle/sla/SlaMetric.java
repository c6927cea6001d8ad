package io.crmkit.lifecycle.sla;

/** What a support service-level timer measures. */
public enum SlaMetric {
  /** From the opening of a case to the first reply by support. */
  FIRST_RESPONSE("first-response"),
  /** From a customer's comment, after support first replied, to support's next reply; a new cycle per comment. */
  NEXT_RESPONSE("next-response"),
  /** From the opening of a case to its resolution. */
  RESOLUTION("resolution");

  private final String timerName;

  SlaMetric(String timerName) {
    this.timerName = timerName;
  }

  /** The name the metric's timers and events carry: {@code first-response}, {@code next-response}, {@code resolution}. */
  public String timerName() {
    return timerName;
  }
}
