package io.crmkit.core.value;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;
import java.time.Instant;
import java.util.Locale;

/**
 * One marketing touch: the channel and source that brought a person, its UTM tags, and when it was
 * captured.
 *
 * @param channel the channel, lower-cased: {@code organic search}, {@code paid social}, {@code email}
 * @param source the source, lower-cased: {@code google}, {@code linkedin}, {@code webinar-2026-03}
 * @param utm the link's UTM tags
 * @param capturedAt when the touch was captured
 */
public record Touch(String channel, String source, UtmParameters utm, Instant capturedAt) {
  /** Checks and normalises the touch. */
  public Touch {
    channel = Texts.fold(CrmValidationException.requiredText("touch.channel", channel)).toLowerCase(Locale.ROOT);
    source = Texts.fold(CrmValidationException.requiredText("touch.source", source)).toLowerCase(Locale.ROOT);
    CrmValidationException.required("touch.utm", utm);
    CrmValidationException.required("touch.capturedAt", capturedAt);
  }

  /** A touch without UTM tags. */
  public static Touch of(String channel, String source, Instant capturedAt) {
    return new Touch(channel, source, UtmParameters.none(), capturedAt);
  }
}
