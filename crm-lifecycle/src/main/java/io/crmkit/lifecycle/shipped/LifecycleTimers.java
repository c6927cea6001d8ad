package io.crmkit.lifecycle.shipped;

import io.crmkit.lifecycle.SideEffect;
import java.util.Map;

/**
 * The service-level timers the shipped lifecycles ask a host to run, by name, and the parameters of
 * their side effects.
 *
 * <p>A lifecycle asks for a timer with a {@link SideEffect} of kind {@link SideEffect#START_TIMER},
 * {@link SideEffect#STOP_TIMER}, {@link SideEffect#PAUSE_TIMER} or {@link SideEffect#RESUME_TIMER};
 * parameter {@link SideEffect#TIMER} names the timer. A start also gives:
 *
 * <ul>
 *   <li>{@link #TARGET}: how long the timer may run before it is breached, as an ISO-8601 duration
 *       that {@link java.time.Duration#parse} reads: {@code PT8H} (hours), {@code P14D} (days of 24
 *       hours);
 *   <li>{@link #TIME}: which hours count, {@link #BUSINESS_TIME} (the host's business calendar) or
 *       {@link #CALENDAR_TIME} (every hour, around the clock).
 * </ul>
 *
 * <p>A start of a timer that already ran opens a new cycle of it; a stop of a timer that is not
 * running does nothing. The timers:
 *
 * <table>
 *   <caption>Timers of the shipped lifecycles</caption>
 *   <tr><th>timer</th><th>lifecycle</th><th>started</th><th>paused / resumed</th><th>stopped</th></tr>
 *   <tr><td>{@value #SALES_ACCEPTANCE}</td><td>B2B lead</td><td>entering MQL</td><td>-</td>
 *       <td>leaving MQL (accepted or rejected)</td></tr>
 *   <tr><td>{@value #CUSTOMER_FIRST_CONTACT}</td><td>B2B lead</td><td>entering Closed won</td><td>-</td>
 *       <td>leaving Closed won (onboarding starts after the first contact)</td></tr>
 *   <tr><td>{@value #KICKOFF_BOOKING}</td><td>B2B lead</td><td>entering Closed won</td><td>-</td>
 *       <td>trigger {@code book kickoff}</td></tr>
 *   <tr><td>{@value #TIME_IN_STAGE}</td><td>Opportunity</td><td>entering an open stage</td><td>-</td>
 *       <td>leaving it</td></tr>
 *   <tr><td>{@value #FIRST_RESPONSE}</td><td>Support case</td><td>entering New</td><td>-</td>
 *       <td>leaving New</td></tr>
 *   <tr><td>{@value #RESOLUTION}</td><td>Support case</td><td>entering New; again on reopen</td>
 *       <td>while waiting on the customer</td><td>entering Resolved</td></tr>
 *   <tr><td>{@value #AUTO_CLOSE}</td><td>Support case</td><td>entering Resolved</td><td>-</td>
 *       <td>leaving Resolved</td></tr>
 * </table>
 */
public final class LifecycleTimers {
  /** The parameter giving a timer's target: an ISO-8601 duration such as {@code PT8H} or {@code P14D}. */
  public static final String TARGET = "target";
  /** The parameter saying which hours count: {@link #BUSINESS_TIME} or {@link #CALENDAR_TIME}. */
  public static final String TIME = "time";
  /** Only the hours of the host's business calendar count. */
  public static final String BUSINESS_TIME = "business";
  /** Every hour counts, around the clock. */
  public static final String CALENDAR_TIME = "calendar";

  /** B2B: sales accepts or rejects a marketing-qualified lead, in business hours. */
  public static final String SALES_ACCEPTANCE = "sales-acceptance";
  /** B2B: customer success contacts a new customer after the deal closes, in calendar hours. */
  public static final String CUSTOMER_FIRST_CONTACT = "customer-first-contact";
  /** B2B: customer success books the kickoff after the deal closes, in calendar days. */
  public static final String KICKOFF_BOOKING = "kickoff-booking";
  /** Opportunity: how long a deal may stay in an open stage, in calendar days. */
  public static final String TIME_IN_STAGE = "time-in-stage";
  /** Support case: support answers a new case. */
  public static final String FIRST_RESPONSE = "first-response";
  /** Support case: support resolves the case; paused while waiting on the customer. */
  public static final String RESOLUTION = "resolution";
  /** Support case: a resolved case closes by itself when the customer neither confirms nor reopens. */
  public static final String AUTO_CLOSE = "auto-close";

  private LifecycleTimers() {}

  /** A start of a timer with its target and the hours that count. */
  static SideEffect start(String timer, String target, String time) {
    return SideEffect.of(SideEffect.START_TIMER, Map.of(SideEffect.TIMER, timer, TARGET, target, TIME, time));
  }

  /** A target of whole hours: {@code PT8H}. */
  static String hours(int hours) {
    return "PT" + hours + "H";
  }

  /** A target of whole days of 24 hours: {@code P14D}. */
  static String days(int days) {
    return "P" + days + "D";
  }
}
