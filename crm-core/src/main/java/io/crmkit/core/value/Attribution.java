package io.crmkit.core.value;

import io.crmkit.core.CrmValidationException;
import java.util.Optional;

/**
 * Where a person or deal came from: the first touch and the last touch before conversion. The first
 * touch is never later than the last.
 *
 * @param firstTouch the earliest touch recorded
 * @param lastTouch the latest touch recorded
 */
public record Attribution(Optional<Touch> firstTouch, Optional<Touch> lastTouch) {
  private static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty());

  /** Checks that first comes before last and that both or neither are present. */
  public Attribution {
    CrmValidationException.required("attribution.firstTouch", firstTouch);
    CrmValidationException.required("attribution.lastTouch", lastTouch);
    if (firstTouch.isPresent() != lastTouch.isPresent()) {
      throw CrmValidationException.of("attribution", "pair", firstTouch.isPresent() ? "first only" : "last only",
          "first and last touch are both present or both absent");
    }
    if (firstTouch.isPresent() && firstTouch.get().capturedAt().isAfter(lastTouch.get().capturedAt())) {
      throw CrmValidationException.of("attribution.firstTouch", "order", firstTouch.get().capturedAt(),
          "the first touch is after the last touch");
    }
  }

  /** No touch recorded. */
  public static Attribution none() {
    return NONE;
  }

  /** One touch, both first and last. */
  public static Attribution of(Touch touch) {
    return new Attribution(Optional.of(touch), Optional.of(touch));
  }

  /**
   * This attribution with one more touch: it becomes the first touch if earlier than the first,
   * the last if not earlier than the last.
   */
  public Attribution record(Touch touch) {
    CrmValidationException.required("touch", touch);
    if (firstTouch.isEmpty()) {
      return of(touch);
    }
    Touch first = touch.capturedAt().isBefore(firstTouch.get().capturedAt()) ? touch : firstTouch.get();
    Touch last = touch.capturedAt().isBefore(lastTouch.get().capturedAt()) ? lastTouch.get() : touch;
    return new Attribution(Optional.of(first), Optional.of(last));
  }

  /** Whether no touch is recorded. */
  public boolean isEmpty() {
    return firstTouch.isEmpty();
  }
}
