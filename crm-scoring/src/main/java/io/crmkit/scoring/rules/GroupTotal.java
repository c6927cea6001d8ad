package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import java.util.OptionalInt;

/**
 * The points of one rule group in a score: before and after its cap.
 *
 * @param group the group's name
 * @param dimension the group's dimension
 * @param points the points of its rules that held, after decay
 * @param cap the group's cap, if any
 * @param cappedPoints the points after the cap: what the group adds to its dimension
 */
public record GroupTotal(String group, Dimension dimension, double points, OptionalInt cap, double cappedPoints) {
  /** Checks every part. */
  public GroupTotal {
    group = Words.required("groupTotal.group", group);
    CrmValidationException.required("groupTotal.dimension", dimension);
    CrmValidationException.required("groupTotal.cap", cap);
    if (!Double.isFinite(points) || !Double.isFinite(cappedPoints)) {
      throw CrmValidationException.of("groupTotal.points", "finite", points + " / " + cappedPoints,
          "points are finite numbers");
    }
  }

  /** Whether the cap cut the group's points. */
  public boolean isCapped() {
    return cappedPoints < points;
  }
}
