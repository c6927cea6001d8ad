package io.crmkit.analytics.adoption;

import io.crmkit.analytics.period.PeriodUnit;
import io.crmkit.analytics.period.ReportingPeriod;
import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.UserId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The distinct users active in each period (daily, weekly, monthly active users), days falling in a
 * time zone. Kept as the set of users per period, so tallies over chunks merge exactly.
 *
 * @param unit the length of a period
 * @param zone the time zone whose days activities fall on
 * @param users the users active in each period that had activity
 */
public record ActiveUsers(PeriodUnit unit, ZoneId zone, Map<ReportingPeriod, Set<UserId>> users)
    implements Mergeable<ActiveUsers> {

  /** Checks and copies the parts. */
  public ActiveUsers {
    CrmValidationException.required("activeUsers.unit", unit);
    CrmValidationException.required("activeUsers.zone", zone);
    CrmValidationException.required("activeUsers.users", users);
    Map<ReportingPeriod, Set<UserId>> copy = new TreeMap<>();
    users.forEach((period, ids) -> copy.put(period, Set.copyOf(ids)));
    users = Collections.unmodifiableMap(copy);
  }

  /** The active users of each period. */
  public static ActiveUsers of(Iterable<UserActivity> activity, PeriodUnit unit, ZoneId zone) {
    CrmValidationException.required("activity", activity);
    CrmValidationException.required("unit", unit);
    CrmValidationException.required("zone", zone);
    Map<ReportingPeriod, Set<UserId>> users = new TreeMap<>();
    for (UserActivity a : activity) {
      users.computeIfAbsent(unit.periodOf(LocalDate.ofInstant(a.at(), zone)), p -> new HashSet<>()).add(a.userId());
    }
    return new ActiveUsers(unit, zone, users);
  }

  /** The periods with activity, oldest first. */
  public List<ReportingPeriod> periods() {
    return List.copyOf(users.keySet());
  }

  /** How many distinct users were active in the period holding a day; 0 when none. */
  public int count(LocalDate day) {
    CrmValidationException.required("day", day);
    return users.getOrDefault(unit.periodOf(day), Set.of()).size();
  }

  /**
   * The users active in the period holding a day out of the licensed seats.
   *
   * @throws CrmValidationException when more users were active than there are seats
   *     ({@code seats}, rule {@code range})
   */
  public Proportion ofSeats(LocalDate day, long seats) {
    int active = count(day);
    if (seats < active) {
      throw CrmValidationException.of("seats", "range", seats, active + " users were active, more than the seats");
    }
    return Proportion.of(active, seats);
  }

  @Override
  public ActiveUsers combine(ActiveUsers other) {
    if (unit != other.unit || !zone.equals(other.zone)) {
      throw CrmValidationException.of("activeUsers.unit", "mismatch", other.unit + " " + other.zone,
          "cannot combine periods of one " + unit + " in " + zone + " with others");
    }
    Map<ReportingPeriod, Set<UserId>> merged = new TreeMap<>();
    for (Map<ReportingPeriod, Set<UserId>> side : List.of(users, other.users)) {
      side.forEach((period, ids) -> merged.computeIfAbsent(period, p -> new HashSet<>()).addAll(ids));
    }
    return new ActiveUsers(unit, zone, merged);
  }
}
