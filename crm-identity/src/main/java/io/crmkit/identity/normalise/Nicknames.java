package io.crmkit.identity.normalise;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Given names and their nicknames, in groups ({@code robert, bob, bobby, rob, robbie, bert...}):
 * two names are the same name when they are equal or share a group. A name may be in several
 * groups ({@code al} is Albert, Alan or Alfred), so "the same name" is not transitive: Albert and
 * Alan both match Al, not each other.
 *
 * <p>{@link #standard()} holds about a hundred common English groups, kept as data in
 * {@code nicknames.csv} beside this class. Names are looked up in {@linkplain NameNormaliser
 * matching form}.
 */
public final class Nicknames {
  private static final Nicknames STANDARD = fromRows(Resources.rows("nicknames.csv"));

  private final Map<String, int[]> groups;
  private final List<String> formalNames;

  private Nicknames(Map<String, int[]> groups, List<String> formalNames) {
    this.groups = groups;
    this.formalNames = formalNames;
  }

  /** The shipped English groups. */
  public static Nicknames standard() {
    return STANDARD;
  }

  /**
   * Groups given as lists of names, the formal name first; names are brought to matching form.
   *
   * @throws CrmValidationException naming {@code nicknames.group} when a group is empty
   */
  public static Nicknames of(List<List<String>> groups) {
    CrmValidationException.required("nicknames.groups", groups);
    return fromRows(groups);
  }

  private static Nicknames fromRows(List<List<String>> rows) {
    Map<String, List<Integer>> byName = new HashMap<>();
    List<String> formal = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> names = row.stream().map(NameNormaliser.INSTANCE::normalise)
          .flatMap(java.util.Optional::stream).distinct().toList();
      if (names.isEmpty()) {
        throw CrmValidationException.of("nicknames.group", "required", row, "a group names at least one name");
      }
      int group = formal.size();
      formal.add(names.get(0));
      for (String name : names) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(group);
      }
    }
    Map<String, int[]> groups = new HashMap<>();
    byName.forEach((name, list) -> groups.put(name, list.stream().mapToInt(Integer::intValue).sorted().toArray()));
    return new Nicknames(Map.copyOf(groups), List.copyOf(formal));
  }

  /**
   * Whether two names in matching form are the same name: equal, or in one group.
   * Symmetric; a name is always the same name as itself.
   */
  public boolean sameName(String first, String second) {
    if (first.equals(second)) {
      return true;
    }
    int[] a = groups.get(first);
    int[] b = groups.get(second);
    return a != null && b != null && shareGroup(a, b);
  }

  /**
   * The groups a name in matching form is in, as ascending group numbers (none when it is in no
   * group): two different names are the same name when their numbers intersect. For callers that
   * compare one name with many and look each name up once.
   */
  public int[] groupsOf(String name) {
    int[] in = groups.get(name);
    return in == null ? new int[0] : in.clone();
  }

  /** Whether two ascending group-number arrays share a number. */
  public static boolean shareGroup(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return true;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  /** The formal names of the groups a name is in, in order; the name itself when it is in none. */
  public Set<String> formalNames(String name) {
    int[] in = groups.get(name);
    if (in == null) {
      return Set.of(name);
    }
    TreeSet<String> names = new TreeSet<>();
    Arrays.stream(in).forEach(g -> names.add(formalNames.get(g)));
    return java.util.Collections.unmodifiableSet(names);
  }
}
