package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import java.time.Instant;
import java.util.Optional;

/**
 * Something a lead did that engagement rules count: a page view, an e-mail click, a demo request.
 * The host supplies these from its web analytics, e-mail tool and forms.
 *
 * @param type what happened, white space folded and lower-cased ({@code "page view"}); the constants
 *     of this class name the common types, any other name is allowed
 * @param occurredAt when it happened
 * @param detail what it was about, white space folded: the page's URL, the e-mail's name, the form
 */
public record BehaviourEvent(String type, Instant occurredAt, Optional<String> detail) {
  /** A page of the web site was viewed; the detail is the URL. */
  public static final String PAGE_VIEW = "page view";
  /** A link in an e-mail was clicked; the detail is the e-mail or the link. */
  public static final String EMAIL_CLICK = "email click";
  /** An e-mail was opened; the detail is the e-mail. */
  public static final String EMAIL_OPEN = "email open";
  /** A form was submitted; the detail is the form. */
  public static final String FORM_SUBMISSION = "form submission";
  /** A demo was requested. */
  public static final String DEMO_REQUEST = "demo request";
  /** A webinar was attended; the detail is the webinar. */
  public static final String WEBINAR_ATTENDED = "webinar attended";
  /** A document (white paper, e-book) was downloaded; the detail is the document. */
  public static final String CONTENT_DOWNLOAD = "content download";

  /**
   * Checks and normalises the event.
   *
   * @throws CrmValidationException naming {@code behaviourEvent.type} (required),
   *     {@code behaviourEvent.occurredAt} (required; rule {@code range} beyond what epoch
   *     milliseconds hold) or {@code behaviourEvent.detail} (required: give an empty Optional, not
   *     a blank text)
   */
  public BehaviourEvent {
    type = Words.key(Words.required("behaviourEvent.type", type));
    CrmValidationException.required("behaviourEvent.occurredAt", occurredAt);
    checkMillis("behaviourEvent.occurredAt", occurredAt);
    CrmValidationException.required("behaviourEvent.detail", detail);
    detail = detail.map(d -> Words.required("behaviourEvent.detail", d));
  }

  /** An event without a detail. */
  public static BehaviourEvent of(String type, Instant occurredAt) {
    return new BehaviourEvent(type, occurredAt, Optional.empty());
  }

  /** An event with a detail, such as the URL of a page view. */
  public static BehaviourEvent of(String type, Instant occurredAt, String detail) {
    return new BehaviourEvent(type, occurredAt, Optional.of(CrmValidationException.required("behaviourEvent.detail", detail)));
  }

  /** Fails with rule {@code range} when the instant does not fit epoch milliseconds. */
  static long checkMillis(String field, Instant instant) {
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException e) {
      throw CrmValidationException.of(field, "range", instant, "an instant within 292 million years of 1970");
    }
  }
}
