package io.crmkit.core.value;

import io.crmkit.core.CrmValidationException;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where a person or deal came from: the first touch and the last touch before conversion. The first
 * touch is never later than the last.
 *
 * <p>Touches are ordered by when they were captured; touches captured at the same instant are ordered
 * by channel, source and UTM tags, so that recording the same touches in any order gives the same
 * attribution.
 *
 * @param firstTouch the earliest touch recorded
 * @param lastTouch the latest touch recorded
 */
public record Attribution(Optional<Touch> firstTouch, Optional<Touch> lastTouch) {
  private static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty());
  private static final Comparator<Optional<String>> TAG =
      Comparator.comparing((Optional<String> t) -> t.orElse(""));
  private static final Comparator<Touch> ORDER = Comparator.comparing(Touch::capturedAt)
      .thenComparing(Touch::channel)
      .thenComparing(Touch::source)
      .thenComparing(t -> t.utm().source(), TAG)
      .thenComparing(t -> t.utm().medium(), TAG)
      .thenComparing(t -> t.utm().campaign(), TAG)
      .thenComparing(t -> t.utm().term(), TAG)
      .thenComparing(t -> t.utm().content(), TAG);

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
   * the last if later than the last (ties broken as the class describes).
   */
  public Attribution record(Touch touch) {
    CrmValidationException.required("touch", touch);
    if (firstTouch.isEmpty()) {
      return of(touch);
    }
    Touch first = ORDER.compare(touch, firstTouch.get()) < 0 ? touch : firstTouch.get();
    Touch last = ORDER.compare(touch, lastTouch.get()) > 0 ? touch : lastTouch.get();
    if (first == firstTouch.get() && last == lastTouch.get()) {
      return this;
    }
    return new Attribution(Optional.of(first), Optional.of(last));
  }

  /** Whether no touch is recorded. */
  public boolean isEmpty() {
    return firstTouch.isEmpty();
  }
}
